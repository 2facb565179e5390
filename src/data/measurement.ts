/**
 * How to measure each guided measure, where well-known tools disagree, what each framework warns against,
 * and which measures go together: the facts behind sections b, c, e and f of a metric's page (issue #19).
 * Facts come from shared/reference/{frameworks,measuring,dora-quick-check}.md, each with its source; the
 * sentences are ours. Names, definitions, direction, DORA's survey questions and ESSP's zones live in the
 * measure catalogue, not here.
 */
import type { Source } from './frameworks';
import {
  GUIDED_MEASURE_IDS,
  type DoraMetricId,
  type EsspMetricId,
  type GuidedMeasureId,
  type SpaceDimensionId,
} from './measureIds';

// ---------------------------------------------------------------------------------------------------------
// Sources. Titles match src/data/frameworks.ts where the URL is the same (a data test checks it).

const DORA_GUIDE: Source = {
  title: 'DORA’s software delivery performance metrics (guide)',
  url: 'https://dora.dev/guides/dora-metrics/',
  published: 'DORA, updated 2026-01-05',
};
const DORA_HISTORY: Source = {
  title: 'A history of the DORA metrics',
  url: 'https://dora.dev/guides/dora-metrics/history/',
  published: 'DORA, 2026-01-02',
};
const DORA_SURVEY: Source = {
  title: 'DORA 2024 survey questions',
  url: 'https://dora.dev/research/2024/questions/',
  published: 'DORA, 2024',
};
const DORA_QUICK_CHECK: Source = {
  title: 'DORA Quick Check',
  url: 'https://dora.dev/quickcheck/',
  published: 'DORA, 2026-04-22',
};
const ESSP_PLAYBOOK: Source = {
  title: 'GitHub’s Engineering System Success Playbook',
  url: 'https://resources.github.com/engineering-system-success-playbook/',
  published: 'GitHub, May 2025',
};
const ESSP_METRICS_PAGE: Source = {
  title: 'GitHub Well-Architected: Engineering System Metrics',
  url: 'https://wellarchitected.github.com/library/productivity/recommendations/engineering-system-metrics',
  published: 'GitHub, 2025-04-24',
};
const SPACE_PAPER: Source = {
  title:
    'Forsgren, Storey, Maddila, Zimmermann, Houck and Butler, “The SPACE of Developer Productivity: There’s more to it than you think”, ACM Queue 19(1)',
  url: 'https://queue.acm.org/detail.cfm?id=3454124',
  published: 'ACM Queue, January–February 2021',
};
const SPACE_SUMMARY: Source = {
  title: 'AcaWiki: The SPACE of Developer Productivity (summary)',
  url: 'https://acawiki.org/The_SPACE_of_Developer_Productivity',
  published: 'AcaWiki, a secondary summary of the paper',
};

// ---------------------------------------------------------------------------------------------------------
// Shared shapes

/** 'publisher': read in the framework's or tool's own material; 'secondary': found only in secondary sources. */
export type Evidence = 'publisher' | 'secondary';

export interface Cited {
  readonly source: Source;
  readonly evidence: Evidence;
  /** For a secondary fact linked to the original: who reproduced it, since the original was not read. */
  readonly via?: string;
}

/** One fact, in our words, with where it comes from. */
export interface SourcedFact extends Cited {
  readonly text: string;
}

const fact =
  (source: Source, evidence: Evidence = 'publisher') =>
  (text: string): SourcedFact => ({ text, source, evidence });

const doraGuide = fact(DORA_GUIDE);
const doraHistory = fact(DORA_HISTORY);
const doraSurvey = fact(DORA_SURVEY);
const doraQuickCheck = fact(DORA_QUICK_CHECK);
const esspPlaybook = fact(ESSP_PLAYBOOK);
const esspMetricsPage = fact(ESSP_METRICS_PAGE);
const spaceSummary = fact(SPACE_SUMMARY, 'secondary');

/** Where a team usually finds the data for a measure. */
export const DATA_SOURCE_IDS = [
  'version-control',
  'ci-cd',
  'incident-tracker',
  'work-tracker',
  'survey',
  'code-scanning',
  'product-analytics',
  'finance',
  'headcount',
  'licence-records',
] as const;
export type DataSourceId = (typeof DATA_SOURCE_IDS)[number];

export const dataSourceLabels = {
  'version-control': 'Version control (commits and pull requests)',
  'ci-cd': 'CI/CD pipelines and deployment records',
  'incident-tracker': 'Incident tracker',
  'work-tracker': 'Issue or work-item tracker',
  survey: 'Developer survey',
  'code-scanning': 'Code-scanning or code-quality tool',
  'product-analytics': 'Product analytics and customer feedback',
  finance: 'Finance records (spend, revenue, salary cost)',
  headcount: 'Headcount (how many developers)',
  'licence-records': 'Tool licence records',
} as const satisfies Record<DataSourceId, string>;

/** The two events between which a duration is measured. */
export interface Clock {
  readonly start: SourcedFact;
  readonly stop: SourcedFact;
}

export type Statistic = 'median' | 'mean' | 'percentage' | 'count-per-period' | 'unspecified';

export interface Aggregate {
  /** The statistic to report; 'unspecified' where the sources name none. */
  readonly statistic: Statistic;
  /** Why this statistic: the framework's own naming or definition, or the fact that it gives none. */
  readonly basis: readonly SourcedFact[];
  /** Durations only: why a mean misleads. Our sentence, not a source's. */
  readonly whyNotMean?: string;
}

export interface SurveyScale {
  readonly min: number;
  readonly max: number;
}

export interface SurveyItem extends Cited {
  /** What the item asks. */
  readonly item: string;
  /** 'ours' unless the source publishes the item's exact words. */
  readonly wording: 'ours' | 'published';
  /** The answer scale; null where the sources read give none. */
  readonly scale: SurveyScale | null;
  /** Who is asked, where the framework limits it. */
  readonly respondents?: string;
  /** Where the framework took the item from, if elsewhere. */
  readonly origin?: string;
}

