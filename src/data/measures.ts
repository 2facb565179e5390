/**
 * Every measure the site describes, once: DORA's five metrics (with the question DORA's survey asks for
 * each), SPACE's five dimensions, ESSP's four zones and its twelve metrics. These are the frameworks' own
 * facts, each definition with its source (shared/reference/frameworks.md), in our words. How the loop
 * model maps them onto phases, and what the model says about them, is mapping.ts.
 */
import { sources, type FrameworkId, type Source, type SourceLink } from './frameworks';
import {
  DORA_METRIC_IDS,
  ESSP_METRIC_IDS,
  ESSP_ZONE_IDS,
  MEASURE_IDS,
  SPACE_DIMENSION_IDS,
  type DoraMetricId,
  type EsspMetricId,
  type EsspZoneId,
  type MeasureId,
  type SpaceDimensionId,
} from './measureIds';

/** A metric is counted or timed; a dimension (SPACE) or zone (ESSP) groups what is worth measuring. */
export type MeasureKind = 'metric' | 'dimension' | 'zone';

export type Direction = 'lower-is-better' | 'higher-is-better';

/** A definition in our words, and the publication its facts come from. */
export interface Definition {
  readonly text: string;
  readonly source: SourceLink;
}

interface MeasureBase {
  readonly id: MeasureId;
  readonly kind: MeasureKind;
  readonly framework: FrameworkId;
  /** The name the framework uses today, written as it writes it ("Change lead time"). */
  readonly name: string;
  /** The name the seed gives it, where the seed names it ("Lead Time for Changes"); pages show this one. */
  readonly seedName?: string;
  /** What it measures, in one line of our own. */
  readonly summary: string;
  readonly definition: Definition;
  /** Other words people type for it into a search box. */
  readonly aliases: readonly string[];
}

/** DORA's two factors today. Until 2024 the second was called stability. */
export type DoraFactor = 'throughput' | 'instability';

/** A span of years in which DORA counted a metric under another factor than today's. */
export interface FactorPeriod {
  readonly factor: 'throughput' | 'stability';
  readonly from: number;
  readonly until: number;
}

/** One of DORA's answer ranges, with bounds in hours so a measured figure falls in exactly one. */
export interface RangeChoice {
  /** DORA's label, word for word. */
  readonly label: string;
  /** Lower bound in hours, included. */
  readonly min: number;
  /** Upper bound in hours, excluded; null when the range has none. */
  readonly max: number | null;
}

/**
 * An answer picked from DORA's ranges, worst first. The bounds are hours: how long a change or a
 * recovery takes, or for deployment frequency the time between two deployments.
 */
export interface RangeAnswer {
  readonly kind: 'range';
  readonly measuredIn: 'hours' | 'hours-between-deployments';
  readonly choices: readonly RangeChoice[];
}

/** An answer given as a whole percentage (see DORA_PERCENT). */
export interface PercentAnswer {
  readonly kind: 'percent';
}

export type SurveyAnswer = RangeAnswer | PercentAnswer;

/** How DORA's 2024 survey asks a team for one metric (doraSurveySource). */
export interface SurveyQuestion {
  /** The survey's question, in our words. */
  readonly question: string;
  readonly answer: SurveyAnswer;
}

export interface DoraMetric extends MeasureBase {
  readonly id: DoraMetricId;
  readonly kind: 'metric';
  readonly framework: 'dora';
  /** Names DORA used before, as running text writes them. */
  readonly formerNames: readonly string[];
  readonly abbreviations: readonly string[];
  readonly factor: DoraFactor;
  /** The year since which DORA counts it under `factor`. */
  readonly factorSince: number;
  /** Earlier factors, oldest first; empty when it never moved. */
  readonly earlierFactors: readonly FactorPeriod[];
  /** The year DORA started measuring it. */
  readonly added: number;
  /** A change of name or definition worth telling readers about. */
  readonly history?: string;
  readonly direction: Direction;
  readonly survey: SurveyQuestion;
}

export interface SpaceDimension extends MeasureBase {
  readonly id: SpaceDimensionId;
  readonly kind: 'dimension';
  readonly framework: 'space';
  /** Its letter in S-P-A-C-E. */
  readonly letter: 'S' | 'P' | 'A' | 'C' | 'E';
}

