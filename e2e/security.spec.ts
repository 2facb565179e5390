import { expect, test, type Page } from '@playwright/test';
import { paths, phasePath } from '../src/data';
import { rel, waitForHydration } from './support';

// Nothing taken from the address (query, hash) may come back as markup: each payload, if it were
// rendered as HTML, would add an element carrying data-injected or open a dialog. The first payload
// arrives with the page; the others as a reader's Back or Forward would bring them, without a reload.
const PAYLOADS = [
  '<img src=x data-injected onerror="alert(1)">',
  '"><svg data-injected onload=alert(1)>',
  'javascript:alert(1)',
];

function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

/** Moves the page to `url` as the browser's Back and Forward do: a history entry and a popstate event. */
const travelTo = (page: Page, url: string): Promise<void> =>
  page.evaluate((target) => {
    history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);

test('hostile hashes on a phase page are not rendered', async ({ page }) => {
  const dialogs = collectDialogs(page);
  for (const [i, payload] of PAYLOADS.entries()) {
    const hash = `#${encodeURIComponent(payload)}`;
    if (i === 0) {
      await page.goto(`${rel(phasePath('verify'))}${hash}`);
      await waitForHydration(page);
    } else {
      await travelTo(page, hash);
    }
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-injected]'), payload).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

test('hostile ?q= values on the metric finder are shown as text only', async ({ page }) => {
  const dialogs = collectDialogs(page);
  const finderPath = (q: string): string => `${paths.finder}?q=${encodeURIComponent(q)}`;
  for (const [i, payload] of PAYLOADS.entries()) {
    if (i === 0) {
      await page.goto(rel(finderPath(payload)));
      await waitForHydration(page);
    } else {
      await travelTo(page, new URL(rel(finderPath(payload)), page.url()).href);
    }
    // The finder has read the address once the search box holds the payload, as text.
    await expect(page.getByRole('searchbox', { name: 'Search metrics' })).toHaveValue(payload);
    await expect(page.getByRole('status')).toContainText(payload.slice(0, 20));
    await expect(page.locator('[data-injected]'), payload).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});
