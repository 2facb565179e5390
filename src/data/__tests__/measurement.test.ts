import { describe, expect, it } from 'vitest';
import { frameworks, type Source } from '../frameworks';
import { DORA_METRIC_IDS, ESSP_METRIC_IDS, GUIDED_MEASURE_IDS, SPACE_DIMENSION_IDS, type GuidedMeasureId } from '../measureIds';
import {
  companionPairs,
  measurementGuides,
  measurementSources,
  relatedMeasures,
  SPACE_LEVELS,
  spaceExamples,
  spaceExamplesCitation,
  spaceUsageAdvice,
  toolVariantsFor,
  tools,
  type Cited,
} from '../measurement';

const SPACE_SUMMARY_URL = 'https://acawiki.org/The_SPACE_of_Developer_Productivity';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isSource = (value: unknown): value is Source =>
  isRecord(value) && typeof value.url === 'string' && typeof value.title === 'string' && typeof value.published === 'string';
const isCited = (value: unknown): value is Cited => isRecord(value) && isSource(value.source) && typeof value.evidence === 'string';

/** Every value of type T reachable from `root`, found by `test`. */
function collect<T>(root: unknown, test: (value: unknown) => value is T): T[] {
  const found: T[] = [];
  const visit = (value: unknown): void => {
    if (test(value)) found.push(value);
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) Object.values(value).forEach(visit);
  };
  visit(root);
  return found;
}

const allData = [
  measurementGuides,
  DORA_METRIC_IDS.map(toolVariantsFor),
  companionPairs,
  spaceExamplesCitation,
  spaceUsageAdvice,
  tools,
];