interface MeasurementBase {
  /** What the figure is expressed in, e.g. "percent of deployments". */
  readonly unit: string;
  readonly aggregate: Aggregate;
  /** What to measure across: one service, a team, the organization. */
  readonly scope: SourcedFact;
  /** The data a team usually has for it, most important first. */
  readonly dataSources: readonly DataSourceId[];
  /** What the framework says counts as a deployment. */
  readonly deployment?: SourcedFact;
  /** What the framework says counts as a failure. */
  readonly failure?: SourcedFact;
  /** The framework's own advice on measuring it. */
  readonly advice?: readonly SourcedFact[];
  /** Plainly true sentences of ours that need no source. */
  readonly notes?: readonly string[];
}

/** A time between two events. */
export interface DurationMeasurement extends MeasurementBase {
  readonly kind: 'duration';
  readonly clock: Clock;
}

/** A count of events per period. */
export interface FrequencyMeasurement extends MeasurementBase {
  readonly kind: 'frequency';
  readonly counted: SourcedFact;
}

/** One count divided by another. */
export interface RatioMeasurement extends MeasurementBase {
  readonly kind: 'ratio';
  readonly numerator: SourcedFact;
  readonly denominator: SourcedFact;
}

/** A score from a survey item. */
export interface SurveyMeasurement extends MeasurementBase {
  readonly kind: 'survey';
  readonly survey: SurveyItem;
}

/** A score from a tool or a survey. */
export interface ScoreMeasurement extends MeasurementBase {
  readonly kind: 'score';
  readonly measuredWith: SourcedFact;
  readonly survey?: SurveyItem;
}

/** A figure computed from several inputs whose formula the sources read do not give. */
export interface InputsMeasurement extends MeasurementBase {
  readonly kind: 'inputs';
  readonly inputs: { readonly items: readonly string[] } & Cited;
}

/** A SPACE dimension: no single figure, but signals to choose from. */
export interface DimensionMeasurement extends MeasurementBase {
  readonly kind: 'dimension';
  /** What the paper suggests measuring for this dimension. */
  readonly signals: readonly SourcedFact[];
  readonly survey?: SurveyItem;
}

export type Measurement =
  | DurationMeasurement
  | FrequencyMeasurement
  | RatioMeasurement
  | SurveyMeasurement
  | ScoreMeasurement
  | InputsMeasurement
  | DimensionMeasurement;

export type PitfallKind =
  | 'target'
  | 'single-metric'
  | 'unlike-comparison'
  | 'team-competition'
  | 'siloed-ownership'
  | 'industry-as-shield'
  | 'measuring-over-improving'
  | 'ranking-individuals'
  | 'gaming'
  | 'measurement-cost'
  | 'benchmark-chasing'
  | 'lagging-only'
  | 'activity-only'
  | 'individual-only'
  | 'managers-only'
  | 'tools-only';

/** A warning the framework itself gives, in our words. */
export interface Pitfall extends SourcedFact {
  readonly kind: PitfallKind;
}

/** Where the loop model and the framework read a metric differently. */
export interface ModelDifference {
  /** One plain sentence of ours. */
  readonly text: string;
  /** Where the framework's side of the comparison comes from (the model's side is the seed). */
  readonly source: Source;
}

export interface MeasurementGuide {
  readonly howToMeasure: Measurement;
  readonly pitfalls: readonly Pitfall[];
  /** ESSP metrics taken from DORA: the DORA metric whose page compares the tools. */
  readonly toolComparisonOn?: DoraMetricId;
  /** DORA metrics the loop model maps to phases: where the model and DORA differ. */
  readonly modelDifference?: ModelDifference;
}

// ---------------------------------------------------------------------------------------------------------
// Pitfalls, framework by framework

const DORA_PITFALLS: readonly Pitfall[] = [
  {
    kind: 'target',
    ...doraGuide('Don’t turn the metrics into goals: a measure that becomes a target stops being a good measure (DORA cites Goodhart’s law).'),
  },
  { kind: 'single-metric', ...doraGuide('Don’t judge delivery by one metric alone.') },
  { kind: 'unlike-comparison', ...doraGuide('Don’t compare very different applications or services with each other.') },
  { kind: 'siloed-ownership', ...doraGuide('Don’t split ownership so that each silo answers only for its own metric.') },
  { kind: 'team-competition', ...doraGuide('Don’t set teams or organizations competing with each other on the metrics.') },
  { kind: 'industry-as-shield', ...doraGuide('Don’t use your industry as a reason not to improve.') },
  { kind: 'measuring-over-improving', ...doraGuide('Don’t let the work of measuring crowd out the work of improving.') },
];

const ESSP_RANKING: Pitfall = {
  kind: 'ranking-individuals',
  ...esspPlaybook('Keep a team perspective: don’t use the metrics to single out individual engineers.'),
};

const ESSP_PITFALLS: readonly Pitfall[] = [
  { kind: 'gaming', ...esspPlaybook('Choose metrics with care, so that they are hard to game.') },
  ESSP_RANKING,
  {
    kind: 'single-metric',
    ...esspPlaybook('Read each metric with companion metrics for context; the playbook’s example pairs lead time with change failure rate.'),
  },
  {
    kind: 'lagging-only',
    ...esspPlaybook(
      'All twelve metrics lag: pair each with leading indicators closer to where friction starts, and expect months before the twelve move.',
    ),
  },
  { kind: 'benchmark-chasing', ...esspPlaybook('Value your own improvement over time above benchmarks.') },
  { kind: 'measurement-cost', ...esspPlaybook('Weigh what measuring costs against what it tells you.') },
];

const SPACE_PITFALLS: readonly Pitfall[] = [
  {
    kind: 'activity-only',
    ...spaceSummary('Productivity is not activity alone: counts of commits, pull requests or reviews never give the full picture.'),
  },
  { kind: 'individual-only', ...spaceSummary('Productivity is not only individual performance; teams and systems matter too.') },
  { kind: 'single-metric', ...spaceSummary('No single metric tells the whole story.') },
  { kind: 'managers-only', ...spaceSummary('Measures are not only for managers; developers can use them too.') },
  { kind: 'tools-only', ...spaceSummary('Productivity is not only about tools and engineering systems.') },
];

