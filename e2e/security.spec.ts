import { expect, test, type Page } from '@playwright/test';
import { finderPath, phasePath } from '../src/data';
import { rel, waitForHydration } from './support';

// Nothing taken from the address (query, hash) may come back as markup: each payload, if it were
// rendered as HTML, would add an element carrying data-injected or open a dialog.
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

for (const payload of PAYLOADS) {
  test(`a hostile hash on a phase page is not rendered: ${payload}`, async ({ page }) => {
    const dialogs = collectDialogs(page);
    await page.goto(`${rel(phasePath('verify'))}#${encodeURIComponent(payload)}`);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-injected]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test(`a hostile ?q= on the metric finder is shown as text only: ${payload}`, async ({ page }) => {
    const dialogs = collectDialogs(page);
    await page.goto(rel(finderPath({ q: payload })));
    await waitForHydration(page);
    // The finder has read the address once the search box holds the payload, as text.
    await expect(page.getByRole('searchbox', { name: 'Search metrics' })).toHaveValue(payload);
    await expect(page.getByRole('status')).toContainText(payload.slice(0, 20));
    await expect(page.locator('[data-injected]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}
