import { expect, test } from '@playwright/test';
import { arcs, frameworks, loop, metrics, paths, phases, unmappedTerms } from '../src/data';
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

// Compared with the data module's records themselves, not with the serializer that wrote the file.
test('the published model parses and holds the data module, phase for phase', async ({ request }) => {
  const response = await request.get(rel(paths.publishedModel));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('json');
  const model = await response.json();
  expect(model).toEqual({
    schemaVersion: 1,
    title: loop.title,
    status: loop.draftNotice,
    source: loop.source,
    phases,
    arcs,
    frameworks,
    metrics,
    unmappedTerms,
  });
  // And facts as the seed states them, independent of any code.
  expect(model.phases.map((phase: { numeral: string }) => phase.numeral).join('')).toBe('①②③④⑤⑥');
  expect(model.metrics.find((metric: { id: string }) => metric.id === 'dora-mttr').phases).toEqual(['release', 'learn']);
});