// ---------------------------------------------------------------------------------------------------------
// Facts shared by DORA's metrics and ESSP's versions of them

const DORA_SCOPE = doraGuide('Measure one application or service at a time, and don’t blend several teams’ figures into one.');
const DORA_START_SIMPLE = doraGuide(
  'Start with conversations, DORA’s Quick Check or a tool you already have, before building integrations of your own.',
);
const DORA_NO_AGGREGATE = doraGuide('DORA’s guide gives no formula and does not say whether to use the median or the mean.');
const DORA_DEPLOYMENT = doraSurvey('Deploying code to production, or releasing it to end users.');
const DORA_FAILURE = doraQuickCheck(
  'A change or release that degrades service (an impairment or an outage) and then needs remediation: a hotfix, rollback, fix forward or patch.',
);
const DORA_CHANGE_CAUSED = doraHistory(
  'Since 2023 only failures caused by a change count; external events, such as a data-centre outage, do not.',
);

const ESSP_SCOPE = esspPlaybook('Read the figures for teams and the organization, not for individual engineers.');
const ESSP_ORG_SCOPE = esspPlaybook('Track it at the level of the whole organization.');
const ESSP_FIT = esspMetricsPage('Fit the metric to your own workflow and tools.');
const ESSP_DEFINE_PRODUCTION = esspMetricsPage('Agree with the business what “in production” and “production failure” mean for you.');
const ESSP_SURVEYS = esspMetricsPage('Surveys can complement what your tools record.');

const LEAD_TIME_WHY_MEDIAN = 'A few very slow changes pull a mean far above what a typical change takes, so the median describes the usual case better.';
const RECOVERY_WHY_MEDIAN = 'One long outage can drag a mean far above a typical recovery, so the median describes the usual case better.';
const BOUNDED_RATE = 'Counting deployments with at least one failure, not failures, keeps the rate between 0 and 100 %.';

const ESSP_SURVEY_SCALE: SurveyScale = { min: 1, max: 5 };

const withoutKind = (pitfalls: readonly Pitfall[], kind: PitfallKind): readonly Pitfall[] => pitfalls.filter((p) => p.kind !== kind);

// ---------------------------------------------------------------------------------------------------------
// The guides

const doraGuides = {
  'dora-change-lead-time': {
    howToMeasure: {
      kind: 'duration',
      clock: {
        start: doraGuide('The change is committed to version control.'),
        stop: doraSurvey('The change is running successfully in production.'),
      },
      unit: 'hours or days, per change',
      aggregate: {
        statistic: 'median',
        basis: [DORA_NO_AGGREGATE, esspMetricsPage('GitHub’s playbook names the median for its version of this metric: (Median) lead time.')],
        whyNotMean: LEAD_TIME_WHY_MEDIAN,
      },
      scope: DORA_SCOPE,
      dataSources: ['version-control', 'ci-cd', 'survey'],
      deployment: DORA_DEPLOYMENT,
      advice: [DORA_START_SIMPLE],
    },
    pitfalls: DORA_PITFALLS,
    modelDifference: {
      text: 'The loop model places lead time at ② Shape because shaping decides how fast work flows into development, but DORA’s clock starts when code is committed, so time spent shaping is not part of the figure.',
      source: DORA_GUIDE,
    },
  },
  'dora-deployment-frequency': {
    howToMeasure: {
      kind: 'frequency',
      counted: doraGuide('Deployments in a given period; DORA also accepts the time between deployments.'),
      unit: 'deployments per day, week or month',
      aggregate: { statistic: 'count-per-period', basis: [DORA_NO_AGGREGATE] },
      scope: DORA_SCOPE,
      dataSources: ['ci-cd', 'survey'],
      deployment: DORA_DEPLOYMENT,
      advice: [DORA_START_SIMPLE],
    },
    pitfalls: DORA_PITFALLS,
    modelDifference: {
      text: 'The loop model describes deployment frequency at ④ Verify as how often the verification pipeline completes, but DORA counts deployments to production and releases to end users, so pipeline runs that deploy nothing do not count.',
      source: DORA_SURVEY,
    },
  },
  'dora-change-fail-rate': {
    howToMeasure: {
      kind: 'ratio',
      numerator: doraGuide('Deployments that needed immediate remediation after they shipped, usually a rollback or a hotfix.'),
      denominator: doraGuide('All deployments in the same period.'),
      unit: 'percent of deployments',
      aggregate: { statistic: 'percentage', basis: [doraGuide('DORA defines the metric as a share of deployments.')] },
      scope: DORA_SCOPE,
      dataSources: ['ci-cd', 'incident-tracker', 'survey'],
      deployment: DORA_DEPLOYMENT,
      failure: DORA_FAILURE,
      advice: [DORA_START_SIMPLE],
      notes: [BOUNDED_RATE],
    },
    pitfalls: DORA_PITFALLS,
    modelDifference: {
      text: 'The loop model reads change failures as gaps in verify and release, but DORA counts every deployment that degrades service and needs remediation, whichever phase let the fault through.',
      source: DORA_QUICK_CHECK,
    },
  },
  'dora-failed-deployment-recovery-time': {
    howToMeasure: {
      kind: 'duration',
      clock: {
        start: doraGuide('A deployment fails and needs immediate intervention.'),
        stop: doraSurvey('Service is restored.'),
      },
      unit: 'hours or days, per failed deployment',
      aggregate: {
        statistic: 'median',
        basis: [
          DORA_NO_AGGREGATE,
          esspMetricsPage('GitHub’s playbook names the median for its version of this metric: (Median) failed deployment recovery time.'),
        ],
        whyNotMean: RECOVERY_WHY_MEDIAN,
      },
      scope: DORA_SCOPE,
      dataSources: ['ci-cd', 'incident-tracker', 'survey'],
      deployment: DORA_DEPLOYMENT,
      failure: DORA_CHANGE_CAUSED,
      advice: [DORA_START_SIMPLE],
    },
    pitfalls: DORA_PITFALLS,
    modelDifference: {
      text: 'The loop model calls it Mean Time to Recovery and places it at ⑥ Learn as how quickly learning turns into action, but DORA’s clock stops when service is restored after a failed change, so the learning that follows is not part of the figure.',
      source: DORA_GUIDE,
    },
  },
  'dora-deployment-rework-rate': {
    howToMeasure: {
      kind: 'ratio',
      numerator: doraGuide('Deployments that were not planned but were made to deal with a production incident or a user-facing bug.'),
      denominator: doraGuide('All deployments in the same period.'),
      unit: 'percent of deployments',
      aggregate: { statistic: 'percentage', basis: [doraGuide('DORA defines the metric as a share of deployments.')] },
      scope: DORA_SCOPE,
      dataSources: ['ci-cd', 'incident-tracker', 'work-tracker', 'survey'],
      deployment: DORA_DEPLOYMENT,
      advice: [
        DORA_START_SIMPLE,
        doraSurvey(
          'DORA’s 2024 survey asks for the share of deployments in the last six months that were unplanned and made to fix a user-facing bug.',
        ),
      ],
    },
    pitfalls: DORA_PITFALLS,
  },
} satisfies Record<DoraMetricId, MeasurementGuide>;

