// Taking the loop elsewhere: role guides, drawings to download, the print view, Markdown copies,
// llms.txt, the CSV and the JSON Schema, each checked against the data module.
import { parse } from 'papaparse';
import { expect, test } from '@playwright/test';
import {
  feedbackArcs,
  loopImagePath,
  markdownPath,
  doraTable,
  getMeasure,
  pagePaths,
  paths,
  personLabel,
  personText,
  PHASE_IDS,
  phaseLabel,
  phasePath,
  phases,
  presentMeasure,
  rolePath,
  spaceDimensions,
} from '../src/data';
import { getRoleGroup, involvementOf, roleGroups } from '../src/data/roles';
import { loopDiagram, rel, waitForHydration } from './support';

test('a reader finds their role from the home page, and its guide is their own page: phases, metrics, arcs, what to try', async ({ page }) => {
  await page.goto(rel(paths.home));
  await waitForHydration(page);
  const group = getRoleGroup('product-management');
  await page.getByRole('region', { name: 'Where to start' }).getByRole('link', { name: group.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(group.name);
  const involved = involvementOf(group.id);
  await expect(loopDiagram(page).getByRole('link', { name: /Your role, phase/ })).toHaveCount(involved.length);
  const where = page.getByRole('region', { name: 'Where you work on the loop' });
  for (const { phase, people } of involved) {
    await expect(where.getByRole('listitem').filter({ hasText: phaseLabel(phase) })).toContainText(people.map(personText).join(', '));
    await expect(where.getByRole('link', { name: phaseLabel(phase), exact: true })).toHaveAttribute('href', new RegExp(`${phasePath(phase.id)}$`));
  }
  // Product managers own change lead time, among others: its guide is one click away.
  const metrics = page.getByRole('region', { name: 'The metrics you own' });
  await expect(metrics.getByRole('link', { name: 'Change lead time' })).toHaveAttribute('href', /\/docs\/metrics\/dora-change-lead-time$/);
  const arcs = page.getByRole('region', { name: 'The feedback arcs you close' });
  await expect(arcs.getByRole('link', { name: '⑥ → ② Learnings reshape priorities' })).toHaveAttribute('href', /\/docs\/feedback-arcs#learn-to-shape$/);
  const tryFirst = page.getByRole('list', { name: `What to try first: ${group.name}` });
  await expect(tryFirst.getByRole('listitem')).toHaveCount(3);
  await expect(tryFirst.getByRole('link', { name: 'User-centric focus' }).first()).toHaveAttribute('href', 'https://dora.dev/capabilities/user-centric-focus/');
  const asks = page.getByRole('region', { name: 'What the loop check asks you' });
  await expect(asks.getByRole('link', { name: 'loop check', exact: true })).toHaveAttribute('href', /\/check$/);
  // The check's own words, numbered as on /check, under the phase they rate.
  const shape = asks.getByRole('listitem').filter({ has: page.getByRole('link', { name: '② Shape', exact: true }) });
  await expect(shape.getByRole('listitem')).toHaveText([
    '“Requirements are clear before work on them starts.”',
    '“Developers start from tickets clear enough that they need not fill gaps with assumptions.”',
    '“Priorities are set by a strategic framework, not by the loudest voice.”',
  ]);
  await expect(shape.getByRole('listitem').first()).toHaveAttribute('value', '4');
});

test('the role guides page lists every group with its guide', async ({ page }) => {
  await page.goto(rel(paths.roles));
  await waitForHydration(page);
  for (const group of roleGroups) {
    await expect(page.getByRole('main').getByRole('link', { name: group.name, exact: true })).toHaveAttribute('href', new RegExp(`${rolePath(group.id)}$`));
  }
});

test('the drawings to download are the page diagram’s paths, with real text, a title and a description', async ({ page, request }) => {
  await page.goto(rel(paths.embed));
  await waitForHydration(page);
  const table = page.getByRole('table', { name: /The loop to download/ });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: /Light background, PNG/ })).toContainText(/\d+ × \d+ px/);
  await expect(table.getByRole('row', { name: /Dark background, SVG/ })).toContainText(/\d+\.\d KB/);

  // The paths the home page's diagram draws.
  await page.goto(rel(paths.home));
  await waitForHydration(page);
  const drawn = await loopDiagram(page).locator('path[d]').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));

  for (const mode of ['light', 'dark'] as const) {
    const svg = await (await request.get(rel(loopImagePath(mode, 'svg')))).text();
    const doc = await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: parsed.querySelector('parsererror') !== null,
        title: parsed.querySelector('svg > title')?.textContent,
        desc: parsed.querySelector('svg > desc')?.textContent,
        phases: Array.from(parsed.querySelectorAll('g.phase'), (g) => g.getAttribute('data-phase')),
        dashed: Array.from(parsed.querySelectorAll('path.feedback-arc[stroke-dasharray]'), (p) => p.getAttribute('d')),
        solid: Array.from(parsed.querySelectorAll('path.forward-arc'), (p) => p.getAttribute('d')),
        texts: Array.from(parsed.querySelectorAll('text'), (t) => t.textContent).join(' '),
      };
    }, svg);
    expect(doc.error).toBe(false);
    expect(doc.title).toBe('The Value Delivery Loop');
    expect(doc.desc).toContain(phaseLabel(phases[0]!));
    // A file on a slide has no links: its description must not say the phases are links.
    expect(doc.desc).not.toContain('link');
    expect(doc.phases).toEqual([...PHASE_IDS]);
    expect(doc.dashed).toHaveLength(feedbackArcs.length);
    for (const d of [...doc.solid, ...doc.dashed]) expect(drawn).toContain(d);
    for (const phase of phases) expect(doc.texts).toContain(phase.shortName);
    const png = await request.get(rel(loopImagePath(mode, 'png')));
    expect(png.headers()['content-type']).toBe('image/png');
  }
});

