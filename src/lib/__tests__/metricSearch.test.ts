import { describe, expect, it } from 'vitest';
import { FRAMEWORK_IDS, type PhaseId } from '../../data';
import { finderMeasures, groupByFramework, MAX_FUZZY_WORD, MAX_QUERY_LENGTH, searchMetrics } from '../metricSearch';
import { tokenize } from '../textNormalize';

interface Case {
  query: string;
  /** Name of the first result: a metric name, or a SPACE cell label. */
  first: string;
  phases: readonly PhaseId[];
}

describe('searchMetrics finds what people type', () => {
  it.each<Case>([
    { query: 'MTTR', first: 'Mean Time to Recovery', phases: ['release', 'learn'] },
    { query: 'time to restore', first: 'Mean Time to Recovery', phases: ['release', 'learn'] },
    { query: 'failed deployment recovery time', first: 'Mean Time to Recovery', phases: ['release', 'learn'] },
    { query: 'CFR', first: 'Change Failure Rate', phases: ['verify', 'release'] },
    { query: 'change failure rate', first: 'Change Failure Rate', phases: ['verify', 'release'] },
    { query: 'LT', first: 'Lead Time for Changes', phases: ['shape', 'build', 'verify', 'release'] },
    { query: 'Lead Time', first: 'Lead Time for Changes', phases: ['shape', 'build', 'verify', 'release'] },
    { query: 'LEAD-TIME', first: 'Lead Time for Changes', phases: ['shape', 'build', 'verify', 'release'] },
    { query: 'deploy freq', first: 'Deployment Frequency', phases: ['build', 'verify', 'release'] },
    { query: 'deploy', first: 'Deployment Frequency', phases: ['build', 'verify', 'release'] },
    { query: 'cycle time', first: 'Cycle time', phases: ['build'] },
    { query: 'cylce time', first: 'Cycle time', phases: ['build'] },
    { query: 'flow', first: 'Efficiency', phases: ['discover', 'shape', 'build', 'verify', 'release', 'learn'] },
    { query: 'rélease frequency', first: 'Deployment Frequency', phases: ['build', 'verify', 'release'] },
    { query: 'satisfacción', first: 'Satisfaction', phases: ['discover', 'shape', 'build', 'verify', 'release', 'learn'] },
    { query: 'Quality', first: 'Quality', phases: ['verify', 'release'] },
    { query: 'business outcomes', first: 'Business Outcomes', phases: ['discover', 'learn'] },
    { query: '🚀 deploy', first: 'Deployment Frequency', phases: ['build', 'verify', 'release'] },
    { query: 'rework rate', first: 'Deployment rework rate', phases: [] },
    { query: 'unplanned deploys', first: 'Deployment rework rate', phases: [] },
  ])('"$query" → $first', ({ query, first, phases }) => {
    const [top] = searchMetrics(query).results;
    expect(top?.name).toBe(first);
    expect(top?.phases).toEqual(phases);
  });

  it('finds the word prefix "deploy" in names, aliases and SPACE cells', () => {
    const names = searchMetrics('deploy').results.map((result) => result.name);
    expect(names).toEqual(expect.arrayContaining(['Deployment Frequency', 'Deploys', 'Deploy time']));
  });

  it('ranks an exact name above an exact alias above a partial match', () => {
    // "Quality" is ESSP's zone name, an alias of SPACE Performance, and part of the cell "Code quality".
    const names = searchMetrics('quality').results.map((result) => result.name);
    expect(names.slice(0, 2)).toEqual(['Quality', 'Performance']);
    expect(names.indexOf('Code quality')).toBeGreaterThan(1);
  });

  it('says which alias matched', () => {
    expect(searchMetrics('mttr').results[0]?.matchedAlias).toBe('MTTR');
    expect(searchMetrics('Mean Time to Recovery').results[0]?.matchedAlias).toBeUndefined();
  });

  it('answers a SPACE cell with its dimension and phase', () => {
    const [cell] = searchMetrics('Trust in test suite').results;
    expect(cell).toMatchObject({ kind: 'space-cell', name: 'Trust in test suite', framework: 'space', phases: ['verify'] });
    expect(cell?.view.title).toBe('Satisfaction');
  });

  it('carries the seed’s per-phase notes', () => {
    const [top] = searchMetrics('lead time').results;
    expect(top?.view.perPhase).toContainEqual({ phase: 'build', covered: true, calledOut: true, note: 'first commit to production' });
  });

  it('finds an ESSP zone by the name of one of its metrics', () => {
    const names = searchMetrics('PRs merged per developer').results.map((result) => result.name);
    expect(names[0]).toBe('Velocity');
  });

  it(`keeps every word of the model within ${MAX_FUZZY_WORD} letters, so typo matching covers all of them`, () => {
    const words = finderMeasures.flatMap((view) =>
      tokenize(
        [view.title, view.names.current, ...view.names.former, ...view.names.abbreviations, ...view.names.aliases, ...view.perPhase.flatMap((entry) => [entry.label ?? '', entry.note ?? ''])].join(' '),
      ),
    );
    expect(words.filter((word) => word.length > MAX_FUZZY_WORD)).toEqual([]);
  });

  it('does not match abbreviations fuzzily: MTTD is not MTTR', () => {
    expect(searchMetrics('MTTD').results).toEqual([]);
  });
});