const esspGuides = {
  'essp-change-failure-rate': {
    howToMeasure: {
      kind: 'ratio',
      numerator: esspPlaybook('Production changes or releases that degrade service (the playbook takes the metric from DORA).'),
      denominator: esspPlaybook('All production changes or releases in the same period.'),
      unit: 'percent of changes',
      aggregate: { statistic: 'percentage', basis: [esspPlaybook('The playbook defines the metric as a share of production changes.')] },
      scope: ESSP_SCOPE,
      dataSources: ['ci-cd', 'incident-tracker', 'survey'],
      failure: esspPlaybook('A production change or release that degrades service.'),
      advice: [ESSP_DEFINE_PRODUCTION, ESSP_FIT, ESSP_SURVEYS],
      notes: [BOUNDED_RATE],
    },
    pitfalls: ESSP_PITFALLS,
    toolComparisonOn: 'dora-change-fail-rate',
  },
  'essp-failed-deployment-recovery-time': {
    howToMeasure: {
      kind: 'duration',
      clock: {
        start: esspPlaybook('A failure in production (the playbook takes the metric from DORA).'),
        stop: esspPlaybook('The organization has recovered from it.'),
      },
      unit: 'hours or days, per failure',
      aggregate: {
        statistic: 'median',
        basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Median) failed deployment recovery time.')],
        whyNotMean: RECOVERY_WHY_MEDIAN,
      },
      scope: ESSP_SCOPE,
      dataSources: ['incident-tracker', 'ci-cd', 'survey'],
      advice: [ESSP_DEFINE_PRODUCTION, ESSP_FIT, ESSP_SURVEYS],
    },
    pitfalls: ESSP_PITFALLS,
    toolComparisonOn: 'dora-failed-deployment-recovery-time',
  },
  'essp-code-security-and-maintainability': {
    howToMeasure: {
      kind: 'score',
      measuredWith: esspPlaybook(
        'Code-scanning or code-quality tools, or a survey, judging how well the code resists threats and limits risk exposure, and how easy it is to maintain and extend.',
      ),
      survey: {
        item: 'How well the code resists threats, and how easy it is to maintain and extend.',
        wording: 'ours',
        scale: null,
        source: ESSP_PLAYBOOK,
        evidence: 'publisher',
      },
      unit: 'a score from your scanning or quality tool, or from a survey',
      aggregate: {
        statistic: 'median',
        basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Median) code security and maintainability.')],
      },
      scope: ESSP_SCOPE,
      dataSources: ['code-scanning', 'survey'],
      advice: [ESSP_FIT, ESSP_SURVEYS],
    },
    pitfalls: ESSP_PITFALLS,
  },
  'essp-lead-time': {
    howToMeasure: {
      kind: 'duration',
      clock: {
        start: esspPlaybook('A commit is made (the playbook takes the metric from DORA).'),
        stop: esspPlaybook('The commit reaches production.'),
      },
      unit: 'hours or days, per change',
      aggregate: {
        statistic: 'median',
        basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Median) lead time.')],
        whyNotMean: LEAD_TIME_WHY_MEDIAN,
      },
      scope: ESSP_SCOPE,
      dataSources: ['version-control', 'ci-cd', 'survey'],
      advice: [ESSP_DEFINE_PRODUCTION, ESSP_FIT, ESSP_SURVEYS],
    },
    pitfalls: ESSP_PITFALLS,
    toolComparisonOn: 'dora-change-lead-time',
  },
  'essp-deployment-frequency': {
    howToMeasure: {
      kind: 'frequency',
      counted: esspPlaybook('Releases that reach production (the playbook takes the metric from DORA).'),
      unit: 'releases per day, week or month',
      aggregate: { statistic: 'count-per-period', basis: [esspPlaybook('The playbook defines the metric as how often releases reach production.')] },
      scope: ESSP_SCOPE,
      dataSources: ['ci-cd', 'survey'],
      advice: [ESSP_DEFINE_PRODUCTION, ESSP_FIT, ESSP_SURVEYS],
    },
    pitfalls: ESSP_PITFALLS,
    toolComparisonOn: 'dora-deployment-frequency',
  },
  'essp-prs-merged-per-developer': {
    howToMeasure: {
      kind: 'ratio',
      numerator: esspPlaybook('Pull requests merged in the period.'),
      denominator: esspPlaybook('The number of developers.'),
      unit: 'merged pull requests per developer, per period',
      aggregate: { statistic: 'mean', basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Mean) PRs merged per developer.')] },
      scope: esspPlaybook('Meant for teams and organizations, not for ranking individual developers.'),
      dataSources: ['version-control', 'headcount'],
      advice: [ESSP_FIT],
    },
    pitfalls: [
      {
        kind: 'ranking-individuals',
        ...esspPlaybook('Don’t use this metric to rank individual developers; the playbook meant it for teams and organizations.'),
      },
      ...withoutKind(ESSP_PITFALLS, 'ranking-individuals'),
    ],
  },
  'essp-flow-state-experience': {
    howToMeasure: {
      kind: 'survey',
      survey: {
        item: 'How much time the respondent has for deep, focused work.',
        wording: 'ours',
        scale: ESSP_SURVEY_SCALE,
        origin: 'DX’s Developer Experience Index',
        source: ESSP_PLAYBOOK,
        evidence: 'publisher',
      },
      unit: 'a score from 1 to 5',
      aggregate: { statistic: 'median', basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Median) flow state experience.')] },
      scope: ESSP_SCOPE,
      dataSources: ['survey'],
    },
    pitfalls: ESSP_PITFALLS,
  },
  'essp-engineering-tooling-satisfaction': {
    howToMeasure: {
      kind: 'survey',
      survey: {
        item: 'How satisfied the respondent is with their engineering tools overall.',
        wording: 'ours',
        scale: ESSP_SURVEY_SCALE,
        source: ESSP_PLAYBOOK,
        evidence: 'publisher',
      },
      unit: 'a score from 1 to 5',
      aggregate: {
        statistic: 'median',
        basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Median) engineering tooling satisfaction.')],
      },
      scope: ESSP_SCOPE,
      dataSources: ['survey'],
    },
    pitfalls: ESSP_PITFALLS,
  },
  'essp-copilot-satisfaction': {
    howToMeasure: {
      kind: 'survey',
      survey: {
        item: 'How satisfied the respondent is with GitHub Copilot.',
        wording: 'ours',
        scale: ESSP_SURVEY_SCALE,
        respondents: 'Only people who hold a Copilot licence.',
        source: ESSP_PLAYBOOK,
        evidence: 'publisher',
      },
      unit: 'a score from 1 to 5',
      aggregate: { statistic: 'median', basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Median) Copilot satisfaction.')] },
      scope: ESSP_SCOPE,
      dataSources: ['survey', 'licence-records'],
    },
    pitfalls: ESSP_PITFALLS,
  },
  'essp-ai-leverage': {
    howToMeasure: {
      kind: 'inputs',
      inputs: {
        items: ['time saved', 'salary cost', 'eligible and engaged staff', 'AI cost'],
        source: ESSP_PLAYBOOK,
        evidence: 'publisher',
      },
      unit: 'percent of the possible AI-driven productivity gain that is realized',
      aggregate: { statistic: 'percentage', basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Percentage) AI leverage.')] },
      scope: esspPlaybook('Across all engineering staff.'),
      dataSources: ['finance', 'headcount', 'licence-records'],
      advice: [ESSP_FIT],
    },
    pitfalls: ESSP_PITFALLS,
  },
  'essp-engineering-expenses-to-revenue': {
    howToMeasure: {
      kind: 'ratio',
      numerator: esspPlaybook('Total engineering spend.'),
      denominator: esspPlaybook('The organization’s revenue.'),
      unit: 'percent of revenue',
      aggregate: {
        statistic: 'percentage',
        basis: [esspMetricsPage('The aggregate is part of the metric’s name: (Percentage) engineering expenses to revenue.')],
      },
      scope: ESSP_ORG_SCOPE,
      dataSources: ['finance'],
    },
    pitfalls: ESSP_PITFALLS,
  },
  'essp-feature-engineering-expenses': {
    howToMeasure: {
      kind: 'ratio',
      numerator: esspPlaybook('Engineering spend on feature development.'),
      denominator: esspPlaybook('Total engineering spend.'),
      unit: 'percent of engineering spend',
      aggregate: {
        statistic: 'percentage',
        basis: [
          esspMetricsPage('The aggregate is part of the metric’s name: (Percentage) feature engineering expenses to total engineering expenses.'),
        ],
      },
      scope: ESSP_ORG_SCOPE,
      dataSources: ['finance', 'work-tracker'],
    },
    pitfalls: ESSP_PITFALLS,
  },
} satisfies Record<EsspMetricId, MeasurementGuide>;

