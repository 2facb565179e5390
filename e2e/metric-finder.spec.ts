import { expect, test, type Page } from '@playwright/test';
import { rel, waitForHydration } from './support';

/** What the finder lists: DORA's five metrics, SPACE's five dimensions and ESSP's four zones. */
const LISTED = 14;

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search metrics' });
const status = (page: Page) => page.getByRole('status');
const firstResult = (page: Page) => page.getByRole('article').first().getByRole('heading').first();

test('typing updates the results, the announced count and the URL', async ({ page }) => {
  await page.goto(rel('/metrics'));
  await waitForHydration(page);
  await expect(status(page)).toHaveText(`${LISTED} metrics.`);
  await searchBox(page).pressSequentially('MTTR');
  await expect(status(page)).toHaveText('1 match for “MTTR”.');
  await expect(firstResult(page)).toHaveText('Mean Time to Recovery');
  await expect(page).toHaveURL(/\/metrics\?q=MTTR$/);
  await expect(page.getByRole('article').first().getByRole('link', { name: '⑤ Release & Operate' })).toBeVisible();
});

test('a link reopens the same view, and a reload keeps it', async ({ page }) => {
  await page.goto(rel('/metrics?q=cylce%20time&framework=space'));
  await waitForHydration(page);
  await expect(searchBox(page)).toHaveValue('cylce time');
  await expect(firstResult(page)).toHaveText('Cycle time');
  await expect(page.getByRole('radio', { name: 'SPACE' })).toBeChecked();
  await page.reload();
  await waitForHydration(page);
  await expect(searchBox(page)).toHaveValue('cylce time');
  await expect(firstResult(page)).toHaveText('Cycle time');
});

test('the phase filter answers "what measures ④?", and Back undoes it', async ({ page }) => {
  await page.goto(rel('/metrics'));
  await waitForHydration(page);
  const verify = page.getByRole('radio', { name: '④ Verify' });
  await verify.check();
  await expect(page).toHaveURL(/\?phase=verify$/);
  // A filter change is not a new page: focus stays on the radio, and the arrow keys keep working.
  await expect(verify).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?phase=release$/);
  await expect(page.getByRole('radio', { name: '⑤ Release' })).toBeFocused();
  await page.goBack();
  await expect(verify).toBeChecked();
  // Three DORA metrics, the five SPACE dimensions and ESSP Quality.
  await expect(status(page)).toHaveText('9 metrics (covering ④ Verify & Integrate).');
  await expect(page.getByRole('heading', { name: 'Mean Time to Recovery' })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'All phases' })).toBeChecked();
  await expect(status(page)).toHaveText(`${LISTED} metrics.`);
});

test('an unknown phase in the URL is reported, not a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(rel('/metrics?phase=foo'));
  await waitForHydration(page);
  await expect(page.getByText('There is no phase “foo” in the loop')).toBeVisible();
  await expect(status(page)).toHaveText(`${LISTED} metrics.`);
  expect(errors).toEqual([]);
});

test('without JavaScript the page still lists every metric', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel('/metrics'));
  await expect(page.getByRole('heading', { level: 1, name: 'Metric finder' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(LISTED);
  await context.close();
});

test('the navbar links to the finder', async ({ page }) => {
  await page.goto(rel('/'));
  await waitForHydration(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Metric finder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metric finder');
});

test('the navbar search reaches the DORA page by keyboard', async ({ page }) => {
  await page.goto(rel('/'));
  await waitForHydration(page);
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type('change failure rate');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  // Each suggestion ends with its breadcrumb ("… › Frameworks › DORA"); walk down to the DORA page's.
  const isDora = /frameworks\b.*›\s*dora/i;
  for (let step = 0; step <= count; step += 1) {
    const selected = page.getByRole('option', { selected: true });
    if ((await selected.count()) === 1 && isDora.test((await selected.textContent()) ?? '')) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.getByRole('option', { selected: true })).toContainText(isDora);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/frameworks\/dora(#.*)?$/);
});
