import { expect, test, type Page } from '@playwright/test';
import { paths, PHASE_IDS, phasePath } from '../src/data';
import { REPOSITORY_URL } from './constants';
import { rel, routes, waitForHydration } from './support';

interface PageFacts {
  /** Same-origin link targets, resolved to absolute URLs. */
  links: string[];
  ids: string[];
  /** Images without an alt attribute, and SVGs with role="img" but no accessible name. */
  unlabelledImages: string[];
  imageSources: string[];
  headingCount: number;
}

const NO_FACTS: PageFacts = { links: [], ids: [], unlabelledImages: [], imageSources: [], headingCount: 0 };

async function readPage(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const origin = window.location.origin;
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement | SVGAElement>('a[href]'))
      .map((a) => new URL(a.getAttribute('href') ?? '', window.location.href))
      .filter((url) => url.origin === origin)
      .map((url) => url.href);
    const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
    const unlabelledImages = [
      ...Array.from(document.querySelectorAll('img:not([alt])')).map((img) => `<img src="${img.getAttribute('src')}">`),
      ...Array.from(document.querySelectorAll('svg[role="img"]'))
        .filter((svg) => {
          const labelledBy = svg.getAttribute('aria-labelledby');
          const named = labelledBy?.split(/\s+/).some((id) => (document.getElementById(id)?.textContent ?? '').trim());
          return !svg.getAttribute('aria-label')?.trim() && !named && !svg.querySelector(':scope > title')?.textContent?.trim();
        })
        .map((svg) => `<svg role="img"> in ${svg.parentElement?.tagName.toLowerCase()}`),
    ];
    const imageSources = Array.from(document.images).map((img) => img.currentSrc || img.src);
    return { links, ids, unlabelledImages, imageSources, headingCount: document.querySelectorAll('h1').length };
  });
}

// The deployed site lives under the base URL, so the crawl must never step outside it. Every page it
// reaches must answer 200 with one h1 and no console error.
test('every page answers with one h1 and no console error, and every internal link, anchor and image resolves', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const base = new URL(baseURL ?? '/');
  const pages = new Map<string, PageFacts>();
  const queue = routes.map((route) => new URL(rel(route), base).href);
  const problems: string[] = [];
  const linksFrom = new Map<string, Set<string>>();
  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
  const from = (url: string): string => [...(linksFrom.get(url) ?? [])].join(', ');

  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (pages.has(url)) continue;
    if (!url.startsWith(base.href) && url !== base.href.replace(/\/$/, '')) {
      problems.push(`${url} is outside the base path ${base.pathname} (linked from ${from(url)})`);
      pages.set(url, NO_FACTS);
      continue;
    }
    current = url;
    const response = await page.goto(url);
    if (response?.status() !== 200 || (await page.getByRole('heading', { level: 1, name: /page not found/i }).count()) > 0) {
      problems.push(`${url} answers ${response?.status()} (linked from ${from(url)})`);
      pages.set(url, NO_FACTS);
      continue;
    }
    await waitForHydration(page);
    const facts = await readPage(page);
    pages.set(url, facts);
    if (facts.headingCount !== 1) problems.push(`${url} has ${facts.headingCount} h1 elements`);
    for (const image of facts.unlabelledImages) problems.push(`${url}: ${image} has no text alternative`);
    for (const link of facts.links) {
      const target = new URL(link);
      target.hash = '';
      // Static files (the JSON model, the sitemap, images) are checked by request, not crawled as pages.
      if (/\.[a-z0-9]+$/i.test(target.pathname) && !target.pathname.endsWith('.html')) continue;
      if (!linksFrom.has(target.href)) linksFrom.set(target.href, new Set());
      linksFrom.get(target.href)?.add(url);
      if (!pages.has(target.href)) queue.push(target.href);
    }
  }

  // Anchors: the target page must hold an element with that id.
  for (const [url, facts] of pages) {
    for (const link of facts.links) {
      const target = new URL(link);
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      const targetFacts = pages.get(target.href);
      if (fragment && targetFacts && targetFacts.links.length + targetFacts.ids.length > 0 && !targetFacts.ids.includes(fragment)) {
        problems.push(`${url} links to #${fragment}, which ${target.pathname} does not have`);
      }
    }
  }

  // Static files linked from pages, and every image, must load from inside the base path.
  const files = new Set<string>();
  for (const facts of pages.values()) {
    for (const link of facts.links) if (/\.(json|xml|png|svg|pdf|txt|md|csv)$/i.test(new URL(link).pathname)) files.add(link);
    for (const source of facts.imageSources) if (source.startsWith(base.origin)) files.add(source);
  }
  for (const file of files) {
    if (!file.startsWith(base.href)) problems.push(`${file} is outside the base path ${base.pathname}`);
    const response = await page.request.get(file);
    if (!response.ok()) problems.push(`${file} answers ${response.status()}`);
  }

  expect(pages.size, 'the crawl should reach every route').toBeGreaterThanOrEqual(routes.length);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the sitemap lists every route', async ({ request, baseURL }) => {
  const response = await request.get(rel('/sitemap.xml'));
  expect(response.status()).toBe(200);
  const locations = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const basePath = new URL(baseURL ?? '/').pathname.replace(/\/$/, '');
  const expected = routes.map((route) => (route === '/' ? `${basePath}/` : `${basePath}${route}`));
  expect(locations).toEqual(expect.arrayContaining(expected));
});

