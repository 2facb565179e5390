import { describe, expect, it } from 'vitest';
import {
  arcs,
  counts,
  doraDisagreements,
  getArc,
  feedbackArcs,
  forwardArcs,
  getMetric,
  getPhase,
  metrics,
  metricsByFramework,
  neighbours,
  PHASE_IDS,
  phases,
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
  it.each(phases)('$id calls out only metrics that exist', (phase) => {
    for (const callout of phase.metricCallouts) {
      expect(() => getMetric(callout.metric), `phase ${phase.id} names "${callout.metric}"`).not.toThrow();
    }
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

describe('metrics', () => {
  it('have unique ids', () => {
    expect(new Set(metrics.map((m) => m.id)).size).toBe(metrics.length);
  });

  it.each(metrics)('$id covers at least one phase, without duplicates', (metric) => {
    expect(metric.phases.length).toBeGreaterThan(0);
    expect(new Set(metric.phases).size).toBe(metric.phases.length);
  });

  it('DORA coverage is the seed’s table', () => {
    const coverage = metricsByFramework('dora').map((m) => `${m.name}: ${m.phases.map((p) => getPhase(p).numeral).join('')}`);
    expect(coverage).toEqual([
      'Deployment Frequency: ③④⑤',
      'Lead Time for Changes: ②③④⑤',
      'Change Failure Rate: ④⑤',
      'Mean Time to Recovery: ⑤⑥',
    ]);
  });

  it('no DORA metric covers ①', () => {
    expect(metricsByFramework('dora').some((m) => m.phases.includes('discover'))).toBe(false);
  });

  it('SPACE has five dimensions with a label in every phase', () => {
    const space = metricsByFramework('space');
    expect(space.map((m) => m.name)).toEqual(['Satisfaction', 'Performance', 'Activity', 'Communication', 'Efficiency']);
    for (const dim of space) expect(Object.keys(dim.perPhase)).toEqual([...PHASE_IDS]);
  });

  it('ESSP zones cover the phases that call them out', () => {
    expect(metricsByFramework('essp').map((m) => `${m.name}: ${m.phases.join(',')}`)).toEqual([
      'Developer Happiness: build',
      'Quality: verify,release',
      'Velocity: shape',
      'Business Outcomes: discover,learn',
    ]);
  });

  it('every phase has a DORA or SPACE metric (a claim the overview makes)', () => {
    for (const id of PHASE_IDS) {
      expect(metrics.some((m) => m.framework !== 'essp' && m.phases.includes(id)), id).toBe(true);
    }
  });

  it('the DORA table and the phases’ call-outs differ only where the seed does', () => {
    expect(
      doraDisagreements().map((d) => `${d.metric.id}: +${d.coveredNotCalledOut.join(',')} -${d.calledOutNotCovered.join(',')}`),
    ).toEqual(['dora-deployment-frequency: +build -', 'dora-lead-time: +verify,release -']);
  });

  it('ESSP names the same number of metrics for every zone (the ESSP page says so)', () => {
    const perZone = metricsByFramework('essp').map((m) => (m.framework === 'essp' ? m.esspMetrics.length : 0));
    expect(new Set(perZone)).toEqual(new Set([counts.esspMetricsPerZone]));
    expect(counts.esspMetrics).toBe(counts.esspZones * counts.esspMetricsPerZone);
  });

  it('the check asks the same number of statements about every feedback arc (the check page says so)', () => {
    const perArc = feedbackArcs.map((arc) => statementsAbout({ kind: 'arc', id: arc.id }).length);
    expect(new Set(perArc)).toEqual(new Set([STATEMENTS_PER_ARC]));
    expect(STATEMENTS_PER_ARC).toBeGreaterThan(0);
  });

  it.each(metrics)('$id has aliases without duplicates', (metric) => {
    const lower = metric.aliases.map((a) => a.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });
});
