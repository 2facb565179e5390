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
});
