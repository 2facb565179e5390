import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../src/data';
import { checkStatements } from '../src/data/check';
import { axeViolations, collectErrors, COLOUR_RULES, loopDiagram, rel, showColorScheme, waitForHydration } from './support';

/*
 * The check's link format, written out: `?v=` the statement list's version, `a=` one character per
 * statement in list order ("1"–"5" agreement, "x" don't know, "0" not answered), `d=` DORA's five
 * figures in DORA's order, dot-separated (a range's place from 1 = slowest, a percentage, "x", or empty).
 *
 * The sample: statement 1 "Don't know", ③ Build's three (7–9) "Disagree", the last (③ → ②) "Strongly
 * disagree", everything else "Agree"; lead time "Between one day and one week" (4), deployment
 * frequency on demand (6), change fail rate 10 %, recovery time not given, rework rate "I don't know".
 */
const SAMPLE_ANSWERS = 'x4444422244444444444444441';
const SAMPLE_SEARCH = `?v=2&a=${SAMPLE_ANSWERS}&d=4.6.10..x`;
const sampleLink = (): string => `${rel(paths.check)}${SAMPLE_SEARCH}`;
/** Where the history keeps each saved check, written out: a new prefix would lose every saved check. */
const STORAGE_PREFIX = 'value-delivery-loop:check:';
const status = (page: Page) => page.getByRole('region', { name: 'Your result' }).getByRole('status');

async function openCheck(page: Page, link = rel(paths.check)): Promise<void> {
  await page.goto(link);
  await waitForHydration(page);
}

