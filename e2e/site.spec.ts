import { expect, test } from '@playwright/test';
import { toPublishedModel } from '../src/lib/publishedModel';
import { rel, routes, waitForHydration } from './support';

for (const route of routes) {
  test(`${route} answers with one h1 and no console errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(rel(route));
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

test('the published model parses and matches the data module', async ({ request }) => {
  const response = await request.get(rel('/value-delivery-loop.json'));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('json');
  expect(await response.json()).toEqual(toPublishedModel());
});