export interface EsspZone extends MeasureBase {
  readonly id: EsspZoneId;
  readonly kind: 'zone';
  readonly framework: 'essp';
  /** Where the zone sits in the playbook: the foundation, or the layer on top of it. */
  readonly layer: 'foundation' | 'top';
  /** The question the seed says the zone asks. */
  readonly question: string;
}

/** How ESSP aggregates a metric, as the prefix of its published name says ("(Median) Lead time"). */
export type EsspAggregate = 'median' | 'mean' | 'percentage';

export interface EsspMetric extends MeasureBase {
  readonly id: EsspMetricId;
  readonly kind: 'metric';
  readonly framework: 'essp';
  /** The aggregate ESSP names before the metric; null where it names none. */
  readonly aggregate: EsspAggregate | null;
  readonly zone: EsspZoneId;
  readonly direction: Direction;
  /** The SPACE dimension ESSP assigns the metric to. */
  readonly spaceDimension: SpaceDimensionId;
  /** The DORA metric it is, where ESSP takes it from DORA. */
  readonly sameAs?: DoraMetricId;
}

export type Measure = DoraMetric | SpaceDimension | EsspZone | EsspMetric;

/** DORA's 2024 survey questions, where the questions and answer choices come from (frameworks.md §1.1a). */
export const doraSurveySource: Source = {
  title: 'DORA 2024 survey questions',
  url: 'https://dora.dev/research/2024/questions/',
  published: 'DORA, 2024',
};

/** DORA's Quick Check, where a team can compare its figures with other teams'. */
export const doraQuickCheck: SourceLink = { title: 'DORA Quick Check', url: 'https://dora.dev/quickcheck/' };

/** DORA's answer for a figure a respondent cannot give; every question offers it. */
export const DORA_DONT_KNOW = 'I don’t know or NA';

/** DORA's survey takes a rate as a whole percentage in this range. */
export const DORA_PERCENT = { min: 0, max: 100 } as const;

/** A rate as typed or linked: a whole percentage (DORA_PERCENT), undefined for nothing, null for anything else. */
export function readPercent(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= DORA_PERCENT.min && value <= DORA_PERCENT.max ? value : null;
}

/** The place (from 0, worst first) of the range a figure in hours falls in; each figure falls in exactly one. */
export function rangeChoiceIndex(answer: RangeAnswer, hours: number): number {
  const index = answer.choices.findIndex((choice) => hours >= choice.min && (choice.max === null || hours < choice.max));
  if (index < 0) throw new Error(`${hours} hours falls in none of DORA's ranges: give a number of hours from 0.`);
  return index;
}

// A month is a twelfth of a year, so six of them are half a year.
const HOUR = 1;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = (365 * DAY) / 12;
const SIX_MONTHS = 6 * MONTH;

/** The six ranges DORA offers for lead time and recovery time, slowest first. */
const durations: RangeAnswer = {
  kind: 'range',
  measuredIn: 'hours',
  choices: [
    { label: 'More than six months', min: SIX_MONTHS, max: null },
    { label: 'Between one month and six months', min: MONTH, max: SIX_MONTHS },
    { label: 'Between one week and one month', min: WEEK, max: MONTH },
    { label: 'Between one day and one week', min: DAY, max: WEEK },
    // DORA's "less than one day" leaves out what its next choice takes: under an hour.
    { label: 'Less than one day', min: HOUR, max: DAY },
    { label: 'Less than one hour', min: 0, max: HOUR },
  ],
};

/**
 * DORA's deployment frequencies, least frequent first, as the time between two deployments. DORA's
 * labels overlap at the top ("several a day" fits both of the last two): on demand is taken to be what
 * lies beyond the hourly choice, more than one deployment an hour.
 */
const frequencies: RangeAnswer = {
  kind: 'range',
  measuredIn: 'hours-between-deployments',
  choices: [
    { label: 'Fewer than once per six months', min: SIX_MONTHS, max: null },
    { label: 'Between once per month and once every 6 months', min: MONTH, max: SIX_MONTHS },
    { label: 'Between once per week and once per month', min: WEEK, max: MONTH },
    { label: 'Between once per day and once per week', min: DAY, max: WEEK },
    { label: 'Between once per hour and once per day', min: HOUR, max: DAY },
    { label: 'On demand (multiple deploys per day)', min: 0, max: HOUR },
  ],
};

