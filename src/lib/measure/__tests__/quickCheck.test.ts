// @vitest-environment node
import { DORA_BENCHMARKS_2025_ATTRIBUTION, DORA_INDUSTRY_IDS, doraBenchmarks2025 } from '../../../data/doraBenchmarks2025';
import type { FiveFigures } from '../compute';
import {
  formatScore,
  placeFigure,
  placeInChoices,
  quickCheckAnswers,
  quickCheckBenchmark,
  quickCheckScore,
  scoreQuickCheck,
  type BoundedChoice,
  type ChoiceScale,
} from '../quickCheck';

// DORA's six duration choices with bounds in hours (min included, max excluded), slowest first.
const durations: BoundedChoice[] = [
  { label: 'More than six months', min: 4380 },
  { label: 'Between one month and six months', min: 730, max: 4380 },
  { label: 'Between one week and one month', min: 168, max: 730 },
  { label: 'Between one day and one week', min: 24, max: 168 },
  { label: 'Less than one day', min: 1, max: 24 },
  { label: 'Less than one hour', min: 0, max: 1 },
];
// The same choices for deployment frequency, as hours between deployments (as src/data gives them).
const frequency: ChoiceScale = {
  measuredIn: 'hours-between-deployments',
  choices: [
    { label: 'Fewer than once per six months', min: 4380, max: null },
    { label: 'Between once per month and once every 6 months', min: 730, max: 4380 },
    { label: 'Between once per week and once per month', min: 168, max: 730 },
    { label: 'Between once per day and once per week', min: 24, max: 168 },
    { label: 'Between once per hour and once per day', min: 1, max: 24 },
    { label: 'On demand (multiple deploys per day)', min: 0, max: 1 },
  ],
};

const figures = (over: Partial<{ lead: number | null; perDay: number | null; deployments: number; days: number; cfr: number | null; recovery: number | null; rework: number | null }>): FiveFigures => {
  const { lead = 30, perDay = 0.5, deployments = 10, days = 20, cfr = 14.5, recovery = 0.5, rework = 3.2 } = over;
  return {
    leadTime: { medianHours: lead, p90Hours: lead, changes: 10 },
    deploymentFrequency: { deployments, perDay, perWeek: perDay === null ? null : perDay * 7, days },
    changeFailRate: { percent: cfr, failedDeployments: 1, deployments },
    recoveryTime: { medianHours: recovery, incidents: 2 },
    reworkRate: { percent: rework, unplannedDeployments: 1, deployments },
  };
};

describe('placing a figure in DORA’s answer choices', () => {
  it.each([
    [0, 'Less than one hour'],
    [0.99, 'Less than one hour'],
    [1, 'Less than one day'],
    [23.9, 'Less than one day'],
    [24, 'Between one day and one week'],
    [168, 'Between one week and one month'],
    [5000, 'More than six months'],
  ])('%s hours is "%s"', (hours, label) => {
    expect(placeInChoices(hours, durations)?.choice.label).toBe(label);
  });

  it('places nothing for a figure not measured or outside every choice', () => {
    expect(placeInChoices(null, durations)).toBeUndefined();
    expect(placeInChoices(Number.NaN, durations)).toBeUndefined();
    expect(placeInChoices(-1, durations)).toBeUndefined();
  });

  it('gives the Quick Check value, 1 for the slowest choice', () => {
    expect(placeInChoices(30, durations)).toEqual({ index: 3, value: 4, choice: durations[3] });
  });

  it('turns deployments per day into hours between deployments when the choices ask for that', () => {
    // 10 deployments in 20 days: one every 48 hours.
    expect(placeFigure(figures({}), 'dora-deployment-frequency', frequency)?.choice.label).toBe('Between once per day and once per week');
    // 30 in 2 days: one every 1.6 hours.
    expect(placeFigure(figures({ deployments: 30, days: 2, perDay: 15 }), 'dora-deployment-frequency', frequency)?.value).toBe(5);
    // None at all says nothing about how often: not placed.
    expect(placeFigure(figures({ deployments: 0, perDay: 0 }), 'dora-deployment-frequency', frequency)).toBeUndefined();
  });

  it('places deployments per day directly when the choices are in that unit', () => {
    const perDay: ChoiceScale = { choices: [{ label: 'rarely', max: 1 }, { label: 'daily or more', min: 1 }] };
    expect(placeFigure(figures({ perDay: 1 }), 'dora-deployment-frequency', perDay)?.choice.label).toBe('daily or more');
  });

  it('answers the Quick Check from measured figures, rates as whole percentages', () => {
    const scales = { 'dora-change-lead-time': { choices: durations }, 'dora-deployment-frequency': frequency, 'dora-failed-deployment-recovery-time': { choices: durations } };
    expect(quickCheckAnswers(figures({}), scales)).toEqual({
      'dora-change-lead-time': 4,
      'dora-deployment-frequency': 4,
      'dora-failed-deployment-recovery-time': 6,
      'dora-change-fail-rate': 15,
      'dora-deployment-rework-rate': 3,
    });
    expect(quickCheckAnswers(figures({ recovery: null, cfr: null }), scales)).toEqual({
      'dora-change-lead-time': 4,
      'dora-deployment-frequency': 4,
      'dora-deployment-rework-rate': 3,
    });
  });
});