describe('how to measure', () => {
  it.each(GUIDED_MEASURE_IDS)('%s has measurement data, and every source it cites is an https URL', (id) => {
    const guide = measurementGuides[id];
    expect(guide.howToMeasure.unit, `give ${id} a unit`).not.toBe('');
    expect(guide.howToMeasure.dataSources.length, `name the data a team has for ${id}`).toBeGreaterThan(0);
    const sources = collect(guide, isSource);
    expect(sources.length, `cite a source for ${id}`).toBeGreaterThan(0);
    for (const source of sources) expect(source.url, `${id} cites "${source.title}"`).toMatch(/^https:\/\//);
  });

  it('measures exactly these as durations, each by its median and with a reason not to take the mean', () => {
    const durations = GUIDED_MEASURE_IDS.filter((id) => measurementGuides[id].howToMeasure.kind === 'duration');
    expect(durations).toEqual([
      'dora-change-lead-time',
      'dora-failed-deployment-recovery-time',
      'essp-failed-deployment-recovery-time',
      'essp-lead-time',
    ]);
    for (const id of durations) {
      const { aggregate } = measurementGuides[id].howToMeasure;
      expect(aggregate.statistic, id).toBe('median');
      expect(aggregate.whyNotMean, `say why a mean misleads for ${id}`).toMatch(/mean/);
    }
  });

  it('starts DORA’s lead-time clock at the commit, not at shaping or the first commit of a branch', () => {
    const { howToMeasure } = measurementGuides['dora-change-lead-time'];
    expect(howToMeasure.kind === 'duration' && howToMeasure.clock.start.text).toBe('The change is committed to version control.');
  });

  it('tells DORA’s readers to measure one application or service at a time, citing DORA’s guide', () => {
    for (const id of DORA_METRIC_IDS) {
      const { scope } = measurementGuides[id].howToMeasure;
      expect(scope.text, id).toMatch(/one application or service at a time/);
      expect(scope.source.url, id).toBe('https://dora.dev/guides/dora-metrics/');
    }
  });

  it('says what counts as a failure for change fail rate and recovery time', () => {
    expect(measurementGuides['dora-change-fail-rate'].howToMeasure.failure?.text).toMatch(/degrades service .* needs remediation/);
    expect(measurementGuides['dora-failed-deployment-recovery-time'].howToMeasure.failure?.text).toMatch(/caused by a change/);
  });

  it.each([
    ['essp-flow-state-experience', undefined],
    ['essp-engineering-tooling-satisfaction', undefined],
    ['essp-copilot-satisfaction', 'Only people who hold a Copilot licence.'],
  ] as const)('%s is a 1–5 survey item, reported as a median', (id, respondents) => {
    const { howToMeasure } = measurementGuides[id];
    if (howToMeasure.kind !== 'survey') throw new Error(`${id} should be measured by survey`);
    expect(howToMeasure.survey.scale).toEqual({ min: 1, max: 5 });
    expect(howToMeasure.survey.respondents).toBe(respondents);
    expect(howToMeasure.aggregate.statistic).toBe('median');
    expect(howToMeasure.dataSources).toContain('survey');
  });

  it('gives no scale for the SPACE survey items, since the sources read give none', () => {
    for (const id of SPACE_DIMENSION_IDS) {
      const { howToMeasure } = measurementGuides[id];
      if (howToMeasure.kind === 'dimension' && howToMeasure.survey) expect(howToMeasure.survey.scale, id).toBeNull();
    }
  });

  it('takes PRs merged per developer as a mean, as ESSP names it', () => {
    expect(measurementGuides['essp-prs-merged-per-developer'].howToMeasure.aggregate.statistic).toBe('mean');
  });
});

describe('where tools disagree', () => {
  it.each(DORA_METRIC_IDS)('%s has one row for each of the four tools, each with its https source', (id) => {
    const rows = toolVariantsFor(id);
    expect(rows.map((row) => tools[row.tool].name)).toEqual(['Four Keys', 'DevLake', 'GitLab', 'Middleware']);
    for (const row of rows) expect(row.source.url).toMatch(/^https:\/\//);
  });

  it.each([
    ['dora-change-lead-time', [true, true, true, true]],
    ['dora-deployment-frequency', [true, true, true, true]],
    ['dora-change-fail-rate', [true, true, true, true]],
    ['dora-failed-deployment-recovery-time', [true, true, true, true]],
    ['dora-deployment-rework-rate', [false, false, false, false]],
  ] as const)('%s: which tools compute it', (id, computed) => {
    expect(toolVariantsFor(id).map((row) => row.computed)).toEqual(computed);
  });

  it('shows the tools’ lead-time aggregates: median in three, a weighted mean in Middleware', () => {
    const aggregates = toolVariantsFor('dora-change-lead-time').map((row) => (row.computed ? row.aggregate.split(/[;,]/)[0] : null));
    expect(aggregates).toEqual(['Median', 'Median', 'Median', 'Weighted mean']);
  });

  it('shows GitLab starting the lead-time clock at the merge', () => {
    const gitlab = toolVariantsFor('dora-change-lead-time').find((row) => row.tool === 'gitlab');
    expect(gitlab?.computed && gitlab.clockStart).toMatch(/merged/);
  });

  it('sends ESSP’s four metrics taken from DORA to DORA’s table instead of repeating it', () => {
    const pointers = GUIDED_MEASURE_IDS.flatMap((id) => {
      const target = measurementGuides[id].toolComparisonOn;
      return target ? [[id, target]] : [];
    });
    expect(pointers).toEqual([
      ['essp-change-failure-rate', 'dora-change-fail-rate'],
      ['essp-failed-deployment-recovery-time', 'dora-failed-deployment-recovery-time'],
      ['essp-lead-time', 'dora-change-lead-time'],
      ['essp-deployment-frequency', 'dora-deployment-frequency'],
    ]);
  });
});

describe('sources', () => {
  it('never give one URL two different titles (here or in frameworks.ts)', () => {
    const titles = new Map<string, Set<string>>();
    for (const source of [...collect(allData, isSource), ...frameworks.flatMap((f) => f.sources)]) {
      titles.set(source.url, (titles.get(source.url) ?? new Set()).add(source.title));
    }
    const clashes = [...titles].filter(([, names]) => names.size > 1).map(([url, names]) => `${url}: ${[...names].join(' | ')}`);
    expect(clashes, 'use one title per URL').toEqual([]);
  });

  it('are all listed in measurementSources', () => {
    const listed = new Set(measurementSources.map((s) => s.url));
    const missing = collect(allData, isSource).filter((s) => !listed.has(s.url)).map((s) => s.url);
    expect([...new Set(missing)], 'add these to measurementSources').toEqual([]);
  });

  it('mark what comes from the AcaWiki summary as secondary, and say who reproduced any other secondary fact', () => {
    for (const cited of collect(allData, isCited)) {
      if (cited.source.url === SPACE_SUMMARY_URL) expect(cited.evidence).toBe('secondary');
      else if (cited.evidence === 'secondary') expect(cited.via, `${cited.source.url} needs "via"`).toBeTruthy();
      else expect(cited.evidence).toBe('publisher');
    }
  });
});

describe('pitfalls', () => {
  it.each(GUIDED_MEASURE_IDS)('%s lists its framework’s warnings, each once', (id) => {
    const kinds = measurementGuides[id].pitfalls.map((p) => p.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds).size, `a warning is repeated for ${id}`).toBe(kinds.length);
  });

  it.each(DORA_METRIC_IDS)('%s carries DORA’s warning against targets (Goodhart’s law) from DORA’s guide', (id) => {
    const target = measurementGuides[id].pitfalls.find((p) => p.kind === 'target');
    expect(target?.text).toMatch(/Goodhart’s law/);
    expect(target?.source.url).toBe('https://dora.dev/guides/dora-metrics/');
  });

  it.each(ESSP_METRIC_IDS)('%s carries ESSP’s warning against singling out individuals', (id) => {
    expect(measurementGuides[id].pitfalls.map((p) => p.kind)).toContain('ranking-individuals');
  });

  it('attributes each pitfall to its own framework’s sources only', () => {
    const hostsOf = (ids: readonly GuidedMeasureId[]) =>
      new Set(ids.flatMap((id) => measurementGuides[id].pitfalls.map((p) => new URL(p.source.url).host)));
    expect(hostsOf(DORA_METRIC_IDS)).toEqual(new Set(['dora.dev']));
    expect(hostsOf(ESSP_METRIC_IDS)).toEqual(new Set(['resources.github.com']));
    expect(hostsOf(SPACE_DIMENSION_IDS)).toEqual(new Set(['acawiki.org']));
  });
});

describe('related measures', () => {
  it.each(companionPairs.map((pair) => ({ pair: pair.ids.join(' + '), ids: pair.ids })))('$pair: both ids exist and differ', ({ ids }) => {
    const [a, b] = ids;
    expect(GUIDED_MEASURE_IDS).toContain(a);
    expect(GUIDED_MEASURE_IDS).toContain(b);
    expect(a, 'a measure cannot be its own companion').not.toBe(b);
  });

  it('store each pair once', () => {
    const keys = companionPairs.map((p) => [...p.ids].sort().join(' + '));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it.each(GUIDED_MEASURE_IDS)('%s is not related to itself, and each relation reads back from the other side', (id) => {
    for (const related of relatedMeasures(id)) {
      expect(related.id).not.toBe(id);
      expect(relatedMeasures(related.id).map((r) => r.id)).toContain(id);
    }
  });

  it('pairs lead time with change failure rate, as ESSP’s playbook does', () => {
    expect(relatedMeasures('essp-lead-time').map((r) => r.id)).toContain('essp-change-failure-rate');
    expect(relatedMeasures('dora-change-lead-time').map((r) => r.id)).toContain('dora-change-fail-rate');
  });

  it('relates rework rate only to change fail rate, its partner in DORA’s instability factor', () => {
    expect(relatedMeasures('dora-deployment-rework-rate').map((r) => r.id)).toEqual(['dora-change-fail-rate']);
  });
});

describe('where the loop model differs', () => {
  it('is said for the four DORA metrics the model maps, and not for rework rate, which it does not map', () => {
    const withDifference = GUIDED_MEASURE_IDS.filter((id) => measurementGuides[id].modelDifference);
    expect(withDifference).toEqual([
      'dora-change-lead-time',
      'dora-deployment-frequency',
      'dora-change-fail-rate',
      'dora-failed-deployment-recovery-time',
    ]);
  });

  it('explains that shaping time is outside DORA’s lead time', () => {
    expect(measurementGuides['dora-change-lead-time'].modelDifference?.text).toMatch(/② Shape.*committed.*shaping is not part of the figure/);
  });
});

describe('SPACE examples', () => {
  it.each(SPACE_DIMENSION_IDS)('%s has example metrics at the individual, team and system levels', (id) => {
    for (const level of SPACE_LEVELS) expect(spaceExamples[id][level].length, `${id} at ${level}`).toBeGreaterThan(0);
  });

  it('keeps the reproduced labels, e.g. the system level of Activity', () => {
    expect(spaceExamples['space-activity'].system).toEqual(['frequency of deployments']);
  });

  it('leaves out the unconfirmed “extra caution” marks', () => {
    const labels = SPACE_DIMENSION_IDS.flatMap((id) => SPACE_LEVELS.flatMap((level) => spaceExamples[id][level]));
    expect(labels.filter((label) => label.includes('†'))).toEqual([]);
  });

  it('says the table comes from a secondary reproduction of the paper', () => {
    expect(spaceExamplesCitation.evidence).toBe('secondary');
    expect(spaceExamplesCitation.source.url).toBe('https://queue.acm.org/detail.cfm?id=3454124');
  });
});
