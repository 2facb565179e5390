/**
 * Measured figures beside DORA's own yardsticks: each figure placed in the answer choices of DORA's survey
 * (frameworks.md §1.1a), and scored on the Quick Check's 0–10 scale next to DORA's 2025 benchmark for all
 * industries or one industry (dora-quick-check.md). No tiers or cut-offs of our own: DORA publishes none for
 * these scores. Pure TS.
 */
import { doraBenchmarks2025, type DoraIndustryId, type MeanStd } from '../../data/doraBenchmarks2025';
import { DORA_METRIC_IDS, type DoraMetricId } from '../../data/measureIds';
import type { FiveFigures } from './compute';

/** An answer choice with numeric bounds: `min` included, `max` excluded; a missing or null bound is open. */
export interface BoundedChoice {
  readonly label: string;
  readonly min?: number | null;
  readonly max?: number | null;
}

/** What a list of choices' bounds measure. */
export type ChoiceUnit = 'hours' | 'hours-between-deployments' | 'deployments-per-day';

/** A question's choices in DORA's order (slowest or worst first), and the unit of their bounds. */
export interface ChoiceScale {
  /** Hours for lead time and recovery time; for deployment frequency, deployments per day unless given. */
  readonly measuredIn?: ChoiceUnit;
  readonly choices: readonly BoundedChoice[];
}

export interface PlacedChoice {
  /** The choice's place in the list, from 0. */
  readonly index: number;
  /** The Quick Check's value for it: 1 for the first (slowest) choice, up to 6. */
  readonly value: number;
  readonly choice: BoundedChoice;
}

/** The figures DORA asks for as a range, and the ones it asks for as a percentage. */
export const RANGE_METRICS = ['dora-change-lead-time', 'dora-deployment-frequency', 'dora-failed-deployment-recovery-time'] as const;
export const PERCENT_METRICS = ['dora-change-fail-rate', 'dora-deployment-rework-rate'] as const;
export type RangeMetricId = (typeof RANGE_METRICS)[number];
export type PercentMetricId = (typeof PERCENT_METRICS)[number];

const isRangeMetric = (id: DoraMetricId): id is RangeMetricId => (RANGE_METRICS as readonly string[]).includes(id);

/** The first choice whose bounds hold the value; undefined for no value or a value in no choice. */
export function placeInChoices(value: number | null | undefined, choices: readonly BoundedChoice[]): PlacedChoice | undefined {
  if (value === null || value === undefined || Number.isNaN(value)) return undefined;
  const index = choices.findIndex(
    (choice) => (choice.min === undefined || choice.min === null || value >= choice.min) && (choice.max === undefined || choice.max === null || value < choice.max),
  );
  const choice = choices[index];
  return choice === undefined ? undefined : { index, value: index + 1, choice };
}

/**
 * A range figure in the unit its choices use; null when it was not measured. Deployment frequency is null
 * with no deployment in the range: a short range without one says nothing about six months.
 */
export function rangeFigure(figures: FiveFigures, id: RangeMetricId, measuredIn?: ChoiceUnit): number | null {
  if (id === 'dora-change-lead-time') return figures.leadTime.medianHours;
  if (id === 'dora-failed-deployment-recovery-time') return figures.recoveryTime.medianHours;
  const { perDay, deployments, days } = figures.deploymentFrequency;
  if (perDay === null || deployments === 0) return null;
  return measuredIn === 'hours-between-deployments' ? (days * 24) / deployments : perDay;
}

/** A range figure placed in DORA's choices for it. */
export const placeFigure = (figures: FiveFigures, id: RangeMetricId, scale: ChoiceScale): PlacedChoice | undefined =>
  placeInChoices(rangeFigure(figures, id, scale.measuredIn), scale.choices);

/**
 * Quick Check answers: 1–6 for a range figure (its choice's place, slowest first), a whole percentage 0–100
 * for change fail rate and rework rate. A figure not answered is absent.
 */
export type QuickCheckAnswers = Partial<Readonly<Record<DoraMetricId, number>>>;

/**
 * The answers a set of measured figures gives: each range figure placed in its choices, each rate rounded to
 * a whole percentage, as the Quick Check takes them.
 */