const SPACE_SCOPE = spaceSummary('Report aggregates rather than individuals’ figures, to protect people’s privacy.');
const SPACE_AGGREGATE: Aggregate = {
  statistic: 'unspecified',
  basis: [spaceSummary('The paper advises reporting aggregates, to protect privacy.')],
};
const SPACE_PERCEPTUAL = spaceSummary('Include at least one perceptual measure, taken by survey.');

const spaceGuides = {
  'space-satisfaction': {
    howToMeasure: {
      kind: 'dimension',
      signals: [
        spaceSummary('Overall satisfaction.'),
        spaceSummary('Efficacy: whether developers have the tools and resources they need.'),
        spaceSummary('Burnout.'),
      ],
      survey: {
        item: 'How fulfilled and content developers are with their work, team, tools and culture, whether they have what they need, and signs of burnout.',
        wording: 'ours',
        scale: null,
        source: SPACE_SUMMARY,
        evidence: 'secondary',
      },
      unit: 'survey scores, chosen by you',
      aggregate: SPACE_AGGREGATE,
      scope: SPACE_SCOPE,
      dataSources: ['survey'],
      advice: [SPACE_PERCEPTUAL],
    },
    pitfalls: SPACE_PITFALLS,
  },
  'space-performance': {
    howToMeasure: {
      kind: 'dimension',
      signals: [
        spaceSummary('Quality: reliability, few bugs, and the health of the service.'),
        spaceSummary('Impact: customer satisfaction, adoption and retention, feature use, and cost reduction.'),
      ],
      unit: 'depends on the signals you choose',
      aggregate: SPACE_AGGREGATE,
      scope: SPACE_SCOPE,
      dataSources: ['incident-tracker', 'product-analytics', 'survey'],
      advice: [SPACE_PERCEPTUAL],
    },
    pitfalls: SPACE_PITFALLS,
  },
  'space-activity': {
    howToMeasure: {
      kind: 'dimension',
      signals: [
        spaceSummary('Design and coding: documents, work items, pull requests, commits and reviews.'),
        spaceSummary('CI/CD: builds, tests, deployments and infrastructure use.'),
        spaceSummary('Operations: incidents by severity, on-call load and mitigation.'),
      ],
      unit: 'counts per period',
      aggregate: SPACE_AGGREGATE,
      scope: SPACE_SCOPE,
      dataSources: ['version-control', 'ci-cd', 'incident-tracker', 'work-tracker'],
      advice: [SPACE_PERCEPTUAL],
    },
    pitfalls: SPACE_PITFALLS,
  },
  'space-communication': {
    howToMeasure: {
      kind: 'dimension',
      signals: [
        spaceSummary('How easily documentation and expertise can be found.'),
        spaceSummary('How fast work gets integrated.'),
        spaceSummary('The quality of reviews.'),
        spaceSummary('Network metrics: who is connected to whom.'),
        spaceSummary('How long onboarding takes, and how it feels.'),
      ],
      unit: 'depends on the signals you choose',
      aggregate: SPACE_AGGREGATE,
      scope: SPACE_SCOPE,
      dataSources: ['version-control', 'survey'],
      advice: [SPACE_PERCEPTUAL],
    },
    pitfalls: SPACE_PITFALLS,
  },
  'space-efficiency': {
    howToMeasure: {
      kind: 'dimension',
      signals: [
        spaceSummary('The number of handoffs.'),
        spaceSummary('How well developers feel they can stay in flow.'),
        spaceSummary('Interruptions: how many, when, and what they cost.'),
        spaceSummary('Time through the system: in total, adding value, and waiting.'),
      ],
      survey: {
        item: 'How well developers feel they can stay in flow, and how often they are interrupted.',
        wording: 'ours',
        scale: null,
        source: SPACE_SUMMARY,
        evidence: 'secondary',
      },
      unit: 'depends on the signals you choose',
      aggregate: SPACE_AGGREGATE,
      scope: SPACE_SCOPE,
      dataSources: ['work-tracker', 'version-control', 'ci-cd', 'survey'],
      advice: [SPACE_PERCEPTUAL],
    },
    pitfalls: SPACE_PITFALLS,
  },
} satisfies Record<SpaceDimensionId, MeasurementGuide>;

