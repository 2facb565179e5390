import { describe, expect, it } from 'vitest';
import {
  arcs,
  counts,
  doraDisagreements,
  doraMetrics,
  DORA_METRIC_IDS,
  esspMetrics,
  esspZones,
  getArc,
  feedbackArcs,
  forwardArcs,
  getMeasure,
  getPhase,
  measures,
  measuresByFramework,
  metricsOfZone,
  neighbours,
  phaseCallouts,
  PHASE_IDS,
  phases,
  phasesOf,
  presentMeasure,
  rangeChoiceIndex,
  readPercent,
  unmappedTerms,
  type DoraMetric,
} from '..';
import { STATEMENTS_PER_ARC, statementsAbout } from '../check';

const positionOf = (id: string): number => PHASE_IDS.indexOf(id as (typeof PHASE_IDS)[number]);

describe('phases', () => {
  it('are numbered 1 to 6 with circled numerals, in loop order', () => {
    expect(phases.map((p) => `${p.number}${p.numeral}${p.id}`)).toEqual([
      '1①discover',
      '2②shape',
      '3③build',
      '4④verify',
      '5⑤release',
      '6⑥learn',
    ]);
  });

  it('keep the seed’s full names', () => {
    expect(phases.map((p) => p.name)).toEqual([
      'Discover & Strategize',
      'Shape & Prioritize',
      'Build & Collaborate',
      'Verify & Integrate',
      'Release & Operate',
      'Learn & Adapt',
    ]);
  });

  // Each phase's page, and its title: docItems.test.ts.
  it.each(phases)('$id calls out only measures that exist, each once', (phase) => {
    const named = phaseCallouts[phase.id].callouts.map((callout) => callout.measure);
    for (const id of named) expect(() => getMeasure(id), `phase ${phase.id} names "${id}": add it to src/data/measures.ts`).not.toThrow();
    expect(new Set(named).size).toBe(named.length);
  });

  it('only ② carries a tip', () => {
    expect(phases.filter((p) => p.tip).map((p) => p.id)).toEqual(['shape']);
  });

  it('⑥ leads back to ① and ① back to ⑥', () => {
    expect(neighbours('learn').next.id).toBe('discover');
    expect(neighbours('discover').previous.id).toBe('learn');
  });

  it('rejects an unknown id with a message that names it', () => {
    expect(() => getPhase('deploy')).toThrow(/Unknown phase id "deploy"/);
  });
});

describe('arcs', () => {
  it.each(arcs)('$id joins two existing phases', (arc) => {
    expect(PHASE_IDS).toContain(arc.from);
    expect(PHASE_IDS).toContain(arc.to);
    expect(arc.from).not.toBe(arc.to);
  });

  it('have unique ids', () => {
    expect(new Set(arcs.map((a) => a.id)).size).toBe(arcs.length);
  });

  it.each(arcs)('$id names its ends', (arc) => {
    expect(arc.id).toBe(`${arc.from}-to-${arc.to}`);
    expect(getArc(arc.id)).toBe(arc);
  });

  it('rejects an unknown arc id with a message that names it', () => {
    expect(() => getArc('learn-to-build')).toThrow(/Unknown arc id "learn-to-build"/);
  });

  it('forward arcs form one cycle through all six phases in order', () => {
    expect(forwardArcs.map((a) => `${a.from}>${a.to}`)).toEqual([
      'discover>shape',
      'shape>build',
      'build>verify',
      'verify>release',
      'release>learn',
      'learn>discover',
    ]);
  });

  it.each(feedbackArcs)('feedback arc $id points backwards', (arc) => {
    expect(positionOf(arc.to)).toBeLessThan(positionOf(arc.from));
  });

  it('are the seed’s four feedback arcs, with ⑥→② the most important', () => {
    expect(feedbackArcs.map((a) => `${getPhase(a.from).numeral}→${getPhase(a.to).numeral} ${a.label}`)).toEqual([
      '⑥→② Learnings reshape priorities',
      '④→③ Failed verification feeds back to build',
      '⑤→④ Production issues feed back to verify',
      '③→② Scope questions feed back to shape',
    ]);
    expect(feedbackArcs.filter((a) => a.isMostImportant).map((a) => a.id)).toEqual(['learn-to-shape']);
  });
});