export function quickCheckAnswers(figures: FiveFigures, scales: Readonly<Record<RangeMetricId, ChoiceScale>>): QuickCheckAnswers {
  const answers: Partial<Record<DoraMetricId, number>> = {};
  for (const id of RANGE_METRICS) {
    const placed = placeFigure(figures, id, scales[id]);
    if (placed !== undefined) answers[id] = placed.value;
  }
  const rates: Record<PercentMetricId, number | null> = {
    'dora-change-fail-rate': figures.changeFailRate.percent,
    'dora-deployment-rework-rate': figures.reworkRate.percent,
  };
  for (const id of PERCENT_METRICS) {
    const percent = rates[id];
    if (percent !== null) answers[id] = Math.min(100, Math.max(0, Math.round(percent)));
  }
  return answers;
}

/** The Quick Check's score (0–10, higher is better) for one answer: (value − 1) / 5 × 10 for a range, 10 − p / 10 for a percentage. */
export function quickCheckScore(id: DoraMetricId, answer: number): number {
  if (isRangeMetric(id)) return ((answer - 1) / 5) * 10;
  return 10 - Math.min(100, Math.max(0, answer)) / 10;
}

export interface QuickCheckScores {
  /** Each answered figure's score. */
  readonly figures: Partial<Readonly<Record<DoraMetricId, number>>>;
  /** The mean of lead time, deployment frequency and recovery time, when all three are answered. */
  readonly throughput?: number;
  /** The mean of change fail rate and rework rate (DORA's instability, inverted), when both are answered. */
  readonly stability?: number;
  /** The mean of all five scores; the Quick Check scores only when all five are answered. */
  readonly overall?: number;
}

const mean = (values: readonly (number | undefined)[]): number | undefined =>
  values.every((x): x is number => x !== undefined) ? values.reduce((sum, x) => sum + x, 0) / values.length : undefined;

/** The Quick Check's scores for a set of answers. */
export function scoreQuickCheck(answers: QuickCheckAnswers): QuickCheckScores {
  const figures: Partial<Record<DoraMetricId, number>> = {};
  for (const id of DORA_METRIC_IDS) {
    const answer = answers[id];
    if (answer !== undefined) figures[id] = quickCheckScore(id, answer);
  }
  const throughput = mean(RANGE_METRICS.map((id) => figures[id]));
  const stability = mean(PERCENT_METRICS.map((id) => figures[id]));
  const overall = mean(DORA_METRIC_IDS.map((id) => figures[id]));
  return {
    figures,
    ...(throughput === undefined ? {} : { throughput }),
    ...(stability === undefined ? {} : { stability }),
    ...(overall === undefined ? {} : { overall }),
  };
}

/** A score as the Quick Check shows it: one decimal, "7.9". */
export const formatScore = (score: number): string => score.toFixed(1);

export interface QuickCheckBenchmark {
  readonly industry: DoraIndustryId;
  /** DORA's name for the industry. */
  readonly name: string;
  /** Each figure's mean ± standard deviation, higher is better. */
  readonly figures: Readonly<Record<DoraMetricId, MeanStd>>;
  readonly throughput: MeanStd;
  readonly stability: MeanStd;
  readonly overall: MeanStd;
}

// The data has one decimal, so 10 − x and a mean of five have at most two: rounding only removes float noise.
const round2 = (x: number): number => Math.round(x * 100) / 100;
const inverted = ({ mean, std }: MeanStd): MeanStd => ({ mean: round2(10 - mean), std });

/**
 * DORA's 2025 benchmark as the Quick Check shows it: change fail rate, rework rate and instability turned to
 * 10 − mean (standard deviation unchanged), and the overall mean recomputed as the mean of the five figures'
 * means with the file's overall standard deviation.
 */
export function quickCheckBenchmark(industry: DoraIndustryId = 'all'): QuickCheckBenchmark {
  const { name, scores } = doraBenchmarks2025[industry];
  const figures: Record<DoraMetricId, MeanStd> = {
    'dora-change-lead-time': scores.leadtime,
    'dora-deployment-frequency': scores.deployfreq,
    'dora-change-fail-rate': inverted(scores.changefailure),
    'dora-failed-deployment-recovery-time': scores.failurerecovery,
    'dora-deployment-rework-rate': inverted(scores.rework),
  };
  const overallMean = round2(DORA_METRIC_IDS.reduce((sum, id) => sum + figures[id].mean, 0) / DORA_METRIC_IDS.length);
  return {
    industry,
    name,
    figures,
    throughput: scores.software_delivery_throughput,
    stability: inverted(scores.software_delivery_instability),
    overall: { mean: overallMean, std: scores.performance_average.std },
  };
}