const percent: PercentAnswer = { kind: 'percent' };

/** A publication as a definition cites it: its title and address. */
const cite = ({ title, url }: SourceLink): SourceLink => ({ title, url });
const DORA_GUIDE = cite(sources.doraGuide);
const ESSP_METRICS_PAGE = cite(sources.esspMetricsPage);

const doraMetricDetails = {
  'dora-change-lead-time': {
    name: 'Change lead time',
    seedName: 'Lead Time for Changes',
    summary: 'How long a change takes from commit to production',
    definition: {
      text: 'How long a change takes from being committed to version control to running in production.',
      source: DORA_GUIDE,
    },
    formerNames: ['lead time for changes', 'deployment lead time'],
    abbreviations: ['LT', 'LTC', 'LTFC'],
    aliases: ['lead time', 'commit-to-prod', 'commit to production'],
    factor: 'throughput',
    factorSince: 2015,
    earlierFactors: [],
    added: 2014,
    history: 'Called “deployment lead time” in 2015 and “lead time for changes” for years after; DORA’s guide now heads it “change lead time”.',
    direction: 'lower-is-better',
    survey: {
      question: 'How long does a change take from being committed to running successfully in production?',
      answer: durations,
    },
  },
  'dora-deployment-frequency': {
    name: 'Deployment frequency',
    seedName: 'Deployment Frequency',
    summary: 'How often changes are deployed to production',
    definition: {
      text: 'How many deployments happen in a given period, or how long passes between deployments.',
      source: DORA_GUIDE,
    },
    formerNames: [],
    abbreviations: ['DF'],
    aliases: ['deploy freq', 'deploy frequency', 'deploys per day', 'release frequency', 'deploys'],
    factor: 'throughput',
    factorSince: 2015,
    earlierFactors: [],
    added: 2014,
    direction: 'higher-is-better',
    survey: { question: 'How often is code deployed to production or released to end users?', answer: frequencies },
  },
  'dora-change-fail-rate': {
    name: 'Change fail rate',
    seedName: 'Change Failure Rate',
    summary: 'The share of deployments that need immediate remediation',
    definition: {
      text: 'The share of deployments that need immediate remediation after they ship, usually a rollback or a hotfix.',
      source: DORA_GUIDE,
    },
    formerNames: ['change failure rate', 'change fail percentage'],
    abbreviations: ['CFR'],
    aliases: ['change fail %', 'failure rate', 'deployment failure rate'],
    factor: 'instability',
    factorSince: 2024,
    earlierFactors: [{ factor: 'stability', from: 2015, until: 2023 }],
    added: 2014,
    direction: 'lower-is-better',
    survey: {
      question:
        'About what share of changes to production degrade service and then need remediation (a hotfix, rollback, fix forward or patch)?',
      answer: percent,
    },
  },
  'dora-failed-deployment-recovery-time': {
    name: 'Failed deployment recovery time',
    seedName: 'Mean Time to Recovery',
    summary: 'How long it takes to recover from a failed deployment',
    definition: {
      text: 'How long it takes to recover after a deployment fails and needs immediate intervention. Since 2023 only failures caused by a change count, not external events such as a data-centre outage.',
      source: DORA_GUIDE,
    },
    formerNames: ['mean time to recovery', 'mean time to recover', 'mean time to restore', 'time to restore service', 'time to restore'],
    abbreviations: ['MTTR', 'TTR', 'FDRT'],
    aliases: ['mean time to repair', 'recovery time'],
    factor: 'throughput',
    factorSince: 2024,
    earlierFactors: [{ factor: 'stability', from: 2015, until: 2023 }],
    added: 2014,
    history: 'Renamed from “mean time to recover (MTTR)” / “time to restore service” to “failed deployment recovery time” in 2023.',
    direction: 'lower-is-better',
    survey: { question: 'How long does it generally take to restore service after such a change?', answer: durations },
  },
  'dora-deployment-rework-rate': {
    name: 'Deployment rework rate',
    summary: 'The share of deployments that were unplanned fixes for incidents or bugs',
    definition: {
      text: 'The share of deployments that were unplanned and made to deal with a production incident or user-facing bug.',
      source: DORA_GUIDE,
    },
    formerNames: [],
    abbreviations: [],
    aliases: ['rework', 'rework rate', 'unplanned deploys', 'unplanned deployments'],
    factor: 'instability',
    factorSince: 2024,
    earlierFactors: [],
    added: 2024,
    direction: 'lower-is-better',
    survey: {
      question: 'About what share of deployments in the last six months were unplanned, made to address a user-facing bug?',
      answer: percent,
    },
  },
} as const satisfies Record<DoraMetricId, Omit<DoraMetric, 'id' | 'kind' | 'framework'>>;

