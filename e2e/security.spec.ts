import { expect, test, type Page } from '@playwright/test';
import { phasePath } from '../src/data';
import { rel, routes, waitForHydration } from './support';

// Nothing taken from the address (query, hash) may come back as markup: each payload, if it were
// rendered as HTML, would add an element carrying data-injected or open a dialog.
const PAYLOADS = [
  '<img src=x data-injected onerror="alert(1)">',
  '"><svg data-injected onload=alert(1)>',
  'javascript:alert(1)',
];

async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
  await waitForHydration(page);
  // Give effects that read the address (search boxes, filters) a moment to render.
  await page.waitForTimeout(300);
  await expect(page.locator('[data-injected]')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
  expect(dialogs).toEqual([]);
}

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
    await expectNothingInjected(page, dialogs);
  });
}

// The metric finder reads ?q= (issue #4); this runs once /metrics joins the routes.
for (const payload of routes.includes('/metrics') ? PAYLOADS : []) {
  test(`a hostile ?q= on the metric finder is shown as text only: ${payload}`, async ({ page }) => {
    const dialogs = collectDialogs(page);
    await page.goto(`${rel('/metrics')}?q=${encodeURIComponent(payload)}`);
    await expectNothingInjected(page, dialogs);
  });
}