const guides = { ...doraGuides, ...esspGuides, ...spaceGuides } satisfies Record<GuidedMeasureId, MeasurementGuide>;

/** How to measure each guided measure, its pitfalls and, where it applies, where the model differs. */
export const measurementGuides: Readonly<Record<GuidedMeasureId, MeasurementGuide>> = guides;

// ---------------------------------------------------------------------------------------------------------
// Where well-known tools disagree (DORA's metrics; shared/reference/measuring.md §2–3)

export const TOOL_IDS = ['four-keys', 'devlake', 'gitlab', 'middleware'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

export interface Tool {
  readonly name: string;
  /** The tool's own code or documentation, where its rules were read. */
  readonly source: Source;
  /** What the tool treats as a deployment, for every metric. */
  readonly deployment: string;
  /** Anything a reader should know about the tool or how it was read. */
  readonly status?: string;
}

export const tools = {
  'four-keys': {
    name: 'Four Keys',
    source: {
      title: 'Four Keys (dora-team/fourkeys)',
      url: 'https://github.com/dora-team/fourkeys',
      published: 'Google’s DORA team, read at commit 6cc642e (2024-01-23)',
    },
    deployment:
      'A successful deploy event: from Cloud Build, a GitHub deployment_status of success, GitLab, ArgoCD, Tekton, or a CircleCI “deploy” workflow.',
    status: 'Not maintained since 2024-01-23; dora.dev dropped it from its tool list in May 2024.',
  },
  devlake: {
    name: 'DevLake',
    source: {
      title: 'Apache DevLake (apache/incubator-devlake) and its metric documentation',
      url: 'https://github.com/apache/incubator-devlake',
      published: 'Apache Software Foundation, read at commit 420e494 (2026-05-05)',
    },
    deployment:
      'A CI pipeline whose name matches a pattern you set, with result SUCCESS and environment PRODUCTION; one pipeline is one deployment.',
  },
  gitlab: {
    name: 'GitLab',
    source: {
      title: 'GitLab documentation: DORA metrics',
      url: 'https://docs.gitlab.com/ee/user/analytics/dora_metrics.html',
      published: 'GitLab, doc/user/analytics/dora_metrics.md',
    },
    deployment: 'A successful deployment to an environment in the production tier.',
    status: 'Its documentation was read through a mirror.',
  },
  middleware: {
    name: 'Middleware',
    source: {
      title: 'Middleware (middlewarehq/middleware)',
      url: 'https://github.com/middlewarehq/middleware',
      published: 'Middleware, read at commit 5471e35 (2025-08-16)',
    },
    deployment: 'A GitHub Actions run, or a merged pull request treated as a deployment.',
  },
} as const satisfies Record<ToolId, Tool>;

/** How one tool computes one metric, or that it does not. */
export type ToolVariantDetails =
  | {
      readonly computed: true;
      /** What the tool counts, or its unit of analysis. */
      readonly counts?: string;
      readonly clockStart?: string;
      readonly clockStop?: string;
      /** How the tool turns its rows into the figure. */
      readonly aggregate: string;
      readonly caveat?: string;
    }
  | { readonly computed: false; readonly caveat?: string };

export type ToolVariant = ToolVariantDetails & { readonly tool: ToolId; readonly source: Source };

export interface ToolComparison {
  /** The disagreement in one sentence of ours. */
  readonly summary: string;
  readonly variants: Readonly<Record<ToolId, ToolVariantDetails>>;
}

const toolComparisons = {
  'dora-change-lead-time': {
    summary:
      'The tools start the clock at different events (each commit, a pull request’s first commit, or the merge) and count per commit or per pull request; DORA’s survey starts it when code is committed.',
    variants: {
      'four-keys': {
        computed: true,
        counts: 'Each commit in the push that was deployed',
        clockStart: 'The commit’s timestamp',
        clockStop: 'The deployment',
        aggregate: 'Median; rows of 0 minutes or less are dropped',
      },
      devlake: {
        computed: true,
        counts: 'Each pull request',
        clockStart: 'The pull request’s first commit',
        clockStop: 'The first successful production deployment that contains the merge commit',
        aggregate:
          'Median, also split into coding (first commit to pull request opened), pickup (to the first reviewer comment), review (to merge) and deploy (to production)',
        caveat: 'Users report wrong lead times with squash merges (issues #5909, #8188 and #8790).',
      },
      gitlab: {
        computed: true,
        clockStart: 'The merge request is merged, so coding time is left out',
        clockStop: 'The deployment finishes',
        aggregate: 'Median',
      },
      middleware: {
        computed: true,
        counts: 'Each pull request',
        clockStart: 'The pull request’s first commit',
        clockStop: 'The deployment',
        aggregate: 'Weighted mean',
      },
    },
  },
  'dora-deployment-frequency': {
    summary:
      'The tools count deployments per day, deployment days per week, or a bucket such as “Daily”, and some take the median where others take the mean.',
    variants: {
      'four-keys': {
        computed: true,
        counts: 'Deployments per day',
        aggregate:
          'Over three months, a bucket: Daily if the median week has deployments on 3 or more days, otherwise Weekly, Monthly or Yearly',
      },
      devlake: {
        computed: true,
        counts: 'Deployment days (days with at least one deployment), not deployments',
        aggregate: 'Median deployment days per week; its 2023 table counts 5 or more days a week as elite',
      },
      gitlab: {
        computed: true,
        counts: 'Deployments',
        aggregate: 'Mean deployments per day; its documentation notes that this differs from its other metrics',
      },
      middleware: { computed: true, counts: 'Deployments', aggregate: 'Mean per day, week or month' },
    },
  },
  'dora-change-fail-rate': {
    summary:
      'The tools link a failure to a deployment in different ways (a root-cause commit named in the incident, the last deployment before it, the window up to the next deployment, or no link at all) and divide different counts by deployments.',
    variants: {
      'four-keys': {
        computed: true,
        counts: 'An issue labelled Incident, or a PagerDuty event, whose text names the causing commit as “root cause: <sha>”',
        aggregate: 'Matched rows ÷ distinct deployments',
        caveat: 'The rate can exceed 100 % (issues #213 and #351).',
      },
      devlake: {
        computed: true,
        counts: 'An incident, linked to the last production deployment before the incident was created',
        aggregate: 'Deployments with at least one incident ÷ all deployments',
        caveat: 'The numerator was corrected in May 2026 (issue #7971, fixed by #8890).',
      },
      gitlab: {
        computed: true,
        counts: 'Any incident, with no link to a deployment',
        aggregate: 'Incidents ÷ deployments',
      },
      middleware: {
        computed: true,
        counts: 'An incident or a revert pull request after a deployment and before the next one',
        aggregate: 'Deployments followed by at least one incident ÷ all deployments',
      },
    },
  },
  'dora-failed-deployment-recovery-time': {
    summary:
      'The tools start the clock at the deployment that caused the failure or when the incident opens, and report the median or the mean; Four Keys, DevLake and GitLab still file the metric under stability, where DORA’s guide has placed it under throughput since 2024.',
    variants: {
      'four-keys': {
        computed: true,
        clockStart: 'The incident is created, or the deployment that caused it if that came earlier',
        clockStop: 'The incident is resolved',
        aggregate: 'Median, in whole hours',
      },
      devlake: {
        computed: true,
        clockStart: 'The deployment finishes (its 2023 option) or the incident is created (its 2021 option)',
        clockStop: 'The incident is resolved',
        aggregate: 'Median',
      },
      gitlab: {
        computed: true,
        clockStart: 'The incident is opened',
        clockStop: 'The incident is closed',
        aggregate: 'Median time an incident was open',
      },
      middleware: {
        computed: true,
        clockStart: 'The incident is created',
        clockStop: 'The incident is resolved',
        aggregate: 'Mean',
      },
    },
  },
  'dora-deployment-rework-rate': {
    summary: 'None of the four tools computes it; DORA’s 2024 survey asks for it directly.',
    variants: {
      'four-keys': { computed: false },
      devlake: { computed: false, caveat: 'Requested in issue #8730, not built.' },
      gitlab: { computed: false },
      middleware: {
        computed: false,
        caveat: 'Its “rework time” measures rework on a pull request after review, which is not DORA’s metric.',
      },
    },
  },
} satisfies Record<DoraMetricId, ToolComparison>;

/** The disagreement summary for a DORA metric. */
export const toolComparisonSummary = (id: DoraMetricId): string => toolComparisons[id].summary;

/** One row per tool, in TOOL_IDS order, each with the tool's source. */
export const toolVariantsFor = (id: DoraMetricId): readonly ToolVariant[] =>
  TOOL_IDS.map((tool) => ({ ...toolComparisons[id].variants[tool], tool, source: tools[tool].source }));

// ---------------------------------------------------------------------------------------------------------
// Related measures: each pair stored once, read from either side

export interface CompanionPair {
  readonly ids: readonly [GuidedMeasureId, GuidedMeasureId];
  /** Why the two go together, readable from either page. */
  readonly reason: SourcedFact;
}

const throughput = doraGuide('DORA groups both metrics in its throughput factor.');
const instability = doraGuide('DORA groups both metrics in its instability factor.');
const esspPair = esspMetricsPage('GitHub’s playbook pairs lead time with change failure rate, so that each gives the other context.');
const filedUnder = (metric: string, dimension: string): SourcedFact =>
  esspPlaybook(`GitHub’s playbook files ${metric} under SPACE’s ${dimension} dimension.`);

export const companionPairs: readonly CompanionPair[] = [
  { ids: ['dora-change-lead-time', 'dora-change-fail-rate'], reason: esspPair },
  { ids: ['essp-lead-time', 'essp-change-failure-rate'], reason: esspPair },
  { ids: ['dora-change-lead-time', 'dora-deployment-frequency'], reason: throughput },
  { ids: ['dora-change-lead-time', 'dora-failed-deployment-recovery-time'], reason: throughput },
  { ids: ['dora-deployment-frequency', 'dora-failed-deployment-recovery-time'], reason: throughput },
  { ids: ['dora-change-fail-rate', 'dora-deployment-rework-rate'], reason: instability },
  {
    ids: ['dora-change-fail-rate', 'dora-failed-deployment-recovery-time'],
    reason: doraSurvey('DORA’s survey asks how long recovery takes after the kind of failed change its change fail rate question counts.'),
  },
  { ids: ['essp-change-failure-rate', 'space-performance'], reason: filedUnder('change failure rate', 'Performance') },
  {
    ids: ['essp-failed-deployment-recovery-time', 'space-efficiency'],
    reason: filedUnder('failed deployment recovery time', 'Efficiency and flow'),
  },
  {
    ids: ['essp-code-security-and-maintainability', 'space-performance'],
    reason: filedUnder('code security and maintainability', 'Performance'),
  },
  { ids: ['essp-lead-time', 'space-efficiency'], reason: filedUnder('lead time', 'Efficiency and flow') },
  { ids: ['essp-deployment-frequency', 'space-activity'], reason: filedUnder('deployment frequency', 'Activity') },
  { ids: ['essp-prs-merged-per-developer', 'space-activity'], reason: filedUnder('PRs merged per developer', 'Activity') },
  { ids: ['essp-flow-state-experience', 'space-efficiency'], reason: filedUnder('flow state experience', 'Efficiency and flow') },
  {
    ids: ['essp-engineering-tooling-satisfaction', 'space-satisfaction'],
    reason: filedUnder('engineering tooling satisfaction', 'Satisfaction and well-being'),
  },
  { ids: ['essp-copilot-satisfaction', 'space-satisfaction'], reason: filedUnder('Copilot satisfaction', 'Satisfaction and well-being') },
  { ids: ['essp-ai-leverage', 'space-activity'], reason: filedUnder('AI leverage', 'Activity') },
  {
    ids: ['essp-engineering-expenses-to-revenue', 'space-performance'],
    reason: filedUnder('engineering expenses to revenue', 'Performance'),
  },
  {
    ids: ['essp-feature-engineering-expenses', 'space-performance'],
    reason: filedUnder('feature engineering expenses to total engineering expenses', 'Performance'),
  },
];

export interface RelatedMeasure {
  readonly id: GuidedMeasureId;
  readonly reason: SourcedFact;
}

/** The measures that go with this one, in guide order. */
export const relatedMeasures = (id: GuidedMeasureId): readonly RelatedMeasure[] =>
  companionPairs
    .flatMap(({ ids: [a, b], reason }) => (a === id ? [{ id: b, reason }] : b === id ? [{ id: a, reason }] : []))
    .sort((x, y) => GUIDED_MEASURE_IDS.indexOf(x.id) - GUIDED_MEASURE_IDS.indexOf(y.id));

// ---------------------------------------------------------------------------------------------------------
// SPACE: the paper's example metrics by level, and its usage advice (frameworks.md §2)

export const SPACE_LEVELS = ['individual', 'team', 'system'] as const;
export type SpaceLevel = (typeof SPACE_LEVELS)[number];

export const spaceLevelLabels = {
  individual: 'Individual (one person)',
  team: 'Team or group',
  system: 'System (end-to-end)',
} as const satisfies Record<SpaceLevel, string>;

/** Where the example table comes from: a secondary reproduction of the paper's table, not the paper itself. */
export const spaceExamplesCitation: Cited = {
  source: SPACE_PAPER,
  evidence: 'secondary',
  via: 'A reproduction of the paper’s example table in public GitHub Markdown that cites the paper’s DOI; not yet checked against the paper.',
};

/** The paper's example metrics, dimension by dimension and level by level; labels kept as reproduced. */
export const spaceExamples = {
  'space-satisfaction': {
    individual: ['developer satisfaction', 'retention', 'satisfaction with code reviews assigned', 'perception of code reviews'],
    team: ['developer satisfaction', 'retention'],
    system: ['satisfaction with the engineering system (e.g. CI/CD pipeline)'],
  },
  'space-performance': {
    individual: ['code review velocity'],
    team: ['code review velocity', 'story points shipped'],
    system: ['code review velocity', 'code review acceptance rate', 'customer satisfaction', 'reliability (uptime)'],
  },
  'space-activity': {
    individual: ['number of code reviews completed', 'coding time', 'commits', 'lines of code'],
    team: ['story points completed'],
    system: ['frequency of deployments'],
  },
  'space-communication': {
    individual: [
      'code review score (quality/thoughtfulness)',
      'PR merge times',
      'quality of meetings',
      'knowledge sharing / discoverability (documentation quality)',
    ],
    team: ['PR merge times', 'quality of meetings', 'knowledge sharing / discoverability'],
    system: ['knowledge sharing / discoverability (documentation quality)'],
  },
  'space-efficiency': {
    individual: ['code review timing', 'productivity perception', 'lack of interruptions'],
    team: ['code review timing', 'handoffs'],
    system: ['code review timing', 'velocity / flow through the system'],
  },
} as const satisfies Record<SpaceDimensionId, Record<SpaceLevel, readonly string[]>>;

/** The paper's advice on using SPACE, and where ESSP repeats it. */
export const spaceUsageAdvice: readonly SourcedFact[] = [
  spaceSummary('Measure at least three of the five dimensions.'),
  esspPlaybook('GitHub’s playbook repeats the advice to measure at least three SPACE dimensions.'),
  SPACE_PERCEPTUAL,
  spaceSummary('The metrics you choose tell people what you value.'),
  spaceSummary('Every metric is an imperfect stand-in for what you care about.'),
  SPACE_SCOPE,
];

/** Every source this module cites, once each, for a sources list or a check. */
export const measurementSources: readonly Source[] = [
  DORA_GUIDE,
  DORA_HISTORY,
  DORA_SURVEY,
  DORA_QUICK_CHECK,
  ESSP_PLAYBOOK,
  ESSP_METRICS_PAGE,
  SPACE_PAPER,
  SPACE_SUMMARY,
  ...TOOL_IDS.map((id) => tools[id].source),
];
