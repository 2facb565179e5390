import { expect, test } from '@playwright/test';
import { rel, tabUntil, waitForHydration } from './support';

declare global {
  interface Window {
    /** Times of the focus() calls made on the navbar search box. */
    searchBoxFocusCalls: number[];
  }
}

// SC 3.2.1: the search plugin used to refocus its box when its index arrived, pulling a keyboard user
// who had tabbed on back to the navbar. patches/ fixes it in the plugin (see patches/README.md).
test('tabbing past the navbar search does not pull focus back when the index loads', async ({ page }) => {
  await page.addInitScript(() => {
    window.searchBoxFocusCalls = [];
    const nativeFocus = HTMLElement.prototype.focus;
    HTMLElement.prototype.focus = function focus(this: HTMLElement, options?: FocusOptions) {
      if (this.matches('input[aria-label="Search"]')) window.searchBoxFocusCalls.push(performance.now());
      nativeFocus.call(this, options);
    };
  });
  // Hold the index back until the reader has tabbed on, so the index always arrives after they left.
  let releaseIndex: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    releaseIndex = resolve;
  });
  let indexRequested = false;
  await page.route(/search-index.*\.json/, async (route) => {
    indexRequested = true;
    await held;
    await route.continue();
  });
  await page.goto(rel('/docs/phases/verify'));
  await waitForHydration(page);
  const search = page.getByLabel('Search', { exact: true });
  await tabUntil(page, (el) => el.name === 'Search', { max: 40 });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const whereTheReaderIs = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  const callsBefore = await page.evaluate(() => window.searchBoxFocusCalls.length);
  await expect.poll(() => indexRequested, { message: 'focusing the box should start loading the index' }).toBe(true);
  const indexLoaded = page.waitForResponse((response) => /search-index.*\.json/.test(response.url()));
  releaseIndex();
  await indexLoaded;
  // The plugin builds its autocomplete (which marks the box as a combobox) and, in the same task,
  // would refocus the box: once the mark is there, the refocus has happened or never will.
  await expect(search).toHaveAttribute('aria-autocomplete', 'list');
  expect(await page.evaluate(() => window.searchBoxFocusCalls.length), 'focus() calls on the search box after the reader left').toBe(callsBefore);
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(whereTheReaderIs);
});

test('a reader who stays in the search box keeps focus while the index loads, and can search', async ({ page }) => {
  await page.goto(rel('/docs/phases/verify'));
  await waitForHydration(page);
  const search = page.getByLabel('Search', { exact: true });
  await search.focus();
  await page.keyboard.type('deployment frequency');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(search).toBeFocused();
});

test('the search box still takes focus from a click and from the keyboard shortcut', async ({ page }) => {
  await page.goto(rel('/docs/phases/verify'));
  await waitForHydration(page);
  const search = page.getByLabel('Search', { exact: true });
  await search.click();
  await expect(search).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(search).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.type('change failure rate');
  await expect(page.getByRole('option').first()).toBeVisible();
});
