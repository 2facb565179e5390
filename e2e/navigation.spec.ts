import { expect, test, type Page } from '@playwright/test';
import { getPhase, paths, phasePath } from '../src/data';
import { focusedRing, phaseNodeName, rel, ringWidth, tabUntil, waitForHydration, waitForPrefetching } from './support';

declare global {
  interface Window {
    /** The hrefs of the <link rel="prefetch"> elements added by each callback, in order. */
    prefetchBatches: string[][];
  }
}

/** URLs of scripts the page has fetched, and of those it prefetched through <link rel="prefetch">. */
function resourceUrls(page: Page, initiator: 'script' | 'link'): Promise<string[]> {
  return page.evaluate(
    (type) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === type && entry.name.endsWith('.js'))
        .map((entry) => entry.name),
    initiator,
  );
}

test.describe('moving between pages', () => {
  // A phone's viewport: no sidebar, so the links that prefetch are the ones in the content.
  test.use({ viewport: { width: 412, height: 823 } });

  test('the code of a phase the diagram links to is fetched ahead, so opening it loads no new script', async ({ page }) => {
    await page.goto(rel(phasePath('verify')));
    await waitForHydration(page);
    // Prefetching waits for idle time after the page has loaded; then the scripts arrive.
    await waitForPrefetching(page);
    const prefetched = new Set(await resourceUrls(page, 'link'));
    expect(prefetched.size).toBeGreaterThan(0);
    const loadedBefore = new Set(await resourceUrls(page, 'script'));

    await page.getByRole('link', { name: phaseNodeName('learn') }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(getPhase('learn').name);

    const newScripts = (await resourceUrls(page, 'script')).filter((url) => !loadedBefore.has(url));
    expect(newScripts.length).toBeGreaterThan(0);
    expect(newScripts.filter((url) => !prefetched.has(url))).toEqual([]);
  });
});

// patches/@docusaurus+core+3.10.2.patch makes Docusaurus's prefetch wait for idle time and fetch a page
// once, whatever the hash or query of the link (patches/README.md). Were the patch lost, pages with
// several links to one page (the feedback arcs' sections) would prefetch it again and again.
test('a linked page is prefetched once, however many links to its sections the page has', async ({ page }) => {
  await page.addInitScript(() => {
    window.prefetchBatches = [];
    // A MutationObserver reports together the nodes each callback added.
    new MutationObserver((records) => {
      const hrefs = records
        .flatMap((record) => Array.from(record.addedNodes))
        .filter((node): node is HTMLLinkElement => node instanceof HTMLLinkElement && node.rel === 'prefetch')
        .map((link) => link.href);
      if (hrefs.length > 0) window.prefetchBatches.push(hrefs);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(rel(phasePath('verify')));
  await waitForHydration(page);
  await waitForPrefetching(page);
  expect((await page.evaluate(() => window.prefetchBatches)).length, 'the linked pages should have been prefetched').toBeGreaterThan(3);
  // Bring the rest of the page's links into view: among them, more links to pages already prefetched
  // (the feedback arcs' sections, the previous and next phase).
  await page.getByRole('navigation', { name: 'Along the loop' }).scrollIntoViewIfNeeded();
  await waitForPrefetching(page);
  // A page prefetched twice appends the same chunks again.
  const pages = (await page.evaluate(() => window.prefetchBatches)).map((hrefs) => [...new Set(hrefs)].sort().join(' '));
  expect(pages.filter((chunks, i) => pages.indexOf(chunks) !== i), 'a page was prefetched twice').toEqual([]);
});

/** Whether the page ran Prism: the innermost function around its grammar walker ran (found by a property name minifiers keep). */
function ranPrism(coverage: Awaited<ReturnType<Page['coverage']['stopJSCoverage']>>): boolean {
  return coverage.some((script) => {
    const at = script.source?.indexOf('DFS:function') ?? -1;
    const around = script.functions
      .flatMap((fn) => fn.ranges.slice(0, 1))
      .filter((range) => range.startOffset <= at && at < range.endOffset)
      .sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset));
    return at !== -1 && (around[0]?.count ?? 0) > 0;
  });
}

/** Highlighted code shows its keywords, strings and arrows in colours of their own. */
async function expectHighlighted(page: Page): Promise<void> {
  const code = page.getByRole('main').locator('pre code').first();
  await expect(code).toContainText('flowchart TD');
  const colours = await code.evaluate((el) => {
    const of = (text: string) =>
      Array.from(el.querySelectorAll('span'))
        .filter((span) => span.children.length === 0 && span.textContent?.trim() === text)
        .map((span) => getComputedStyle(span).color);
    return { keyword: of('flowchart')[0], arrow: of('-->')[0], all: new Set(Array.from(el.querySelectorAll('span'), (s) => getComputedStyle(s).color)).size };
  });
  expect(colours.all).toBeGreaterThanOrEqual(3);
  expect(colours.arrow).toBeDefined();
  expect(colours.arrow).not.toBe(colours.keyword);
}

// Prism's grammars were half of the start-up script's run time on every page (issue #5):
// src/plugins/lazyPrism.ts keeps them off pages without code, and src/theme/CodeBlock loads them
// where a page shows code.
test.describe('code highlighting', () => {
  test('/docs/sources, which shows no code, never runs the code highlighter', async ({ page }) => {
    await page.coverage.startJSCoverage();
    await page.goto(rel(paths.sources));
    await waitForHydration(page);
    expect(ranPrism(await page.coverage.stopJSCoverage()), 'src/plugins/lazyPrism.ts should keep Prism from running').toBe(false);
  });

  test('the Mermaid source on /docs/embed is highlighted when the page is opened directly', async ({ page }) => {
    await page.coverage.startJSCoverage();
    await page.goto(rel(paths.embed));
    await waitForHydration(page);
    await expectHighlighted(page);
    expect(ranPrism(await page.coverage.stopJSCoverage())).toBe(true);
  });

  test('the Mermaid source on /docs/embed is highlighted when it is reached from another page', async ({ page }) => {
    await page.goto(rel(paths.sources));
    await waitForHydration(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Use the loop elsewhere' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Use the loop elsewhere');
    await expectHighlighted(page);
  });
});

test('keyboard-only journey: home, into the content, a phase page, the finder, search', async ({ page }) => {
  await page.goto(rel(paths.home));
  await waitForHydration(page);
  const expectRing = async () => {
    const ring = await focusedRing(page);
    expect(ring ? ringWidth(ring) : 0, `focus ring on ${ring?.description}`).toBeGreaterThanOrEqual(2);
  };

  // The first Tab reaches the skip link; following it puts the next Tab inside the main content.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/skip to main content/i);
  await page.keyboard.press('Enter');
  // A phase link in the page content (the loop diagram on the home page), not the navbar's.
  const phaseLink = await tabUntil(page, (el) => el.inMain && /\/docs\/phases\/[a-z]+$/.test(el.href), { max: 120 });
  await expectRing();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${phaseLink.href.replace(/^\.?\//, '')}$`));
  // The URL changes before the new page renders: wait for its heading, or Tab would still walk the old page.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(getPhase(phaseLink.href.split('/').pop() ?? '').name);

  await tabUntil(page, (el) => /\/metrics\/?$/.test(el.href), { max: 120 });
  await expectRing();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/metrics\/?$/);
  // Leaving the docs for a page mounts a new navbar; tabbing before that would focus the old search box.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metric finder');

  await tabUntil(page, (el) => el.name === 'Search' || el.role === 'combobox', { max: 120 });
  await expectRing();
  await page.keyboard.type('verify');
  // The index loads on first focus, so the first suggestions may take a moment.
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\//);
});