const SPACE_SUMMARY: SourceLink = {
  title: 'AcaWiki summary of “The SPACE of Developer Productivity”',
  url: 'https://acawiki.org/The_SPACE_of_Developer_Productivity',
};

const spaceDimensionDetails = {
  'space-satisfaction': {
    name: 'Satisfaction and well-being',
    seedName: 'Satisfaction',
    letter: 'S',
    summary: 'How fulfilled, healthy and content developers are',
    definition: {
      text: 'How fulfilled, healthy and content developers are with their work, team, tools and culture; for example overall satisfaction, having the right tools, and burnout.',
      source: SPACE_SUMMARY,
    },
    aliases: ['well-being', 'wellbeing', 'burnout', 'developer happiness', 'dev sat', 'developer satisfaction'],
  },
  'space-performance': {
    name: 'Performance',
    seedName: 'Performance',
    letter: 'P',
    summary: 'The outcomes of a system or process, judged by results rather than volume',
    definition: {
      text: 'The outcomes of a system or process, judged by results rather than by how much was produced; for example quality (reliability, few bugs, service health) and impact (customer satisfaction, adoption, feature use, cost reduction).',
      source: SPACE_SUMMARY,
    },
    aliases: ['outcomes', 'impact', 'quality'],
  },
  'space-activity': {
    name: 'Activity',
    seedName: 'Activity',
    letter: 'A',
    summary: 'Counts of actions and outputs; useful, never the full picture',
    definition: {
      text: 'Counts of the actions or outputs produced while working, such as commits, pull requests, reviews, builds, tests, deployments and incidents. Useful signals, but never a full picture on their own.',
      source: SPACE_SUMMARY,
    },
    aliases: ['commits', 'PR count', 'LOC', 'lines of code', 'PR throughput', 'output'],
  },
  'space-communication': {
    name: 'Communication and collaboration',
    seedName: 'Communication',
    letter: 'C',
    summary: 'How well people and teams share knowledge and coordinate',
    definition: {
      text: 'How well people and teams share knowledge and coordinate work; for example how discoverable documentation and expertise are, how fast work is integrated, review quality and onboarding.',
      source: SPACE_SUMMARY,
    },
    aliases: ['collaboration', 'code review time', 'PR review speed', 'knowledge sharing', 'onboarding'],
  },
  'space-efficiency': {
    name: 'Efficiency and flow',
    seedName: 'Efficiency',
    letter: 'E',
    summary: 'How far work moves without delay, handoffs or interruption',
    definition: {
      text: 'How far work, and each developer, can move forward without delays, handoffs or interruptions; for example the number of handoffs, the ability to stay in flow, and time through the system.',
      source: SPACE_SUMMARY,
    },
    aliases: ['flow', 'flow state', 'focus time', 'deep work', 'interruptions', 'context switching', 'handoffs'],
  },
} as const satisfies Record<SpaceDimensionId, Omit<SpaceDimension, 'id' | 'kind' | 'framework'>>;

