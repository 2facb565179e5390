// The metric guides (issue #19): from the finder to a metric's page in one click, an ESSP metric's and a
// SPACE dimension's page, and the site's 404 for a metric that has none. Expected texts are written out.
import { expect, test } from '@playwright/test';
import { loopDiagram, rel, waitForHydration } from './support';

test('a tech lead types “lead time”, reads DORA’s definition first, and one click away finds how to measure it', async ({ page }) => {
  await page.goto(rel('/metrics'));
  await waitForHydration(page);
  await page.getByRole('searchbox', { name: 'Search metrics' }).pressSequentially('lead time');
  const card = page.getByRole('article', { name: 'Lead Time for Changes' });
  const definition = 'DORA’s definition: How long a change takes from being committed to version control to running in production.';
  await expect(card.getByText(definition)).toBeVisible();
  // The framework's definition comes before the model's phrase, which is labelled as the model's.
  const text = (await card.textContent()) ?? '';
  expect(text.indexOf('DORA’s definition')).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('DORA’s definition')).toBeLessThan(text.indexOf('The loop model’s phrase: “First commit to production, but shaped by upstream clarity”'));

  await card.getByRole('link', { name: 'Change lead time (DORA): how to measure it' }).click();
  await expect(page).toHaveURL(/\/docs\/metrics\/dora-change-lead-time$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Change lead time (DORA)' })).toBeVisible();
  const how = page.getByRole('region', { name: 'How to measure it' });
  await expect(how).toContainText('The clock starts when');
  await expect(how).toContainText('The change is committed to version control.');
  const tools = how.getByRole('table', { name: 'How four well-known tools compute change lead time' });
  await expect(tools.getByRole('rowheader')).toHaveText(['Four Keys', 'DevLake', 'GitLab', 'Middleware']);
  await expect(page.getByRole('region', { name: 'Pitfalls' })).toContainText('Don’t judge delivery by one metric alone.');
  const inLoop = page.getByRole('region', { name: 'Where the loop model uses it' });
  await expect(loopDiagram(page).getByRole('link', { name: '② Shape & Prioritize Uses it, phase 2 of 6' })).toBeVisible();
  await expect(loopDiagram(page).getByRole('link', { name: '① Discover & Strategize, phase 1 of 6' })).toBeVisible();
  await expect(inLoop).toContainText('The loop model places lead time at ② Shape because shaping decides how fast work flows into development');
});

test('an ESSP metric’s page gives GitHub’s definition, its zone and its survey scale', async ({ page }) => {
  await page.goto(rel('/docs/metrics/essp-flow-state-experience'));
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Flow state experience (ESSP)' })).toBeVisible();
  const definition = page.getByRole('region', { name: 'Definition' });
  await expect(definition).toContainText('ESSP’s definition, in our words: Developers’ rating, from 1 to 5 in a survey');
  await expect(definition).toContainText('(Median) Flow state experience');
  await expect(page.getByRole('region', { name: 'How to measure it' })).toContainText('Answered on a scale from 1 to 5.');
  await expect(loopDiagram(page).getByRole('link', { name: '③ Build & Collaborate Its zone, phase 3 of 6' })).toBeVisible();
  // The sidebar files it under its zone.
  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  await expect(sidebar.getByRole('button', { name: /Developer happiness/ }).or(sidebar.getByRole('link', { name: 'Developer happiness' }))).toBeVisible();
});

test('a SPACE dimension’s page adds the paper’s examples by level and says the phase labels are the model’s', async ({ page }) => {
  await page.goto(rel('/docs/metrics/space-efficiency'));
  await waitForHydration(page);
  const examples = page.getByRole('table', { name: 'The SPACE paper’s example metrics for Efficiency and flow, by level' });
  await expect(examples.getByRole('rowheader')).toHaveText(['Individual (one person)', 'Team or group', 'System (end-to-end)']);
  await expect(page.getByRole('region', { name: 'Where the loop model uses it' })).toContainText(
    'These per-phase labels are the loop model’s illustrations of the dimension, not examples from the SPACE paper.',
  );
  await expect(page.getByRole('region', { name: 'Using SPACE' })).toContainText('Measure at least three of the five dimensions.');
});

test('a metric that has no page gets the site’s 404', async ({ page }) => {
  const response = await page.goto(rel('/docs/metrics/dora-mttr'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: /page not found/i })).toBeVisible();
});