test('a reader answers by keyboard and sees the result at once, on the loop and in words', async ({ page }) => {
  const errors = collectErrors(page);
  await openCheck(page);
  await expect(status(page)).toHaveText('Rate a statement to see your loop’s scores.');
  // The first statement's group: Tab reaches its first radio, the arrow keys choose.
  await page.getByRole('link', { name: 'Skip to your result' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Strongly disagree' }).first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Agree', exact: true }).first()).toBeChecked();
  // Tab moves to the next statement; Space picks its first choice.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/check\?v=2&a=42/);
  await expect(status(page)).toHaveText(/^2 of 26 statements rated\. Weakest: ① Discover & Strategize, 3\.0 of 5, Shaky\.$/);
  await expect(loopDiagram(page).getByRole('link', { name: /^① Discover & Strategize 3\.0 Shaky, phase 1 of 6, the weakest phase$/ })).toBeVisible();
  await expect(loopDiagram(page).getByRole('link', { name: /^② Shape & Prioritize No score, phase 2 of 6$/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a shared link reopens the same result in a fresh browser, with what to try first and the metrics to watch', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await openCheck(page, sampleLink());
  await expect(status(page)).toContainText('25 of 26 statements rated.');
  await expect(status(page)).toContainText('Weakest: ③ Build & Collaborate, 2.0 of 5, Stuck; ③ → ② Scope questions feed back to shape, 2.5 of 5, Shaky.');
  const phase = page.getByRole('region', { name: /Weakest phase: ③ Build & Collaborate/ });
  await expect(phase.getByRole('link', { name: 'Read the Build guide' })).toHaveAttribute('href', /\/docs\/phases\/build$/);
  // ③'s three statements were all rated "Disagree": each is listed with its practices.
  await expect(phase.getByRole('list', { name: 'Your lowest-rated statements here' }).locator(':scope > li')).toHaveCount(3);
  await expect(phase.getByRole('list', { name: 'What to try: Our code reviews catch logic errors, not only style issues.' }).getByRole('link', { name: 'Trunk-based development' })).toHaveAttribute(
    'href',
    'https://dora.dev/capabilities/trunk-based-development/',
  );
  const metrics = phase.getByRole('list', { name: 'Metrics to watch: ③ Build & Collaborate' }).getByRole('link');
  await expect(metrics).toHaveText(['Change lead time', 'Deployment frequency']);
  await expect(metrics.first()).toHaveAttribute('href', /\/docs\/metrics\/dora-change-lead-time$/);
  const arc = page.getByRole('region', { name: /Weakest feedback arc: ③ → ② Scope questions feed back to shape/ });
  await expect(arc).toContainText('Slack thread');
  await expect(page.getByRole('region', { name: 'Your DORA figures' })).toContainText('Change lead time: Between one day and one week.');
  await expect(page.getByRole('link', { name: 'DORA Quick Check' }).first()).toHaveAttribute('href', 'https://dora.dev/quickcheck/');
  // The link under the result is the address itself.
  expect(await page.getByRole('textbox', { name: 'Link to this result' }).inputValue()).toBe(page.url());
  const shared = page.url();
  await context.close();

  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await again.goto(shared);
  await waitForHydration(again);
  await expect(status(again)).toContainText('Weakest: ③ Build & Collaborate, 2.0 of 5, Stuck');
  await expect(again.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Don’t know' })).toBeChecked();
  await expect(again.getByRole('group', { name: /^2\. / }).getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
  await fresh.close();
});

test('with answers the result passes axe in light and dark mode', async ({ page }) => {
  await openCheck(page, sampleLink());
  await expect(status(page)).toContainText('25 of 26');
  expect(await axeViolations(page)).toEqual([]);
  await showColorScheme(page, 'dark');
  expect(await axeViolations(page, { rules: COLOUR_RULES })).toEqual([]);
});

test('a bad link is named, and the check starts blank instead of half filled', async ({ page }) => {
  const errors = collectErrors(page);
  const cases: [string, RegExp][] = [
    ['?v=1&a=x444442224', /incomplete or damaged/],
    ['?v=1&a=94444422244444444444444441', /incomplete or damaged/],
    [`?v=7&a=${SAMPLE_ANSWERS}`, /version 7 of the check's statements/],
    [`?v=1&a=${SAMPLE_ANSWERS}&x=${'<script>'.repeat(1250)}`, /far longer than a loop check link/],
  ];
  for (const [search, message] of cases) {
    await openCheck(page, `${rel(paths.check)}${search}`);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('alert')).toContainText('The check below is blank.');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(status(page)).toHaveText('Rate a statement to see your loop’s scores.');
  }
  expect(errors).toEqual([]);
});

test('saving keeps the check in this browser, where a reload finds it; a damaged entry is skipped and kept', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, '{"id": "broken"');
  }, `${STORAGE_PREFIX}broken`);
  await openCheck(page, sampleLink());
  const history = page.getByRole('region', { name: 'Your saved checks' });
  await expect(history.getByText('One saved check could not be read')).toBeVisible();
  await history.getByRole('textbox', { name: /Team name/ }).fill('<img src=x data-injected onerror=alert(1)>');
  await history.getByRole('button', { name: 'Save this check' }).click();
  await expect(history.getByRole('status')).toHaveText('Saved in this browser.');
  await page.reload();
  await waitForHydration(page);
  const table = history.getByRole('table', { name: /Your saved checks/ });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('rowheader')).toContainText('<img src=x data-injected onerror=alert(1)>');
  await expect(page.locator('[data-injected]')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), `${STORAGE_PREFIX}broken`)).toBe('{"id": "broken"');
});

