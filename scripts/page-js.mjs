// npm run bench:page-js -- [buildDir ...]: the JavaScript each page runs when it opens (the gzip size
// of every script Chromium executes, not the ones it only prefetches for later), for one build or
// side by side for several. For example, to see what a change adds to existing pages, build the
// older commit in a git worktree and pass both build directories; pages missing from one are skipped.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveBuild } from './lib/serveBuild.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDirs = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((dir) => path.resolve(dir)) : [path.join(root, 'build')];
const CHROME_FLAGS = JSON.parse(readFileSync(path.join(root, 'e2e/chromium-flags.json'), 'utf8'));

/** Every page a build has: its HTML files, as routes. */
function pagesOf(buildDir) {
  return readdirSync(buildDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('assets') && path.basename(file) !== '404.html')
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`)
    .sort();
}

const gzipSize = (buildDir, urlPath) => gzipSync(readFileSync(path.join(buildDir, decodeURIComponent(urlPath))), { level: 9 }).length;

const routes = pagesOf(buildDirs[0]).filter((route) => buildDirs.every((dir) => pagesOf(dir).includes(route)));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_FLAGS });
const sizes = new Map(routes.map((route) => [route, []]));
try {
  for (const buildDir of buildDirs) {
    const server = await serveBuild(buildDir);
    for (const route of routes) {
      const page = await browser.newPage();
      await page.goto(server.origin + route, { waitUntil: 'load' });
      // Route chunks load after hydration: wait until no script has started for a second.
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      let seen = -1;
      for (;;) {
        const count = await page.evaluate(() => performance.getEntriesByType('resource').length);
        if (count === seen) break;
        seen = count;
        await page.waitForTimeout(1000);
      }
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.initiatorType === 'script' && entry.name.endsWith('.js'))
          .map((entry) => new URL(entry.name).pathname),
      );
      sizes.get(route).push(scripts.reduce((sum, script) => sum + gzipSize(buildDir, script), 0));
      await page.close();
    }
    await server.close();
  }
} finally {
  await browser.close();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`JavaScript run when each page opens (gzip), ${buildDirs.map((dir) => path.relative(process.cwd(), dir) || '.').join(' → ')}:`);
console.table(
  routes.map((route) => {
    const [first, ...rest] = sizes.get(route);
    const row = { page: route, [buildDirs.length > 1 ? 'first build' : 'JS run']: kb(first) };
    rest.forEach((bytes, index) => {
      row[`build ${index + 2}`] = kb(bytes);
      row[`change ${index + 2}`] = `${bytes - first >= 0 ? '+' : ''}${bytes - first} B`;
    });
    return row;
  }),
);