test('an unknown address shows a 404 page that leads back into the guide', async ({ page }) => {
  const response = await page.goto(rel('/no-such-page'));
  expect(response?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: /page not found/i })).toBeVisible();
  const waysIn = page.getByRole('navigation', { name: /where to go from here/i });
  await expect(waysIn.getByRole('link', { name: /loop at a glance/i })).toHaveAttribute('href', /\/docs\/value-delivery-loop$/);
  await expect(waysIn.getByRole('link', { name: /metric finder/i })).toHaveAttribute('href', /\/metrics$/);
  await expect(waysIn.getByRole('list', { name: /phases of the loop/i }).getByRole('link')).toHaveCount(PHASE_IDS.length);
  await expect(waysIn).toContainText(/search box/i);
  // The phase links work from here too.
  await waysIn.getByRole('link', { name: /verify/i }).click();
  await expect(page).toHaveURL(/\/docs\/phases\/verify$/);
});

/** The content of a <meta> tag in served HTML, as link-preview crawlers (which run no JavaScript) read it. */
function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta[^>]*\\b${attribute}="?${key}"?[^>]*>`))?.[0];
  return tag?.match(/\bcontent=(?:"([^"]*)"|([^\s>]+))/)?.slice(1).find((value) => value !== undefined);
}

test('every page’s served HTML has a description and an Open Graph image', async ({ request, baseURL }) => {
  const problems: string[] = [];
  for (const route of routes) {
    const html = await (await request.get(rel(route))).text();
    if (!/\S{3,}/.test(metaContent(html, 'name', 'description') ?? '')) problems.push(`${route}: no meta description`);
    if (!/\S{3,}/.test(metaContent(html, 'property', 'og:description') ?? '')) problems.push(`${route}: no og:description`);
    const image = metaContent(html, 'property', 'og:image') ?? '';
    if (!/\/img\/og-loop\.png$/.test(image)) problems.push(`${route}: og:image is "${image}"`);
    // The absolute URL names the production host; the same path must exist in this build.
    else if ((await request.get(new URL(new URL(image).pathname, baseURL).href)).status() !== 200) problems.push(`${route}: ${image} is missing`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

// The file as served, checked against facts written out here (the build validates it against its schema).
test('the published model parses and holds the seed’s facts and the catalogue', async ({ request }) => {
  const response = await request.get(rel(paths.publishedModel));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('json');
  const model = await response.json();
  expect(model.$schema).toMatch(/\/value-delivery-loop\.schema\.json$/);
  expect(model.schemaVersion).toBe(4);
  expect(model.phases.map((phase: { numeral: string }) => phase.numeral).join('')).toBe('①②③④⑤⑥');
  expect(model.arcs).toHaveLength(10);
  const phasesOf = (id: string) => model.metrics.find((measure: { id: string }) => measure.id === id)?.phases;
  expect(phasesOf('dora-failed-deployment-recovery-time')).toEqual(['release', 'learn']);
  expect(phasesOf('dora-deployment-rework-rate')).toEqual([]);
  expect(model.metrics).toHaveLength(26);
  expect(model.roleGroups).toHaveLength(7);
});

// This build has REPOSITORY_URL set, as the Pages workflow's has: docs pages link to their source.
test('docs pages link to their source to be edited, say when it last changed, and offer a Markdown copy', async ({ page }) => {
  await page.goto(rel(phasePath('verify')));
  await waitForHydration(page);
  await expect(page.getByRole('link', { name: /Edit this page/ })).toHaveAttribute('href', `${REPOSITORY_URL}/edit/main/docs/phases/verify.mdx`);
  await expect(page.getByText(/Last updated on/)).toBeVisible();
  const markdown = page.getByRole('link', { name: 'View as Markdown' });
  const response = await page.request.get(new URL((await markdown.getAttribute('href')) ?? '', page.url()).href);
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/^# ④ Verify & Integrate\n/);
});
