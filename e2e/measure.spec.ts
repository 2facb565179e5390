import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../src/data';
import { axeViolations, collectErrors, rel, showColorScheme, tabUntil, waitForHydration } from './support';

/*
 * /measure in Chromium: the sample to figures (computed in the page's Web Worker), each bad file with its
 * message, the link into the loop check, the CSV export, no request leaving the page, axe in light and
 * dark, 320 px and the keyboard. Files are handed to the file input as buffers, as a reader's chosen
 * files are, or dropped on the drop zone in a DataTransfer made in the page, as a pointer's drop is.
 */

const csv = (...rows: string[]): Buffer => Buffer.from(rows.join('\n') + '\n');
const fileInput = (page: Page) => page.getByLabel(/Choose record files/);
const figureHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 3, exact: true });

/** A file to drop: its text, or its bytes. */
interface DropFile {
  name: string;
  type: string;
  text?: string;
  bytes?: number[];
}

/** A DataTransfer holding these files, made in the page. */
const filesTransfer = (page: Page, files: readonly DropFile[]) =>
  page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.bytes === undefined ? (file.text ?? '') : new Uint8Array(file.bytes)], file.name, { type: file.type }));
    return data;
  }, files);

/** The drop zone, by the words a reader aims the files at. */
const dropZone = (page: Page) => page.getByText('Choose record files (CSV or JSON; several at once), or drop them here');

