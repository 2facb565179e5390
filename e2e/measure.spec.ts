import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../src/data';
import { axeViolations, collectErrors, rel, showColorScheme, tabUntil, waitForHydration } from './support';

/*
 * /measure in Chromium: the sample to figures (computed in the page's Web Worker), each bad file with its
 * message, the link into the loop check, the CSV export, no request leaving the page, axe in light and
 * dark, 320 px and the keyboard. Files are handed to the file input as buffers, as a reader's chosen
 * files are.
 */

const csv = (...rows: string[]): Buffer => Buffer.from(rows.join('\n') + '\n');
const fileInput = (page: Page) => page.getByLabel(/Choose record files/);
const figureHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 3, exact: true });

async function openMeasure(page: Page): Promise<void> {
  await page.goto(rel(paths.measure));
  await waitForHydration(page);
}

async function trySample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Try it with sample records' }).click();
  await expect(figureHeading(page, 'Change lead time')).toBeVisible({ timeout: 20_000 });
}

test('the sample records give five figures for one service, computed in a worker, with nothing leaving the page', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  await openMeasure(page);
  await page.waitForLoadState('networkidle');
  const requests: { method: string; url: string; body: string | null }[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url(), body: request.postData() }));
  await trySample(page);
  for (const name of ['Change lead time', 'Deployment frequency', 'Change fail rate', 'Failed deployment recovery time', 'Deployment rework rate']) {
    await expect(figureHeading(page, name)).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue('checkout');
  // The worker ran it: the page-side fallback says so when it is used.
  await expect(page.getByText('cannot run the calculator in a background worker')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Deployments per week, by week/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'All services together' });
  await expect(page.getByText(/^All services together, 2025-01-0\d to /)).toBeVisible();
  // Only the site's own scripts were fetched (the worker, the figures' code): no request carried anything out.
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  const leaving = requests.filter((r) => r.method !== 'GET' || r.body !== null || new URL(r.url).origin !== origin || !/\.(js|css)$/.test(new URL(r.url).pathname));
  expect(leaving).toEqual([]);
  expect(errors).toEqual([]);
});

test('each bad file gets a message naming it, and leaves the figures from before in place', async ({ page }) => {
  await openMeasure(page);
  await trySample(page);
  const bad: [string, Buffer, string | RegExp][] = [
    ['no-offset.csv', csv('id,finished_at', 'd1,2025-03-03T10:00:00', 'd2,2025-03-04 10:00'), /no-offset\.csv was not used: 2 of its 2 rows cannot be read, more than half\. no-offset\.csv, row 2, column finished_at: "2025-03-03T10:00:00" has no UTC offset/],
    ['missing.csv', csv('id,started_at,service', 'i1,2025-03-03T10:00:00Z,shop'), /missing\.csv looks like incidents but has no resolved_at column/],
    ['empty.csv', Buffer.from(''), /empty\.csv/],
    ['picture.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), '“picture.csv” is not a text file (it holds binary data), so it was not read.'],
    ['shape.json', Buffer.from('{"deployments": []}'), 'shape.json holds an object; it should hold a list of records, one object per record: [{"id": …}, …].'],
  ];
  for (const [name, buffer, message] of bad) {
    await fileInput(page).setInputFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer });
    const alert = page.getByRole('alert');
    await expect(alert, name).toContainText(message);
    await expect(alert, name).toContainText('Nothing new was read; the records and figures below are the ones from before.');
    await expect(figureHeading(page, 'Change lead time'), name).toBeVisible();
    await expect(page.getByText(/In use: “sample-deployments\.csv”/)).toBeVisible();
  }
});

test('“Use in the loop check” opens the check with the DORA answers filled in and scored on the same scale', async ({ page }) => {
  await openMeasure(page);
  await trySample(page);
  const link = page.getByRole('link', { name: 'Use in the loop check' });
  await expect(link).toHaveAttribute('href', /\/check\?v=\d+&a=0+&d=[1-6]\.[1-6]\.\d{1,3}\.[1-6]\.\d{1,3}$/);
  const measured = await page.getByRole('table', { name: /Scores from 0 to 10/ }).getByRole('row', { name: /^Change lead time/ }).textContent();
  await link.click();
  await waitForHydration(page);
  await expect(page).toHaveURL(/\/check\?v=\d+&a=0+&d=/);
  const checked = page.getByRole('table', { name: /Scores from 0 to 10/ }).getByRole('row', { name: /^Change lead time/ });
  await expect(checked).toHaveText(measured ?? 'missing');
});

test('the CSV export has one row per service and all services, with a formula in a service name escaped', async ({ page }) => {
  await openMeasure(page);
  await fileInput(page).setInputFiles({
    name: 'deploys.csv',
    mimeType: 'text/csv',
    buffer: csv('id,finished_at,service', 'd1,2025-03-03T10:00:00Z,=HYPERLINK("http://x")', 'd2,2025-03-04T10:00:00+01:00,shop'),
  });
  await expect(figureHeading(page, 'Deployment frequency')).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download figures per service (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('dora-figures.csv');
  const rows = readFileSync((await download.path()) ?? '', 'utf8').trim().split('\r\n');
  expect(rows[0]?.split(',').slice(0, 4)).toEqual(['service', 'from', 'to', 'lead_time_median_hours']);
  expect(rows.map((row) => row.split(',')[0])).toEqual(['service', '(all services)', `"'=HYPERLINK(""http://x"")"`, 'shop']);
});

test('axe finds nothing with figures shown, in light and dark', async ({ page }) => {
  await openMeasure(page);
  await trySample(page);
  for (const scheme of ['light', 'dark'] as const) {
    await showColorScheme(page, scheme);
    expect(await axeViolations(page), scheme).toEqual([]);
  }
});

test('at 320 px the figures fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openMeasure(page);
  await trySample(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a keyboard alone loads the sample, picks a service and reaches the link to the check', async ({ page }) => {
  await openMeasure(page);
  await tabUntil(page, (focused) => focused.name === 'Try it with sample records');
  await page.keyboard.press('Enter');
  await expect(figureHeading(page, 'Change lead time')).toBeVisible({ timeout: 20_000 });
  await tabUntil(page, (focused) => focused.role === 'select' && focused.name.startsWith('checkout'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue('search');
  await tabUntil(page, (focused) => focused.name === 'Use in the loop check', { max: 200 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/check\?v=\d+&a=0+&d=/);
});