describe('terms the frameworks do not define', () => {
  it.each([
    { query: 'MTTD', term: 'mttd', seeAlso: ['dora-failed-deployment-recovery-time'] },
    { query: 'mean time to detect', term: 'mttd', seeAlso: ['dora-failed-deployment-recovery-time'] },
    { query: 'MTBF', term: 'mtbf', seeAlso: ['dora-change-fail-rate', 'dora-failed-deployment-recovery-time'] },
    { query: 'cycle time', term: 'cycle time', seeAlso: ['space-efficiency', 'dora-change-lead-time'] },
  ])('"$query" explains $term', ({ query, term, seeAlso }) => {
    const [match] = searchMetrics(query).unmapped;
    expect(match?.term.terms[0]).toBe(term);
    expect(match?.seeAlso.map((metric) => metric.id)).toEqual(seeAlso);
  });

  it('rework rate is a DORA metric now, not a term to explain', () => {
    expect(searchMetrics('rework rate').unmapped).toEqual([]);
  });

  it('needs the whole term: "time" alone explains nothing', () => {
    expect(searchMetrics('time').unmapped).toEqual([]);
  });
});

describe('an empty query lists everything', () => {
  it('returns every DORA metric, SPACE dimension and ESSP zone once, in the seed’s order, rework rate after its table', () => {
    const { results } = searchMetrics('   ');
    expect(results.map((result) => result.name)).toEqual([
      'Deployment Frequency',
      'Lead Time for Changes',
      'Change Failure Rate',
      'Mean Time to Recovery',
      'Deployment rework rate',
      'Satisfaction',
      'Performance',
      'Activity',
      'Communication',
      'Efficiency',
      'Developer Happiness',
      'Quality',
      'Velocity',
      'Business Outcomes',
    ]);
    expect(results.every((result) => result.kind === 'measure')).toBe(true);
    expect(groupByFramework(results).map((group) => group.framework)).toEqual([...FRAMEWORK_IDS]);
  });

  it('gives the same order every time', () => {
    expect(searchMetrics('').results.map((r) => r.key)).toEqual(searchMetrics('').results.map((r) => r.key));
  });
});

describe('filters', () => {
  it('by phase answers "what measures ④?"', () => {
    const ids = searchMetrics('', { phase: 'verify' }).results.map((result) => result.view.id);
    expect(ids).toEqual([
      'dora-deployment-frequency',
      'dora-change-lead-time',
      'dora-change-fail-rate',
      'space-satisfaction',
      'space-performance',
      'space-activity',
      'space-communication',
      'space-efficiency',
      'essp-quality',
    ]);
  });

  it('by framework keeps only that framework', () => {
    const results = searchMetrics('deploy', { framework: 'space' }).results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.framework === 'space')).toBe(true);
  });

  it('combine with a query', () => {
    const results = searchMetrics('time', { phase: 'verify', framework: 'space' }).results;
    expect(results.map((result) => result.name)).toContain('Build time');
    expect(results.every((result) => result.framework === 'space' && result.phases.includes('verify'))).toBe(true);
    expect(results.map((result) => result.name)).not.toContain('Cycle time');
  });
});

describe('hostile input gives results or nothing, never an error', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    '(((((((((((',
    '🚀🔥💥',
    '\u0000\u200b\uFEFF',
    'a'.repeat(10_000),
    'deploy '.repeat(2_000),
    '\uD800',
  ])('%#', (query) => {
    const started = performance.now();
    const response = searchMetrics(query);
    expect(Array.isArray(response.results)).toBe(true);
    expect(response.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    // Generous bound on a shared machine: this catches runaway work, not speed (see npm run bench:search).
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('cuts long queries and says so', () => {
    const response = searchMetrics(`MTTR ${'x'.repeat(MAX_QUERY_LENGTH)}`);
    expect(response.truncated).toBe(true);
    expect(response.query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('finds nothing for words that match nothing', () => {
    expect(searchMetrics('zzzz qqqq').results).toEqual([]);
    expect(searchMetrics('zzzz qqqq').unmapped).toEqual([]);
  });

  it('finds nothing, rather than everything, for punctuation only', () => {
    expect(searchMetrics('*** ???').results).toEqual([]);
  });
});