/** Drags files over the drop zone and drops them there, with the events a pointer's drop fires. */
async function dropFiles(page: Page, files: readonly DropFile[]): Promise<void> {
  const dataTransfer = await filesTransfer(page, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await dropZone(page).dispatchEvent(type, { dataTransfer });
}

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

// A fortnight of one service, 3 to 16 March 2025, with its figures worked out by hand:
// - lead times d1−c1 5 h, d2−c2 2 h, d3−c3 30 h, d4−c4 5 h (06:00+01:00 is 05:00 UTC): median 5.0 hours; the
//   90th percentile by nearest rank is the ⌈0.9 × 4⌉ = 4th of 2, 5, 5, 30: 30.0 hours;
// - 4 deployments over the 14 days from 3 March to 16 March inclusive: 2.0 per week, 0.29 (0.3) per day;
// - i1 was caused by d2: 1 of 4 deployments, 25.0 %; i2 names no cause, so recovery time rests on i1 alone:
//   12:00 to 15:00, 3.0 hours; d3 is unplanned: 1 of 4, 25.0 % rework.
const FORTNIGHT: DropFile[] = [
  {
    name: 'deployments.csv',
    type: 'text/csv',
    text: lines(
      'id,finished_at,service,changes,unplanned',
      'd1,2025-03-03T10:00:00Z,shop,c1,false',
      'd2,2025-03-05T10:00:00Z,shop,c2,false',
      'd3,2025-03-10T10:00:00Z,shop,c3,true',
      'd4,2025-03-16T10:00:00Z,shop,c4,false',
    ),
  },
  {
    name: 'changes.csv',
    type: 'text/csv',
    text: lines('id,committed_at,service', 'c1,2025-03-03T05:00:00Z,shop', 'c2,2025-03-05T08:00:00Z,shop', 'c3,2025-03-09T04:00:00Z,shop', 'c4,2025-03-16T06:00:00+01:00,shop'),
  },
  {
    name: 'incidents.csv',
    type: 'text/csv',
    text: lines('id,started_at,resolved_at,service,caused_by', 'i1,2025-03-05T12:00:00Z,2025-03-05T15:00:00Z,shop,d2', 'i2,2025-03-11T09:00:00Z,2025-03-11T09:30:00Z,shop,'),
  },
];

const figureCard = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

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

test('three files dropped at once give the figures worked out by hand', async ({ page }) => {
  const errors = collectErrors(page);
  await openMeasure(page);
  const dataTransfer = await filesTransfer(page, FORTNIGHT);
  await dropZone(page).dispatchEvent('dragenter', { dataTransfer });
  await dropZone(page).dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Release to read the files.')).toBeVisible();
  await dropZone(page).dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Release to read the files.')).toHaveCount(0);
  await expect(figureHeading(page, 'Change lead time')).toBeVisible({ timeout: 20_000 });
  for (const [name, records] of [['deployments', 4], ['changes', 4], ['incidents', 2]] as const) {
    await expect(page.getByText(`Read “${name}.csv” as ${name}: ${records} records.`)).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue('shop');
  await expect(figureCard(page, 'Change lead time')).toContainText('Median 5.0 hours (90th percentile 30.0 hours)');
  await expect(figureCard(page, 'Deployment frequency')).toContainText('2.0 per week (0.3 per day)');
  await expect(figureCard(page, 'Deployment frequency')).toContainText('Rests on 4 deployments over 14 days.');
  await expect(figureCard(page, 'Change fail rate')).toContainText('25.0 % (1 caused an incident)');
  await expect(figureCard(page, 'Failed deployment recovery time')).toContainText('Median 3.0 hours');
  await expect(figureCard(page, 'Failed deployment recovery time')).toContainText('Rests on 1 incident.');
  await expect(figureCard(page, 'Deployment rework rate')).toContainText('25.0 % (1 unplanned)');
  expect(errors).toEqual([]);
});

test('a dropped binary or wrong file is named, and the figures from before stay', async ({ page }) => {
  await openMeasure(page);
  await dropFiles(page, FORTNIGHT);
  await expect(figureCard(page, 'Change fail rate')).toContainText('25.0 % (1 caused an incident)', { timeout: 20_000 });
  const bad: [DropFile, string][] = [
    [{ name: 'deployments.png', type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d] }, '“deployments.png” is not a text file (it holds binary data), so it was not read.'],
    [{ name: 'shape.json', type: 'application/json', text: '{"deployments": []}' }, 'shape.json holds an object; it should hold a list of records, one object per record: [{"id": …}, …].'],
  ];
  for (const [file, message] of bad) {
    await dropFiles(page, [file]);
    const alert = page.getByRole('alert');
    await expect(alert, file.name).toContainText(message);
    await expect(alert, file.name).toContainText('Nothing new was read; the records and figures below are the ones from before.');
    await expect(figureCard(page, 'Change fail rate'), file.name).toContainText('25.0 % (1 caused an incident)');
    await expect(figureCard(page, 'Deployment frequency'), file.name).toContainText('2.0 per week (0.3 per day)');
    await expect(page.getByText(/In use: “deployments\.csv”/)).toBeVisible();
  }
});

test('files dragged beside the drop zone are refused, so they cannot open in the tab in place of the page', async ({ page }) => {
  await openMeasure(page);
  const dataTransfer = await filesTransfer(page, FORTNIGHT);
  // What the page's handlers do with a drag of files over the paste box, beside the zone.
  const beside = await page.getByRole('textbox', { name: /Or paste CSV text/ }).evaluate((box, data) => {
    const fire = (type: string) => {
      data.dropEffect = 'copy';
      const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
      box.dispatchEvent(event);
      return { cancelled: event.defaultPrevented, dropEffect: data.dropEffect };
    };
    return { dragover: fire('dragover'), drop: fire('drop') };
  }, dataTransfer);
  // A cancelled dragover with the effect "none" refuses the drag; a cancelled drop opens nothing.
  expect(beside).toEqual({ dragover: { cancelled: true, dropEffect: 'none' }, drop: { cancelled: true, dropEffect: 'none' } });
  await expect(page.getByText('Load records, or try the sample, to see the figures here.')).toBeVisible();
  await expect(page.getByText(/^Read “/)).toHaveCount(0);
  // Over the zone, the pointer moving onto the file input inside keeps “Release to read the files”; leaving the zone hides it.
  await dropZone(page).dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Release to read the files.')).toBeVisible();
  const leave = (to: 'input' | 'outside') =>
    dropZone(page).evaluate(
      (label, [data, where]) => {
        const zone = label.parentElement as HTMLElement;
        const relatedTarget = where === 'input' ? zone.querySelector('input') : document.querySelector('h1');
        label.dispatchEvent(new DragEvent('dragleave', { bubbles: true, dataTransfer: data, relatedTarget }));
      },
      [dataTransfer, to] as const,
    );
  await leave('input');
  await expect(page.getByText('Release to read the files.')).toBeVisible();
  await leave('outside');
  await expect(page.getByText('Release to read the files.')).toHaveCount(0);
});

test('dragged text is not taken by the drop zone: the drag is not accepted, nothing is read and nothing is said', async ({ page }) => {
  await openMeasure(page);
  const accepted = await dropZone(page).evaluate((zone) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'id,finished_at');
    // A browser drops only where dragover was cancelled; not cancelling it refuses the drag.
    return !zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
  });
  expect(accepted).toBe(false);
  await expect(page.getByText('Release to read the files.')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Load records, or try the sample, to see the figures here.')).toBeVisible();
});
