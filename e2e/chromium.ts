import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import chromiumFlags from './chromium-flags.json';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds Chromium: CHROME_PATH, then Debian's /usr/bin/chromium. Where none is found and we run as
 * root with apt-get, installs Debian's package, so `npm test` sets itself up on a fresh machine.
 * Otherwise throws with instructions: browser tests are never skipped.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no executable is there.`);
  }
  const found = CANDIDATES.find(isExecutable);
  if (found) return found;
  if (process.getuid?.() === 0 && hasCommand('apt-get')) {
    console.log('Chromium not found: installing Debian’s chromium package with apt-get…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    const installed = CANDIDATES.find(isExecutable);
    if (installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium and none was found. Install Debian’s package ' +
      '(sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/** Flags for headless Chromium on a machine with no network beyond localhost (shared with scripts/bench.mjs). */
export const CHROMIUM_ARGS: string[] = chromiumFlags;