test('a saved check’s Open link brings its answers back into the form, and Back and Forward move between them', async ({ page }) => {
  const errors = collectErrors(page);
  await openCheck(page, sampleLink());
  const history = page.getByRole('region', { name: 'Your saved checks' });
  await history.getByRole('button', { name: 'Save this check' }).click();
  await expect(history.getByRole('status')).toHaveText('Saved in this browser.');
  // The reader changes an answer: the first statement, "Don't know" in the saved check.
  const first = page.getByRole('group', { name: /^1\. / });
  await first.getByRole('radio', { name: 'Strongly agree' }).check();
  await expect(status(page)).toContainText('26 of 26 statements rated.');
  const changed = page.url();

  await history.getByRole('link', { name: 'Open' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe(SAMPLE_SEARCH);
  await expect(first.getByRole('radio', { name: 'Don’t know' })).toBeChecked();
  await expect(status(page)).toContainText('25 of 26 statements rated.');

  await page.goBack();
  await expect(page).toHaveURL(changed);
  await expect(first.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
  await expect(status(page)).toContainText('26 of 26 statements rated.');
  await page.goForward();
  await expect(first.getByRole('radio', { name: 'Don’t know' })).toBeChecked();
  await expect(status(page)).toContainText('25 of 26 statements rated.');
  expect(errors).toEqual([]);
});

test('a DORA rate it cannot count stays on screen with a reason, and the link leaves it out', async ({ page }) => {
  await openCheck(page, sampleLink());
  const rate = page.getByRole('textbox', { name: 'Change fail rate (percent)' });
  await expect(rate).toHaveValue('10');
  await rate.fill('150');
  await expect(rate).toHaveValue('150');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(rate).toHaveAccessibleDescription(/Give a whole number from 0 to 100; “150” is not counted\./);
  await expect(page.getByRole('region', { name: 'Your DORA figures' })).not.toContainText('Change fail rate:');
  await rate.fill('12');
  await expect(rate).not.toHaveAttribute('aria-invalid');
  await expect(page.getByRole('region', { name: 'Your DORA figures' })).toContainText('Change fail rate: 12 %.');
});

test('a full storage refuses the save with a message, and what was saved stays', async ({ page }) => {
  await openCheck(page, sampleLink());
  const history = page.getByRole('region', { name: 'Your saved checks' });
  await history.getByRole('button', { name: 'Save this check' }).click();
  await expect(history.getByRole('table', { name: /Your saved checks/ }).getByRole('row')).toHaveCount(2);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await history.getByRole('button', { name: 'Save this check' }).click();
  await expect(history.getByRole('status')).toHaveText(/storage for this site is full.*Nothing you had saved was changed/);
  await expect(history.getByRole('table', { name: /Your saved checks/ }).getByRole('row')).toHaveCount(2);
});

test('the history exports as JSON and CSV, and a JSON export imports into another browser; a wrong file changes nothing', async ({ page, browser, baseURL }, testInfo) => {
  await openCheck(page, sampleLink());
  const history = page.getByRole('region', { name: 'Your saved checks' });
  await history.getByRole('textbox', { name: /Team name/ }).fill('=HYPERLINK("https://example.com")');
  await history.getByRole('button', { name: 'Save this check' }).click();
  const [json] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export as JSON' }).click()]);
  const jsonFile = testInfo.outputPath('loop-checks.json');
  await json.saveAs(jsonFile);
  expect(JSON.parse(readFileSync(jsonFile, 'utf8')).checks).toHaveLength(1);
  const [csv] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export as CSV' }).click()]);
  const csvFile = testInfo.outputPath('loop-checks.csv');
  await csv.saveAs(csvFile);
  const [header, row] = readFileSync(csvFile, 'utf8').trim().split(/\r?\n/);
  expect(header).toMatch(/^Saved,Team,① Discover & Strategize,/);
  // A spreadsheet opening the file sees the team name as text, not as a formula.
  expect(row).toContain(`,"'=HYPERLINK(""https://example.com"")",4.0,4.0,2.0,`);

  const other = await browser.newContext({ baseURL });
  const page2 = await other.newPage();
  await openCheck(page2);
  const history2 = page2.getByRole('region', { name: 'Your saved checks' });
  const chooser = page2.waitForEvent('filechooser');
  const notAnExport = testInfo.outputPath('notes.json');
  writeFileSync(notAnExport, '{"hello": "team"}');
  await history2.getByRole('button', { name: 'Import a JSON export' }).click();
  await (await chooser).setFiles(notAnExport);
  await expect(history2.getByRole('status')).toHaveText('This file is not a loop check history export. Your saved checks were not changed.');
  const huge = testInfo.outputPath('huge.json');
  writeFileSync(huge, `{"pad": "${'x'.repeat(1_100_000)}"}`);
  const chooser2 = page2.waitForEvent('filechooser');
  await history2.getByRole('button', { name: 'Import a JSON export' }).click();
  await (await chooser2).setFiles(huge);
  await expect(history2.getByRole('status')).toHaveText(/larger than 1 MB/);
  await expect(history2.getByText('No check is saved in this browser yet.')).toBeVisible();
  const chooser3 = page2.waitForEvent('filechooser');
  await history2.getByRole('button', { name: 'Import a JSON export' }).click();
  await (await chooser3).setFiles(jsonFile);
  await expect(history2.getByRole('status')).toHaveText('Imported 1 new check; 0 were already saved.');
  await expect(history2.getByRole('table', { name: /Your saved checks/ }).getByRole('rowheader')).toContainText('=HYPERLINK("https://example.com")');
  // Delete all asks first.
  await history2.getByRole('button', { name: 'Delete all' }).click();
  await history2.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(history2.getByText('No check is saved in this browser yet.')).toBeVisible();
  await other.close();
});

test('a team merges its members’ links: the median per phase and arc, where they disagree first, bad lines named', async ({ page }) => {
  await openCheck(page);
  // One member answers "Disagree" throughout; the other "Strongly agree" to statement 1 and "Neither" to the rest.
  const check = new URL(`${rel(paths.check)}`, page.url()).href;
  const links = [`${check}?v=2&a=22222222222222222222222222`, 'thanks all', `${check}?v=2&a=53333333333333333333333333`];
  const team = page.getByRole('region', { name: 'Run it as a team' });
  await team.getByRole('textbox', { name: /Team members’ result links/ }).fill(links.join('\n'));
  await expect(team.getByRole('status')).toHaveText('2 members merged, 1 line left out.');
  await expect(team.getByRole('list', { name: 'Lines left out' })).toHaveText('Line 2: This is not a loop check link.');
  const scores = team.getByRole('table', { name: /The team’s median score/ });
  await expect(scores.getByRole('row', { name: /③ Build & Collaborate/ })).toContainText('2.5 of 5, Shaky');
  const first = team.getByRole('listitem').filter({ hasText: checkStatements[0]?.text ?? '' });
  await expect(first).toContainText('answers from disagree to strongly agree');
  await expect(first.getByRole('link', { name: 'Validate the problem before you build' })).toHaveAttribute('href', 'https://dora.dev/capabilities/customer-feedback/');
});

test('without JavaScript /check is a worksheet of every statement, and says scoring needs JavaScript', async ({ browser, baseURL, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(rel(paths.check));
  for (const statement of checkStatements) await expect(page.getByRole('group', { name: statement.text })).toBeVisible();
  await context.close();
  // Playwright's JavaScript switch leaves the parser treating <noscript> as raw text, so the
  // notice is read from the served page, as a browser without JavaScript gets it.
  const html = await (await request.get(rel(paths.check))).text();
  expect(html).toMatch(/<noscript><p[^>]*>Scoring needs JavaScript\. Without it this page is a worksheet/);
});

/** Printed on A4, the report takes one or two pages (issue #12): a PDF counts its pages in its page tree. */
async function expectTwoPagesAtMost(page: Page): Promise<void> {
  const pdf = await page.pdf({ format: 'A4' });
  const pages = Number(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages, `the report has ${pages} pages`).toBeLessThanOrEqual(2);
}

test('printed, a check with answers is a report: the loop, the bottleneck, the metrics to watch and the date', async ({ page }) => {
  await openCheck(page, sampleLink());
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: 'Loop check statements' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your saved checks' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Run it as a team' })).toBeHidden();
  await expect(loopDiagram(page)).toBeVisible();
  await expect(page.getByRole('region', { name: /Weakest phase/ })).toBeVisible();
  await expect(page.getByText(/^Result of \d{1,2} \w+ \d{4}:/)).toBeVisible();
  await expectTwoPagesAtMost(page);
});

/** ④ Verify answered low: statements 10–12 "Strongly disagree", "Disagree", "Strongly disagree"; all else "Agree". */
const LOW_ON_VERIFY = `?v=2&a=${'4'.repeat(9)}121${'4'.repeat(14)}`;

test('a check answered low on ④ starts with what to try: the lowest statements, their practices linked to their articles, the metrics to watch', async ({ page }) => {
  await openCheck(page, `${rel(paths.check)}${LOW_ON_VERIFY}`);
  const tryFirst = page.getByRole('region', { name: 'What to try first' });
  const phase = tryFirst.getByRole('region', { name: 'Weakest phase: ④ Verify & Integrate' });
  await expect(phase).toContainText('1.3 of 5, Stuck');
  const coverage = phase.getByRole('list', { name: 'What to try: The changes we ship are covered by tests.' });
  await expect(coverage.getByRole('link', { name: 'Test automation' }).first()).toHaveAttribute('href', 'https://dora.dev/capabilities/test-automation/');
  await expect(coverage.getByRole('link', { name: 'Continuous integration' })).toHaveAttribute('href', 'https://dora.dev/capabilities/continuous-integration/');
  await expect(phase.getByRole('group', { name: /^What to try: Our security scans/ })).toContainText('The site knows of no sourced practice for this.');
  const metrics = phase.getByRole('list', { name: 'Metrics to watch: ④ Verify & Integrate' }).getByRole('link');
  await expect(metrics).toHaveText(['Change fail rate', 'Deployment frequency']);
  await metrics.first().click();
  await expect(page).toHaveURL(/\/docs\/metrics\/dora-change-fail-rate$/);
});

test('printed, the report carries what to try first with its practices and sources', async ({ page }) => {
  await openCheck(page, `${rel(paths.check)}${LOW_ON_VERIFY}`);
  await page.emulateMedia({ media: 'print' });
  const phase = page.getByRole('region', { name: 'Weakest phase: ④ Verify & Integrate' });
  await expect(phase).toBeVisible();
  await expect(phase.getByText('Test everything new or changed.')).toBeVisible();
  await expect(phase.getByRole('link', { name: 'Continuous integration' })).toBeVisible();
  await expect(page.getByText(/How the metrics were chosen\./)).toBeVisible();
  await expectTwoPagesAtMost(page);
});

/**
 * The longest report: every statement "Strongly disagree", so the weakest phase (① by the tie rule) lists all three
 * of its statements with every practice, and the weakest arc (⑥ → ②, the most important) both of its own; and all
 * five DORA figures given: lead time and recovery time the slowest answer, deployment frequency the rarest, change
 * fail rate 60 %, rework rate 50 %.
 */
const ALL_STRONGLY_DISAGREE = `?v=2&a=${'1'.repeat(26)}&d=1.1.60.1.50`;

test('printed, the longest report still keeps to two A4 pages and carries everything it must', async ({ page }) => {
  await openCheck(page, `${rel(paths.check)}${ALL_STRONGLY_DISAGREE}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Result of \d{1,2} \w+ \d{4}: 26 of 26 statements rated/)).toBeVisible();
  const phase = page.getByRole('region', { name: 'Weakest phase: ① Discover & Strategize' });
  await expect(phase).toContainText('1.0 of 5, Stuck');
  await expect(phase.getByRole('list', { name: 'Your lowest-rated statements here' }).locator(':scope > li')).toHaveCount(3);
  // Each practice by its name and its source's title, linked.
  await expect(phase.getByText('Validate the problem before you build.')).toBeVisible();
  await expect(phase.getByRole('link', { name: 'Customer feedback' }).first()).toBeVisible();
  await expect(phase.getByRole('list', { name: 'Metrics to watch: ① Discover & Strategize' }).getByRole('link')).toHaveText(['Performance', 'Satisfaction and well-being']);
  const arc = page.getByRole('region', { name: 'Weakest feedback arc: ⑥ → ② Learnings reshape priorities' });
  await expect(arc.getByRole('list', { name: 'Your lowest-rated statements here' }).locator(':scope > li')).toHaveCount(2);
  await expect(arc.getByRole('link', { name: 'Example Error Budget Policy' })).toBeVisible();
  await expect(arc.getByRole('list', { name: 'Metrics to watch: ⑥ → ② Learnings reshape priorities' })).toBeVisible();
  await expect(loopDiagram(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your DORA figures' })).toContainText('Change fail rate: 60 %.');
  await expect(page.getByRole('table', { name: /Scores from 0 to 10/ })).toBeVisible();
  await expectTwoPagesAtMost(page);
});

test('a version-1 link opens with its notice: unchanged answers carried over, reworded ones left blank', async ({ page }) => {
  const errors = collectErrors(page);
  // Version 1: "Agree" to every statement version 2 keeps, "Strongly disagree" to statement 8, which it rewords,
  // and no answer to the other seven it rewords (4, 9, 10, 15, 16, 20, 22).
  await openCheck(page, `${rel(paths.check)}?v=1&a=44404441004444004440404444`);
  const notice = page.getByRole('status', { name: 'Made with an earlier list of statements' });
  await expect(notice).toContainText('This check was made with version 1 of the statements; this site asks version 2.');
  await expect(notice).toContainText('1 answer to reworded statements was left blank: rate it again.');
  await expect(notice.getByRole('listitem')).toHaveText(['8. Code written with an AI assistant’s help turns out correct, not merely plausible.']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(status(page)).toContainText('18 of 26 statements rated.');
  await expect(page.getByRole('group', { name: /^8\. / }).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
  // A tampered version-1 link is still refused whole.
  await openCheck(page, `${rel(paths.check)}?v=1&a=${'4'.repeat(25)}`);
  await expect(page.getByRole('alert')).toContainText('incomplete or damaged');
  expect(errors).toEqual([]);
});
