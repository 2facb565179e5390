// Screenshots of the built site, to look at before saying a page is done, and to compare two builds.
//   npm run screenshots [-- --out DIR] [--pages /a,/b]   every page in build/sitemap.xml (or those given),
//                                                         light and dark, 1280 and 360 px wide, full page
//   npm run screenshots -- --compare DIR_A DIR_B          which images differ, and by how many pixels
// Needs Chromium (CHROME_PATH overrides /usr/bin/chromium) and a build in build/.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serveBuild } from './lib/serveBuild.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

if (args.includes('--compare')) {
  const [a, b] = args.slice(args.indexOf('--compare') + 1);
  if (!a || !b) throw new Error('Usage: --compare DIR_A DIR_B');
  let changed = 0;
  for (const file of readdirSync(a).filter((name) => name.endsWith('.png') && !name.endsWith('.diff.png'))) {
    const other = path.join(b, file);
    if (!existsSync(other)) {
      console.log(`${file}: missing in ${b}`);
      changed += 1;
      continue;
    }
    const before = PNG.sync.read(readFileSync(path.join(a, file)));
    const after = PNG.sync.read(readFileSync(other));
    if (before.width !== after.width || before.height !== after.height) {
      console.log(`${file}: size ${before.width}×${before.height} → ${after.width}×${after.height}`);
      changed += 1;
      continue;
    }
    const diff = new PNG({ width: before.width, height: before.height });
    const pixels = pixelmatch(before.data, after.data, diff.data, before.width, before.height, { threshold: 0.1 });
    if (pixels > 0) {
      writeFileSync(path.join(b, file.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
      console.log(`${file}: ${pixels} pixels differ`);
      changed += 1;
    }
  }
  console.log(changed === 0 ? 'No differences.' : `${changed} screenshots differ.`);
  process.exit(changed === 0 ? 0 : 1);
}

const buildDir = path.join(root, 'build');
const out = path.resolve(option('--out') ?? path.join(root, 'screenshots'));
mkdirSync(out, { recursive: true });
const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
const pages =
  option('--pages')?.split(',') ??
  [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname).filter((p) => !p.includes('/search'));

const server = await serveBuild(buildDir);
const flags = JSON.parse(readFileSync(path.join(root, 'e2e/chromium-flags.json'), 'utf8'));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: flags });
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const route of pages) {
        await page.goto(`${server.origin}${route}`);
        await page.waitForSelector('html[data-has-hydrated="true"]');
        // Mermaid draws after hydration; wait for the drawing so two runs give the same picture.
        if (await page.locator('main pre code').filter({ hasText: 'flowchart' }).count()) {
          await page.locator('.docusaurus-mermaid-container svg').waitFor();
        }
        await page.evaluate(() => document.fonts.ready);
        const name = `${route === '/' ? 'home' : route.slice(1).replace(/\//g, '_')}.${colorScheme}.${width}.png`;
        await page.screenshot({ path: path.join(out, name), fullPage: true, animations: 'disabled' });
      }
      await context.close();
    }
  }
  console.log(`Wrote ${pages.length * 4} screenshots to ${path.relative(root, out) || '.'}`);
} finally {
  await browser.close();
  await server.close();
}
