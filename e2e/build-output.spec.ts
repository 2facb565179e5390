// What each built page runs when it opens, read from the build on disk: the scripts its HTML names
// (the runtime and main bundle) and the chunks of its route and the layout routes around it, from
// the chunk manifest the build leaves in .docusaurus/. One read of the build replaces re-downloading
// every script of a page in the browser for each marker.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { pagePaths, paths, phasePath, rolePath } from '../src/data';
import { checkStatements } from '../src/data/check';
import { getPractice, practices } from '../src/data/practices';
import { roleGroups } from '../src/data/roles';
import { BASE_PATH, TEST_BUILD_DIR } from './constants';

const root = path.join(__dirname, '..');
const buildDir = path.join(root, TEST_BUILD_DIR);

/** A route's built HTML: "/docs/x" is docs/x.html, "/" and folders are index.html. */
function htmlOf(route: string): string {
  const base = path.join(buildDir, route);
  const file = [path.join(base, 'index.html'), `${base}.html`].find((candidate) => existsSync(candidate));
  if (file === undefined) throw new Error(`${TEST_BUILD_DIR} has no page for ${route}: run npm run build:test first.`);
  return readFileSync(file, 'utf8');
}

interface Manifest {
  readonly origins: Record<string, readonly string[]>;
  readonly assets: Record<string, { readonly js?: readonly { readonly file: string; readonly publicPath: string }[] }>;
}
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, '.docusaurus', file), 'utf8')) as T;
const manifest = readJson<Manifest>('client-manifest.json');
/** Route (with the base path, then "-" and a hash) → the chunk names its components and data load from. */
const routeChunks = readJson<Record<string, unknown>>('routesChunkNames.json');

const chunkNamesIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(chunkNamesIn) : [];

const scriptsByRoute = new Map<string, { file: string; text: string }[]>();

/** The scripts a route runs when it opens, with their text (read once per route). */
function scriptsOf(route: string): { file: string; text: string }[] {
  const known = scriptsByRoute.get(route);
  if (known !== undefined) return known;
  const scripts = readScriptsOf(route);
  scriptsByRoute.set(route, scripts);
  return scripts;
}

function readScriptsOf(route: string): { file: string; text: string }[] {
  const html = htmlOf(route);
  const fromHtml = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1] ?? '');
  const address = route === '/' ? BASE_PATH : `${BASE_PATH}${route.slice(1)}`;
  const fromRoutes = Object.entries(routeChunks)
    .filter(([key]) => {
      const routePath = key.replace(/-[0-9a-f]+$/, '');
      return routePath === address || (routePath !== BASE_PATH && address.startsWith(`${routePath}/`));
    })
    .flatMap(([, chunks]) => chunkNamesIn(chunks))
    .flatMap((name) => manifest.origins[name] ?? [])
    .flatMap((id) => manifest.assets[id]?.js ?? [])
    .map((asset) => asset.publicPath);
  expect(fromRoutes.length, `${route}: no route chunks in the manifest; was ${TEST_BUILD_DIR} built last?`).toBeGreaterThan(0);
  return [...new Set([...fromHtml, ...fromRoutes])].map((src) => {
    expect(src.startsWith(BASE_PATH), `${route}: ${src} is outside the base path`).toBe(true);
    const file = path.join(buildDir, src.slice(BASE_PATH.length));
    return { file: path.basename(file), text: readFileSync(file, 'utf8') };
  });
}

