// What each built page runs when it opens, read from the build on disk: the scripts its HTML names
// (script tags and script preloads, which Docusaurus writes for the route's own chunks). One read of
// the build replaces re-downloading every script of a page in the browser for each marker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pagePaths, paths, phasePath } from '../src/data';
import { BASE_PATH, TEST_BUILD_DIR } from './constants';

const buildDir = path.join(__dirname, '..', TEST_BUILD_DIR);

function htmlOf(route: string): string {
  return readFileSync(path.join(buildDir, route, 'index.html'), 'utf8');
}

/** The scripts a route's HTML loads at start, with their text. */
function scriptsOf(route: string): { file: string; text: string }[] {
  const html = htmlOf(route);
  const sources = new Set([
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/<link[^>]*\bas="script"[^>]*>/g)].flatMap((m) => /\bhref="([^"]+\.js)"/.exec(m[0])?.[1] ?? []),
  ]);
  return [...sources].map((src) => {
    expect(src.startsWith(BASE_PATH), `${route}: ${src} is outside the base path`).toBe(true);
    const file = path.join(buildDir, src.slice(BASE_PATH.length));
    return { file: path.basename(file), text: readFileSync(file, 'utf8') };
  });
}

/** Text as a minifier may write it in a script: as it is, or with non-ASCII characters escaped. */
const inScript = (script: string, text: string): boolean =>
  script.includes(text) || script.includes(text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

const pageRoutes = pagePaths.filter((route) => route !== paths.home).concat(paths.home);

test('every page names its scripts, and each script is in the build', () => {
  for (const route of pageRoutes) expect(scriptsOf(route).length, route).toBeGreaterThan(0);
});

// src/plugins/mermaidChunks.ts keeps Mermaid out of the chunks pages share: only the page that draws
// the Mermaid source loads it.
test('only /docs/embed loads Mermaid', () => {
  const withMermaid = pageRoutes.filter((route) => scriptsOf(route).some((s) => /mermaidAPI|langium|chevrotain/.test(s.text)));
  expect(withMermaid).toEqual([]);
});

// A page carries a text in its scripts only if it shows it: the check's statements and the role
// groups' summaries stay on the pages that show them (lint keeps their imports there; this checks
// that the bundler kept them out of the shared chunks too).
test('a page runs the loop check’s statements or the role groups’ summaries only if it shows them', async () => {
  const { checkStatements } = await import('../src/data/check');
  const { roleGroups } = await import('../src/data/roles');
  const markers = [checkStatements[0]?.text, roleGroups[0]?.summary].map((text) => (text ?? '').slice(0, 40));
  for (const marker of markers) expect(marker.length).toBe(40);
  const leaks = pageRoutes.flatMap((route) => {
    const shown = htmlOf(route);
    return markers
      .filter((marker) => !shown.includes(marker) && scriptsOf(route).some((s) => inScript(s.text, marker)))
      .map((marker) => `${route}: ${marker}`);
  });
  expect(leaks).toEqual([]);
  // The markers are found where they are shown, so the check can fail.
  expect(scriptsOf(paths.check).some((s) => inScript(s.text, markers[0] ?? ''))).toBe(true);
});

// patches/@docusaurus+utils-common+3.10.2.patch: the framework required all of tslib on every page for
// one interop call. __addDisposableResource is one of the helpers nothing calls.
test('no page ships tslib helpers that nothing calls', () => {
  const withTslib = pageRoutes.filter((route) => scriptsOf(route).some((s) => s.text.includes('__addDisposableResource')));
  expect(withTslib).toEqual([]);
});

// src/components/MdxAdmonition takes the theme's admonition from the page's MDX components: an import
// of @theme/Admonition put a second copy of it into each phase page's own chunk.
test('a phase page with a tip loads the theme’s admonition code once', () => {
  const copies = scriptsOf(phasePath('shape')).filter((s) => s.text.includes('theme.admonition.tip'));
  expect(copies.map((s) => s.file)).toHaveLength(1);
});
