import { expect, test, type Page } from '@playwright/test';
import { getPhase } from '../src/data';
import { rel, waitForHydration } from './support';

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
    await page.goto(rel('/docs/phases/verify'));
    await waitForHydration(page);
    // Prefetching waits for idle time after the page has loaded; then the scripts arrive.
    await expect.poll(async () => (await resourceUrls(page, 'link')).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const prefetched = new Set(await resourceUrls(page, 'link'));
    const loadedBefore = new Set(await resourceUrls(page, 'script'));

    const learn = getPhase('learn');
    await page.getByRole('link', { name: new RegExp(`^${learn.numeral} ${learn.name}, phase`) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(learn.name);

    const newScripts = (await resourceUrls(page, 'script')).filter((url) => !loadedBefore.has(url));
    expect(newScripts.length).toBeGreaterThan(0);
    expect(newScripts.filter((url) => !prefetched.has(url))).toEqual([]);
  });
});

test.describe('code highlighting', () => {
  for (const arrival of ['opened directly', 'reached from another page'] as const) {
    test(`the Mermaid source on /docs/embed is highlighted when ${arrival}`, async ({ page }) => {
      if (arrival === 'opened directly') {
        await page.goto(rel('/docs/embed'));
        await waitForHydration(page);
      } else {
        await page.goto(rel('/docs/sources'));
        await waitForHydration(page);
        await page.getByRole('contentinfo').getByRole('link', { name: 'Embed the loop' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed the loop');
      }
      // Arrows are tokens of the Mermaid grammar, which the site adds to Prism's bundled ones.
      const code = page.locator('pre code').first();
      await expect(code).toContainText('flowchart TD');
      await expect(code.locator('.token.arrow').first()).toBeVisible();
      expect(await code.locator('.token.arrow').count()).toBeGreaterThan(5);
    });
  }

  // Prism's grammars were half of the start-up script's run time on every page (issue #5).
  for (const [route, runsPrism] of [['/docs/sources', false], ['/docs/embed', true]] as const) {
    test(`${route} ${runsPrism ? 'runs' : 'does not run'} the code highlighter`, async ({ page }) => {
      await page.coverage.startJSCoverage();
      await page.goto(rel(route));
      await waitForHydration(page);
      const coverage = await page.coverage.stopJSCoverage();
      // The innermost function around Prism's grammar walker (found by a property name minifiers keep) is
      // Prism's module: it runs only if the page evaluates Prism.
      const prismRuns = coverage.flatMap((script) => {
        const at = script.source?.indexOf('DFS:function') ?? -1;
        const around = script.functions
          .flatMap((fn) => fn.ranges.slice(0, 1))
          .filter((range) => range.startOffset <= at && at < range.endOffset)
          .sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset));
        return at === -1 || around[0] === undefined ? [] : [around[0].count];
      });
      expect(prismRuns.some((count) => count > 0)).toBe(runsPrism);
    });
  }
});