const esspZoneDetails = {
  'essp-quality': {
    name: 'Quality',
    seedName: 'Quality',
    layer: 'foundation',
    question: 'Are we shipping work that stays shipped?',
    summary: 'Whether shipped work stays shipped',
    definition: { text: 'The code that ships is secure, reliable and easy to maintain.', source: ESSP_METRICS_PAGE },
    aliases: ['defect escape rate', 'code security', 'maintainability', 'code security and maintainability'],
  },
  'essp-velocity': {
    name: 'Velocity',
    seedName: 'Velocity',
    layer: 'foundation',
    question: 'How fast does value move through the loop?',
    summary: 'How fast value moves through the loop, end to end',
    definition: { text: 'Code ships regularly, and as fast as the business needs it to.', source: ESSP_METRICS_PAGE },
    aliases: ['speed', 'PRs merged per developer', 'PRs per developer', 'idea to user'],
  },
  'essp-developer-happiness': {
    name: 'Developer happiness',
    seedName: 'Developer Happiness',
    layer: 'foundation',
    question: 'Are engineers satisfied with their tools, processes, and work environment?',
    summary: 'Whether engineers are satisfied with their tools, processes and work environment',
    definition: { text: 'Developers can do their best work, and are satisfied doing it.', source: ESSP_METRICS_PAGE },
    aliases: ['dev happiness', 'developer satisfaction', 'tooling satisfaction', 'Copilot satisfaction', 'flow state experience'],
  },
  'essp-business-outcomes': {
    name: 'Business outcomes',
    seedName: 'Business Outcomes',
    layer: 'top',
    question: 'Did the shipped feature actually achieve its intended impact?',
    summary: 'Whether shipped features achieved their intended impact',
    definition: {
      text: 'What engineering produces helps the business innovate and reach its strategic goals, at a rising efficiency.',
      source: ESSP_METRICS_PAGE,
    },
    aliases: ['business impact', 'AI leverage', 'Copilot ROI', 'AI impact', 'engineering expenses', 'ROI'],
  },
} as const satisfies Record<EsspZoneId, Omit<EsspZone, 'id' | 'kind' | 'framework'>>;

const ESSP = cite(sources.esspPlaybook);

// The finder lists ESSP's zones, not its metrics, and finds a zone by its metrics' names (metricSearch.ts):
// the words people type for a metric stay on its zone until the metrics are listed themselves.