describe('measures', () => {
  it('have unique ids', () => {
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
  });

  it.each(measures)('$id cites the source of its definition by title and address', (measure) => {
    expect(measure.definition.text.length, `write a definition for ${measure.id}`).toBeGreaterThan(20);
    expect(measure.definition.source.title.length).toBeGreaterThan(0);
    expect(new URL(measure.definition.source.url).protocol).toBe('https:');
  });

  it.each(measures)('$id has names and aliases without duplicates, case aside', (measure) => {
    const { title, names } = presentMeasure(measure);
    const lower = (list: readonly string[]): string[] => list.map((name) => name.toLowerCase());
    const all = lower([names.current, ...names.former, ...names.abbreviations, ...names.aliases]);
    expect(new Set(all).size, `a name of ${measure.id} is listed twice`).toBe(all.length);
    // The seed's name may be the current name or a former one; an alias never repeats it.
    expect(lower(names.aliases), `an alias of ${measure.id} repeats its title`).not.toContain(title.toLowerCase());
  });

  it.each(measures)('$id maps to phases without duplicates, in loop order', (measure) => {
    const mapped = phasesOf(measure.id);
    expect(mapped).toEqual(PHASE_IDS.filter((id) => mapped.includes(id)));
  });

  it('DORA coverage is the seed’s table, and rework rate, newer than the table, maps to no phase', () => {
    const coverage = measuresByFramework('dora')
      .map(presentMeasure)
      .map((m) => `${m.title}: ${m.phases.map((p) => getPhase(p).numeral).join('')}`);
    expect(coverage).toEqual([
      'Deployment Frequency: ③④⑤',
      'Lead Time for Changes: ②③④⑤',
      'Change Failure Rate: ④⑤',
      'Mean Time to Recovery: ⑤⑥',
      'Deployment rework rate: ',
    ]);
  });

  it('no DORA metric covers ①', () => {
    expect(measuresByFramework('dora').some((m) => phasesOf(m.id).includes('discover'))).toBe(false);
  });

  it('SPACE has five dimensions with a label in every phase', () => {
    const space = measuresByFramework('space').map(presentMeasure);
    expect(space.map((m) => m.title)).toEqual(['Satisfaction', 'Performance', 'Activity', 'Communication', 'Efficiency']);
    for (const dim of space) expect(dim.perPhase.filter((entry) => entry.label !== undefined).map((entry) => entry.phase)).toEqual([...PHASE_IDS]);
  });

  it('ESSP zones cover the phases that call them out; ESSP’s own metrics map to none', () => {
    expect(
      measuresByFramework('essp')
        .map(presentMeasure)
        .map((m) => `${m.title}: ${m.phases.join(',')}`),
    ).toEqual([
      'Developer Happiness: build',
      'Quality: verify,release',
      'Velocity: shape',
      'Business Outcomes: discover,learn',
      ...esspMetrics.map((metric) => `${metric.name}: `),
    ]);
  });

  it('every phase has a DORA or SPACE metric (a claim the overview makes)', () => {
    for (const id of PHASE_IDS) {
      expect(measures.some((m) => m.framework !== 'essp' && phasesOf(m.id).includes(id)), id).toBe(true);
    }
  });

  it('the DORA table and the phases’ call-outs differ only where the seed does', () => {
    expect(
      doraDisagreements().map((d) => `${d.metric.id}: +${d.coveredNotCalledOut.join(',')} -${d.calledOutNotCovered.join(',')}`),
    ).toEqual(['dora-deployment-frequency: +build -', 'dora-change-lead-time: +verify,release -']);
  });

  it.each(esspZones)('ESSP zone $id has exactly three metrics (the ESSP page says how many)', (zone) => {
    expect(metricsOfZone(zone.id)).toHaveLength(3);
    expect(counts.esspMetricsPerZone).toBe(3);
  });

  it.each(esspMetrics.filter((metric) => metric.sameAs !== undefined))('ESSP metric $id is the DORA metric its sameAs names', (metric) => {
    expect(DORA_METRIC_IDS as readonly string[], `${metric.id}.sameAs must be a DORA metric id`).toContain(metric.sameAs);
  });

  it('ESSP takes four of its metrics from DORA', () => {
    expect(esspMetrics.filter((metric) => metric.sameAs !== undefined).map((metric) => `${metric.id} = ${metric.sameAs}`)).toEqual([
      'essp-change-failure-rate = dora-change-fail-rate',
      'essp-failed-deployment-recovery-time = dora-failed-deployment-recovery-time',
      'essp-lead-time = dora-change-lead-time',
      'essp-deployment-frequency = dora-deployment-frequency',
    ]);
  });

  it.each(unmappedTerms)('unmapped term "$terms.0" points to measures that exist, and names none of them', (term) => {
    for (const id of term.seeAlso) expect(() => getMeasure(id)).not.toThrow();
    const names = measures.map(presentMeasure).flatMap((view) => [view.title, view.names.current, ...view.names.former, ...view.names.abbreviations, ...view.names.aliases]);
    for (const text of term.terms) expect(names.map((name) => name.toLowerCase()), `"${text}" is a measure's name, not an unmapped term`).not.toContain(text);
  });

  it('the check asks the same number of statements about every feedback arc (the check page says so)', () => {
    const perArc = feedbackArcs.map((arc) => statementsAbout({ kind: 'arc', id: arc.id }).length);
    expect(new Set(perArc)).toEqual(new Set([STATEMENTS_PER_ARC]));
    expect(STATEMENTS_PER_ARC).toBeGreaterThan(0);
  });
});