test('the print view holds the six phase guides in loop order, each on a new page when printed', async ({ page }) => {
  await page.goto(rel(paths.printGuide));
  await waitForHydration(page);
  const guides = phases.map((phase) => page.getByRole('region', { name: phaseLabel(phase), exact: true }));
  const tops: number[] = [];
  for (const [i, guide] of guides.entries()) {
    for (const mode of phases[i]?.failureModes ?? []) await expect(guide).toContainText(mode.text);
    tops.push((await guide.boundingBox())?.y ?? -1);
  }
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  const ids = await page.evaluate(() => Array.from(document.querySelectorAll('[id]'), (el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids repeated across the guides').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  for (const guide of guides) expect(await guide.evaluate((section) => getComputedStyle(section).breakBefore)).toBe('page');
});

test('llms.txt lists every page with its Markdown copy, and llms-full.txt holds them all', async ({ request }) => {
  const text = await (await request.get(rel(paths.llms))).text();
  expect(text).toMatch(/^# The Value Delivery Loop\n\n> /);
  const listed = [...text.matchAll(/^- \[[^\]]+\]\(([^)]+)\): \S/gm)].map((m) => new URL(m[1] ?? '').pathname);
  for (const pagePath of pagePaths) expect(listed.some((p) => p.endsWith(markdownPath(pagePath)))).toBe(true);
  for (const pagePath of pagePaths) {
    const copy = await request.get(rel(markdownPath(pagePath)));
    expect(copy.status(), markdownPath(pagePath)).toBe(200);
    expect(copy.headers()['content-type']).toContain('text/markdown');
  }
  const full = await (await request.get(rel(paths.llmsFull))).text();
  const order = phases.map((p) => full.indexOf(`# ${phaseLabel(p)}\n`));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('a Markdown copy carries the page’s facts: the SPACE matrix and DORA table as tables, a phase’s failure modes and roles', async ({ request }) => {
  const space = await (await request.get(rel(markdownPath('/docs/frameworks/space')))).text();
  for (const view of spaceDimensions.map(presentMeasure)) {
    const cells = view.perPhase.map((entry) => entry.label ?? '');
    // The dimension's name may link to its guide.
    const name = `(?:${view.title}|\\[${view.title}\\]\\([^)]*\\))`;
    expect(space).toMatch(new RegExp(`\\| ${name} +\\| ${cells.map((c) => `${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +`).join('\\| ')}\\|`));
  }
  // The DORA table: each metric's row names its phases in loop order, as the data module maps them.
  const dora = await (await request.get(rel(markdownPath('/docs/frameworks/dora')))).text();
  for (const view of doraTable.map((row) => presentMeasure(getMeasure(row.metric)))) {
    const row = dora.split('\n').find((line) => line.startsWith(`| ${view.title} — `));
    expect(row, view.title).toBeDefined();
    expect(row).toContain(`| ${view.phases.map((id) => phaseLabel(phases.find((p) => p.id === id)!)).join('; ')} `);
  }
  const verify = phases.find((p) => p.id === 'verify')!;
  const copy = await (await request.get(rel(markdownPath(phasePath('verify'))))).text();
  expect(copy).toMatch(/^# ④ Verify & Integrate\n/);
  for (const mode of verify.failureModes) expect(copy).toContain(`- ${mode.text}`);
  for (const person of verify.people) expect(copy).toContain(`- ${personLabel(person)}`);
  // The loop is described in words on the overview; a phase's copy points there.
  expect(copy).toContain('(Diagram) The Value Delivery Loop, described in words on [the overview](');
  expect(copy).not.toContain('<svg');
  const overview = await (await request.get(rel(markdownPath(paths.overview)))).text();
  expect(overview).toContain('(Diagram) The Value Delivery Loop: A loop of six phases, each linking to its page: ① Discover & Strategize,');
  // What to click is for the page: the copy keeps the caption, not the hint.
  expect(copy).toContain(`You are at ${phaseLabel(verify)}.`);
  expect(copy).not.toContain('Select another phase');
  // The home page's three buttons stay three links apart.
  const home = await (await request.get(rel(markdownPath(paths.home)))).text();
  expect(home).not.toMatch(/\]\([^)]*\)\[/);
});

test('the embed page shows how to fetch every data file, and each address it gives works', async ({ page, request }) => {
  await page.goto(rel(paths.embed));
  const block = page.locator('.theme-code-block').filter({ hasText: 'curl -O' });
  const urls = (await block.locator('pre').innerText()).split('\n').map((line) => line.replace(/^curl -O /, '').trim()).filter(Boolean);
  const files = [paths.publishedModel, paths.modelSchema, paths.mappingCsv, paths.llms, paths.llmsFull, markdownPath(phasePath('verify'))];
  const basePath = new URL(page.url()).pathname.replace(/\/docs\/embed$/, '');
  expect(urls.map((url) => new URL(url).pathname)).toEqual(files.map((file) => `${basePath}${file}`));
  for (const file of files) expect((await request.get(rel(file))).status(), file).toBe(200);
});

test('the CSV has one row per measure or SPACE cell and phase, as the data module maps them', async ({ request }) => {
  const response = await request.get(rel(paths.mappingCsv));
  expect(response.headers()['content-type']).toContain('text/csv');
  const [header, ...rows] = parse<string[]>((await response.text()).trim()).data;
  expect(header).toEqual(['framework', 'metric_id', 'metric', 'phase_id', 'phase', 'model_label', 'model_note', 'definition', 'definition_source', 'guide']);
  // Eleven DORA rows (the seed's table), thirty SPACE cells, six ESSP zone rows; nothing for unmapped measures.
  expect(rows).toHaveLength(47);
  expect(rows.filter((row) => row[1] === 'dora-deployment-rework-rate')).toEqual([]);
  const cycleTime = rows.find((row) => row[1] === 'space-efficiency' && row[3] === 'build');
  expect(cycleTime?.[5]).toBe('Cycle time');
});