/** Text as a minifier may write it in a script: as it is, or with non-ASCII characters escaped. */
const inScript = (script: string, text: string): boolean =>
  script.includes(text) || script.includes(text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

const pageRoutes = pagePaths.filter((route) => route !== paths.home).concat(paths.home);

test('every page’s scripts are in the build', () => {
  for (const route of pageRoutes) expect(scriptsOf(route).length, route).toBeGreaterThan(2);
});

// src/plugins/mermaidChunks.ts keeps Mermaid out of the chunks pages share: only the page that draws
// the Mermaid source loads it.
test('only /docs/embed loads Mermaid', () => {
  const withMermaid = pageRoutes.filter((route) => scriptsOf(route).some((s) => /mermaidAPI|langium|chevrotain/.test(s.text)));
  expect(withMermaid).toEqual([]);
});

// The check's statements stay on the pages that show them (the check, and the role guides, which list
// those that concern their group), and the role groups' texts on the role guides and the pages that
// list them (lint keeps their imports there; this checks that the bundler kept them out of the chunks
// other pages share).
test('only the loop check and the role guides run its statements, and only role pages and role lists run the role groups’ texts', () => {
  const statement = (checkStatements[0]?.text ?? '').slice(0, 40);
  const summary = (roleGroups[0]?.summary ?? '').slice(0, 40);
  expect([statement.length, summary.length]).toEqual([40, 40]);
  const runs = (route: string, marker: string) => scriptsOf(route).some((s) => inScript(s.text, marker));
  const roleGuides = roleGroups.map((group) => rolePath(group.id));
  expect(pageRoutes.filter((route) => route !== paths.check && !roleGuides.includes(route) && runs(route, statement))).toEqual([]);
  const isRolePage = (route: string) => route === paths.roles || route.startsWith(`${paths.roles}/`);
  expect(pageRoutes.filter((route) => !isRolePage(route) && !htmlOf(route).includes(summary) && runs(route, summary))).toEqual([]);
  // Where they are shown, they are found: the check can fail. The first statement is about ① Discover,
  // where product leadership works.
  expect([runs(paths.check, statement), runs(rolePath('product-leadership'), statement), runs(paths.roles, summary)]).toEqual([true, true, true]);
});

// Each page that shows practices is given its own at build time (src/plugins/pagePractices.ts): only
// /print and /check, which show every phase's, load the whole catalogue in src/data/practices.ts.
test('a page runs only the practices it shows: a phase or role guide its own, the arcs page the arcs’, pages without practices none', () => {
  const runs = (route: string, marker: string) => scriptsOf(route).some((s) => inScript(s.text, marker));
  const markers = practices.map((practice) => practice.firstStep.slice(0, 40));
  const showsPractices = (route: string) =>
    route.startsWith('/docs/phases/') || route.startsWith(`${paths.roles}/`) || [paths.feedbackArcs, paths.printGuide, paths.check].includes(route);
  expect(pageRoutes.filter((route) => !showsPractices(route) && markers.some((marker) => runs(route, marker)))).toEqual([]);
  // Each guide runs one practice it shows and not one that only another page shows (written out by hand
  // from src/data/practices.ts). /print and /check load the whole catalogue.
  const cases: [route: string, shown: string, notShown: string][] = [
    [phasePath('discover'), 'measurable-relative-goals', 'golden-signals'],
    [phasePath('shape'), 'stories-as-conversations', 'test-every-change'],
    [phasePath('build'), 'curated-ai-context', 'track-toil-as-bugs'],
    [phasePath('verify'), 'isolated-test-data', 'measurable-relative-goals'],
    [phasePath('release'), 'golden-signals', 'curated-ai-context'],
    [phasePath('learn'), 'share-postmortems-widely', 'isolated-test-data'],
    [paths.feedbackArcs, 'owned-action-items', 'measurable-relative-goals'],
    [rolePath('security'), 'fix-broken-builds-first', 'test-for-each-escape'],
  ];
  const marker = (id: string) => getPractice(id).firstStep.slice(0, 40);
  expect(cases.map(([route, shown, notShown]) => [route, runs(route, marker(shown)), runs(route, marker(notShown))])).toEqual(
    cases.map(([route]) => [route, true, false]),
  );
});

// /measure's charts and records engine load when records are read, not when a page opens (/measure
// included): @visx's axis code and the engine's progress text are in no page's start-up scripts.
test('no page runs the records calculator’s charts or engine when it opens, /measure included', () => {
  const markers = ['visx-axis', 'Joining the records'];
  const starting = pageRoutes.filter((route) => scriptsOf(route).some((s) => markers.some((marker) => s.text.includes(marker))));
  expect(starting).toEqual([]);
  // The markers are in the build, so the test can fail.
  const built = readdirSync(path.join(buildDir, 'assets/js')).map((file) => readFileSync(path.join(buildDir, 'assets/js', file), 'utf8'));
  expect(markers.map((marker) => built.some((text) => text.includes(marker)))).toEqual([true, true]);
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