const esspMetricDetails = {
  'essp-change-failure-rate': {
    name: 'Change failure rate',
    aggregate: null,
    zone: 'essp-quality',
    summary: 'The share of production changes that degrade service',
    definition: { text: 'The share of changes or releases to production that degrade service; GitHub takes it from DORA.', source: ESSP },
    direction: 'lower-is-better',
    spaceDimension: 'space-performance',
    sameAs: 'dora-change-fail-rate',
    aliases: [],
  },
  'essp-failed-deployment-recovery-time': {
    name: 'Failed deployment recovery time',
    aggregate: 'median',
    zone: 'essp-quality',
    summary: 'How long recovering from a production failure takes',
    definition: { text: 'How long the organization takes to recover from a failure in production; GitHub takes it from DORA.', source: ESSP },
    direction: 'lower-is-better',
    spaceDimension: 'space-efficiency',
    sameAs: 'dora-failed-deployment-recovery-time',
    aliases: [],
  },
  'essp-code-security-and-maintainability': {
    name: 'Code security and maintainability',
    aggregate: 'median',
    zone: 'essp-quality',
    summary: 'How secure the code is, and how easy to maintain',
    definition: {
      text: 'How well the code resists threats and limits exposure to risk, and how easy it is to maintain and extend; measured with code-scanning or code-quality tools, or by asking developers.',
      source: ESSP,
    },
    direction: 'higher-is-better',
    spaceDimension: 'space-performance',
    aliases: [],
  },
  'essp-lead-time': {
    name: 'Lead time',
    aggregate: 'median',
    zone: 'essp-velocity',
    summary: 'How long a commit takes to reach production',
    definition: { text: 'How long a commit takes to reach production; GitHub takes it from DORA.', source: ESSP },
    direction: 'lower-is-better',
    spaceDimension: 'space-efficiency',
    sameAs: 'dora-change-lead-time',
    aliases: [],
  },
  'essp-deployment-frequency': {
    name: 'Deployment frequency',
    aggregate: null,
    zone: 'essp-velocity',
    summary: 'How often releases reach production',
    definition: { text: 'How often releases reach production; GitHub takes it from DORA.', source: ESSP },
    direction: 'higher-is-better',
    spaceDimension: 'space-activity',
    sameAs: 'dora-deployment-frequency',
    aliases: [],
  },
  'essp-prs-merged-per-developer': {
    name: 'PRs merged per developer',
    aggregate: 'mean',
    zone: 'essp-velocity',
    summary: 'Merged pull requests per developer',
    definition: {
      text: 'The number of merged pull requests divided by the number of developers; meant for teams and organizations, never for ranking individuals.',
      source: ESSP,
    },
    direction: 'higher-is-better',
    spaceDimension: 'space-activity',
    aliases: [],
  },
  'essp-flow-state-experience': {
    name: 'Flow state experience',
    aggregate: 'median',
    zone: 'essp-developer-happiness',
    summary: 'How much time developers have for deep, focused work',
    definition: {
      text: 'Developers’ rating, from 1 to 5 in a survey, of how much time they have for deep, focused work; the item comes from DX’s Developer Experience Index.',
      source: ESSP,
    },
    direction: 'higher-is-better',
    spaceDimension: 'space-efficiency',
    aliases: [],
  },
  'essp-engineering-tooling-satisfaction': {
    name: 'Engineering tooling satisfaction',
    aggregate: 'median',
    zone: 'essp-developer-happiness',
    summary: 'How satisfied developers are with their engineering tools',
    definition: { text: 'Developers’ rating, from 1 to 5 in a survey, of their overall satisfaction with their engineering tools.', source: ESSP },
    direction: 'higher-is-better',
    spaceDimension: 'space-satisfaction',
    aliases: [],
  },
  'essp-copilot-satisfaction': {
    name: 'Copilot satisfaction',
    aggregate: 'median',
    zone: 'essp-developer-happiness',
    summary: 'How satisfied licence holders are with GitHub Copilot',
    definition: { text: 'A rating, from 1 to 5 in a survey, of satisfaction with GitHub Copilot, asked only of people who hold a licence.', source: ESSP },
    direction: 'higher-is-better',
    spaceDimension: 'space-satisfaction',
    aliases: [],
  },
  'essp-ai-leverage': {
    name: 'AI leverage',
    aggregate: 'percentage',
    zone: 'essp-business-outcomes',
    summary: 'How much of the possible gain from AI is realized',
    definition: {
      text: 'How much of the productivity gain AI could bring across engineering staff is actually realized, worked out from time saved, salary cost, eligible and engaged staff, and the cost of the AI tools.',
      source: ESSP,
    },
    direction: 'higher-is-better',
    spaceDimension: 'space-activity',
    aliases: [],
  },
  'essp-engineering-expenses-to-revenue': {
    name: 'Engineering expenses to revenue',
    aggregate: 'percentage',
    zone: 'essp-business-outcomes',
    summary: 'Engineering spending as a share of revenue',
    definition: { text: 'Total engineering spending as a share of the organization’s revenue, tracked for the organization as a whole.', source: ESSP },
    direction: 'lower-is-better',
    spaceDimension: 'space-performance',
    aliases: [],
  },
  'essp-feature-engineering-expenses': {
    name: 'Feature engineering expenses to total engineering expenses',
    aggregate: 'percentage',
    zone: 'essp-business-outcomes',
    summary: 'The share of engineering spending that builds features',
    definition: { text: 'The share of engineering spending that goes into building features, tracked for the organization as a whole.', source: ESSP },
    direction: 'higher-is-better',
    spaceDimension: 'space-performance',
    aliases: [],
  },
} as const satisfies Record<EsspMetricId, Omit<EsspMetric, 'id' | 'kind' | 'framework'>>;

export const doraMetrics: readonly DoraMetric[] = DORA_METRIC_IDS.map((id) => ({ id, kind: 'metric', framework: 'dora', ...doraMetricDetails[id] }));
export const spaceDimensions: readonly SpaceDimension[] = SPACE_DIMENSION_IDS.map((id) => ({
  id,
  kind: 'dimension',
  framework: 'space',
  ...spaceDimensionDetails[id],
}));
export const esspZones: readonly EsspZone[] = ESSP_ZONE_IDS.map((id) => ({ id, kind: 'zone', framework: 'essp', ...esspZoneDetails[id] }));
export const esspMetrics: readonly EsspMetric[] = ESSP_METRIC_IDS.map((id) => ({ id, kind: 'metric', framework: 'essp', ...esspMetricDetails[id] }));