describe('DORA’s survey questions', () => {
  const ranges = doraMetrics.flatMap((metric) => (metric.survey.answer.kind === 'range' ? [{ id: metric.id, answer: metric.survey.answer }] : []));

  it('ask for every DORA metric: three as ranges, the two rates as percentages', () => {
    expect(doraMetrics.map((metric: DoraMetric) => `${metric.id}: ${metric.survey.answer.kind}`)).toEqual([
      'dora-change-lead-time: range',
      'dora-deployment-frequency: range',
      'dora-change-fail-rate: percent',
      'dora-failed-deployment-recovery-time: range',
      'dora-deployment-rework-rate: percent',
    ]);
  });

  it.each(ranges)('$id offers six ranges, worst first, whose bounds meet and run from unbounded down to 0', ({ answer }) => {
    const { choices } = answer;
    expect(choices).toHaveLength(6);
    expect(choices[0]?.max, 'the first, worst range has no upper bound').toBeNull();
    expect(choices.at(-1)?.min, 'the last, best range starts at 0').toBe(0);
    for (const [i, choice] of choices.entries()) {
      if (choice.max !== null) expect(choice.min, `"${choice.label}" must be a range`).toBeLessThan(choice.max);
      const next = choices[i + 1];
      if (next !== undefined) expect(next.max, `"${next.label}" must end where "${choice.label}" starts`).toBe(choice.min);
    }
  });

  it.each([
    [0, 'Less than one hour'],
    [0.5, 'Less than one hour'],
    [1, 'Less than one day'],
    [23.9, 'Less than one day'],
    [24, 'Between one day and one week'],
    [168, 'Between one week and one month'],
    [730, 'Between one month and six months'],
    [4380, 'More than six months'],
    [100_000, 'More than six months'],
  ])('places a lead time of %s hours in “%s”', (hours, label) => {
    const leadTime = ranges.find((range) => range.id === 'dora-change-lead-time');
    if (leadTime === undefined) throw new Error('lead time is asked as a range');
    expect(leadTime.answer.choices[rangeChoiceIndex(leadTime.answer, hours)]?.label).toBe(label);
  });

  it('places a deployment every 3 hours in “Between once per hour and once per day”, and none in a year in the least frequent', () => {
    const frequency = ranges.find((range) => range.id === 'dora-deployment-frequency');
    if (frequency === undefined) throw new Error('deployment frequency is asked as a range');
    expect(frequency.answer.measuredIn).toBe('hours-between-deployments');
    expect(frequency.answer.choices[rangeChoiceIndex(frequency.answer, 3)]?.label).toBe('Between once per hour and once per day');
    expect(frequency.answer.choices[rangeChoiceIndex(frequency.answer, Number.POSITIVE_INFINITY)]?.label).toBe('Fewer than once per six months');
  });

  it('refuses to place a negative figure', () => {
    const [first] = ranges;
    if (first === undefined) throw new Error('no range question');
    expect(() => rangeChoiceIndex(first.answer, -1)).toThrow(/falls in none of DORA's ranges/);
  });

  it.each([
    ['0', 0],
    ['100', 100],
    [' 15 ', 15],
    ['', undefined],
    ['101', null],
    ['-1', null],
    ['1.5', null],
    ['ten', null],
  ] as const)('reads the rate “%s” as %s', (text, expected) => {
    expect(readPercent(text)).toBe(expected);
  });
});