describe('the Quick Check’s 0–10 scores', () => {
  it.each([
    ['dora-change-lead-time', 1, 0],
    ['dora-change-lead-time', 4, 6],
    ['dora-failed-deployment-recovery-time', 6, 10],
    ['dora-change-fail-rate', 0, 10],
    ['dora-change-fail-rate', 15, 8.5],
    ['dora-deployment-rework-rate', 100, 0],
    ['dora-deployment-rework-rate', 130, 0],
  ] as const)('%s answered %s scores %s', (id, answer, score) => {
    expect(quickCheckScore(id, answer)).toBeCloseTo(score, 10);
  });

  it('reproduces DORA’s worked example', () => {
    // Lead time 5, deploy frequency 5, failure recovery 5, change fail 47 %, rework 0 %.
    const scores = scoreQuickCheck({
      'dora-change-lead-time': 5,
      'dora-deployment-frequency': 5,
      'dora-failed-deployment-recovery-time': 5,
      'dora-change-fail-rate': 47,
      'dora-deployment-rework-rate': 0,
    });
    expect(Object.values(scores.figures).map(formatScore)).toEqual(['8.0', '8.0', '5.3', '8.0', '10.0']);
    expect([scores.overall, scores.throughput, scores.stability].map((s) => formatScore(s as number))).toEqual(['7.9', '8.0', '7.7']);
  });

  it('scores the overall only when all five are answered', () => {
    const scores = scoreQuickCheck({ 'dora-change-fail-rate': 10, 'dora-deployment-rework-rate': 20 });
    expect(scores.stability).toBeCloseTo(8.5, 10);
    expect(scores.throughput).toBeUndefined();
    expect(scores.overall).toBeUndefined();
  });
});

describe('DORA’s 2025 benchmarks', () => {
  it('shows "All industries" as the Quick Check does', () => {
    const all = quickCheckBenchmark();
    expect(all.name).toBe('All industries');
    expect(all.figures).toEqual({
      'dora-change-lead-time': { mean: 5.5, std: 2.4 },
      'dora-deployment-frequency': { mean: 4.8, std: 2.8 },
      'dora-change-fail-rate': { mean: 8.1, std: 2.1 },
      'dora-failed-deployment-recovery-time': { mean: 7.4, std: 2.1 },
      'dora-deployment-rework-rate': { mean: 7.8, std: 2.2 },
    });
    expect(all.overall).toEqual({ mean: 6.72, std: 1.2 });
    expect(all.throughput).toEqual({ mean: 6.0, std: 2.1 });
    expect(all.stability).toEqual({ mean: 7.9, std: 2.0 });
  });

  it('gives an industry’s own numbers', () => {
    const retail = quickCheckBenchmark('consumer');
    expect(retail.name).toBe('Retail/Consumer/e-Commerce');
    expect(retail.figures['dora-change-fail-rate']).toEqual({ mean: 8.3, std: 2.0 });
    expect(retail.figures['dora-deployment-rework-rate']).toEqual({ mean: 8.0, std: 1.9 });
  });

  it('holds all industries of DORA’s file, with every score', () => {
    expect(DORA_INDUSTRY_IDS).toHaveLength(14);
    expect(doraBenchmarks2025.industrials_manufacturing.name).toBe('Industrials & Manufacturing');
  });

  it('carries the attribution the sheet requires, word for word', () => {
    expect(DORA_BENCHMARKS_2025_ATTRIBUTION).toBe(
      'Benchmarks: DORA Quick Check (https://dora.dev/quickcheck/), © 2026 Google LLC, data from github.com/dora-team/dora.dev at commit fcaf07b (svelte/quick-check/src/lib/data/editions/2025/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changed: change fail rate and rework means shown as 10 − x so that higher is better, and the overall mean recomputed from the five, as the Quick Check itself does.',
    );
  });
});