const byId: ReadonlyMap<MeasureId, Measure> = new Map<MeasureId, Measure>(
  [...doraMetrics, ...spaceDimensions, ...esspZones, ...esspMetrics].map((measure) => [measure.id, measure]),
);

/** Every measure, in MEASURE_IDS order: DORA's metrics, SPACE's dimensions, ESSP's zones, then its metrics. */
export const measures: readonly Measure[] = MEASURE_IDS.flatMap((id) => byId.get(id) ?? []);

/** The ESSP metrics of a zone, in the playbook's order. */
export const metricsOfZone = (zone: EsspZoneId): readonly EsspMetric[] => esspMetrics.filter((metric) => metric.zone === zone);

/**
 * Terms people search for that these frameworks do not define, or that this model does not map.
 * The finder shows the explanation instead of an empty result.
 */
export interface UnmappedTerm {
  /** What people type, lower case. */
  readonly terms: readonly string[];
  readonly explanation: string;
  /** Measures to look at instead. */
  readonly seeAlso: readonly MeasureId[];
  /**
   * 'common-usage': how the term is generally used, from no framework's or study's text, and labelled so
   * wherever it is shown; 'source': the explanation's facts come from `sourceUrl`.
   */
  readonly basis: 'common-usage' | 'source';
  /** @format uri */
  readonly sourceUrl?: string;
}

/** How pages label an explanation that comes from no source. */
export const COMMON_USAGE_LABEL = 'Common usage, not a framework’s definition';

export const unmappedTerms = [
  {
    terms: ['mttd', 'mean time to detect', 'time to detect'],
    explanation:
      'Mean time to detect is an incident-management metric, not a DORA, SPACE or ESSP metric. The nearest DORA metric is recovery time.',
    seeAlso: ['dora-failed-deployment-recovery-time'],
    basis: 'common-usage',
  },
  {
    terms: ['mtta', 'mean time to acknowledge', 'time to acknowledge'],
    explanation:
      'Mean time to acknowledge is an incident-management metric, not a DORA, SPACE or ESSP metric. The nearest DORA metric is recovery time.',
    seeAlso: ['dora-failed-deployment-recovery-time'],
    basis: 'common-usage',
  },
  {
    terms: ['mtbf', 'mean time between failures'],
    explanation:
      'Mean time between failures is a reliability metric, not a DORA metric. For how often changes fail, see Change Failure Rate; for recovery, see recovery time.',
    seeAlso: ['dora-change-fail-rate', 'dora-failed-deployment-recovery-time'],
    basis: 'common-usage',
  },
  {
    terms: ['cycle time'],
    explanation:
      'Cycle time is not a DORA metric: tools define it in different ways (in progress to done, first commit to merge), so do not equate it with change lead time. In this model it is the SPACE Efficiency label for ③ Build & Collaborate.',
    seeAlso: ['space-efficiency', 'dora-change-lead-time'],
    basis: 'common-usage',
  },
  {
    terms: ['hotfix rate', 'hotfix %'],
    explanation:
      'Hotfix rate is not a DORA, SPACE or ESSP metric. As the term is generally used it overlaps two DORA metrics: deployment rework rate (unplanned deployments made to fix a problem in production) and change fail rate (deployments that need a hotfix or rollback).',
    seeAlso: ['dora-deployment-rework-rate', 'dora-change-fail-rate'],
    basis: 'common-usage',
  },
  {
    terms: ['reliability', 'availability', '5th dora metric', 'fifth dora metric', 'sdo', 'uptime'],
    explanation:
      'DORA treats reliability (once called availability) as operational performance, not as a software delivery metric; the 2021 report’s “fifth metric” label was later withdrawn. This model does not map it.',
    seeAlso: ['dora-failed-deployment-recovery-time', 'dora-change-fail-rate'],
    basis: 'source',
    sourceUrl: sources.doraHistory.url,
  },
] as const satisfies readonly UnmappedTerm[];
