/**
 * DORA metrics, SPACE dimensions and ESSP zones.
 * Phase mappings come from the seed alone. Current names, former names, aliases and definitions
 * come from shared/reference/frameworks.md, each with its source.
 */
import type { FrameworkId } from './frameworks';
import type { PhaseId } from './phases';

interface MetricBase {
  readonly id: string;
  readonly framework: FrameworkId;
  /** The name the seed uses, e.g. "Mean Time to Recovery". */
  readonly name: string;
  /** What it measures, one line. For DORA, the seed's "What It Measures" cell, word for word. */
  readonly measures: string;
  /** A fuller definition from the framework's own material, in our words. */
  readonly definition: string;
  /** Other names and abbreviations people search for. */
  readonly aliases: readonly string[];
  /** Where `definition` and `aliases` come from. */
  readonly sourceUrl: string;
}

export interface DoraMetricSpec extends MetricBase {
  readonly framework: 'dora';
  /** DORA's current official name. */
  readonly currentName: string;
  /** The phases the seed's DORA table lists under "Primary Phase(s)". */
  readonly coverage: readonly PhaseId[];
  /** DORA's current factor, and what changed, when it did. */
  readonly factor: string;
  /** A naming or definition change worth telling readers about. */
  readonly history?: string;
}

export interface SpaceDimensionSpec extends MetricBase {
  readonly framework: 'space';
  /** The dimension's full name in the SPACE paper. */
  readonly fullName: string;
  /** The letter of S-P-A-C-E. */
  readonly letter: string;
  /** The seed's SPACE × phase matrix row: a short label for every phase. */
  readonly cells: Readonly<Record<PhaseId, string>>;
}

export interface EsspZoneSpec extends MetricBase {
  readonly framework: 'essp';
  /** Where the zone sits in the playbook. */
  readonly layer: 'foundation' | 'top';
  /** The question the seed says this zone asks. */
  readonly question: string;
  /** GitHub's three metrics for this zone, as named in the playbook. */
  readonly esspMetrics: readonly string[];
}

export type MetricSpec = DoraMetricSpec | SpaceDimensionSpec | EsspZoneSpec;

const DORA_GUIDE = 'https://dora.dev/guides/dora-metrics/';
const SPACE_SUMMARY = 'https://acawiki.org/The_SPACE_of_Developer_Productivity';
const ESSP_PAGE =
  'https://wellarchitected.github.com/library/productivity/recommendations/engineering-system-metrics';

export const metricSpecs = [
  {
    id: 'dora-deployment-frequency',
    framework: 'dora',
    name: 'Deployment Frequency',
    currentName: 'Deployment frequency',
    measures: 'Throughput across build, verify, and release',
    definition: 'How many deployments happen in a given period, or how long passes between deployments.',
    coverage: ['build', 'verify', 'release'],
    factor: 'Throughput',
    aliases: ['DF', 'deploy freq', 'deploy frequency', 'deploys per day', 'release frequency', 'deploys'],
    sourceUrl: DORA_GUIDE,
  },
  {
    id: 'dora-lead-time',
    framework: 'dora',
    name: 'Lead Time for Changes',
    currentName: 'Change lead time',
    measures: 'First commit to production, but shaped by upstream clarity',
    definition:
      'How long a change takes from being committed to version control to running in production.',
    coverage: ['shape', 'build', 'verify', 'release'],
    factor: 'Throughput',
    history: 'Called “deployment lead time” in 2015 and “lead time for changes” for years after; DORA’s guide now heads it “change lead time”.',
    aliases: ['change lead time', 'lead time', 'LT', 'LTC', 'LTFC', 'deployment lead time', 'commit-to-prod', 'commit to production'],
    sourceUrl: DORA_GUIDE,
  },
  {
    id: 'dora-change-failure-rate',
    framework: 'dora',
    name: 'Change Failure Rate',
    currentName: 'Change fail rate',
    measures: 'Failures in production caused by gaps in verify and release',
    definition:
      'The share of deployments that need immediate remediation after they ship, usually a rollback or a hotfix.',
    coverage: ['verify', 'release'],
    factor: 'Instability (called stability until 2023)',
    aliases: ['CFR', 'change fail rate', 'change fail percentage', 'change fail %', 'failure rate', 'deployment failure rate'],
    sourceUrl: DORA_GUIDE,
  },
  {
    id: 'dora-mttr',
    framework: 'dora',
    name: 'Mean Time to Recovery',
    currentName: 'Failed deployment recovery time',
    measures: 'Speed of response and learning from failures',
    definition:
      'How long it takes to recover after a deployment fails and needs immediate intervention. Since 2023 only failures caused by a change count, not external events such as a data-centre outage.',
    coverage: ['release', 'learn'],
    factor: 'Throughput since 2024 (stability from 2015 to 2023)',
    history:
      'Renamed from “mean time to recover (MTTR)” / “time to restore service” to “failed deployment recovery time” in 2023.',
    aliases: [
      'MTTR',
      'mean time to recover',
      'mean time to restore',
      'mean time to repair',
      'time to restore service',
      'time to restore',
      'TTR',
      'recovery time',
      'failed deployment recovery time',
      'FDRT',
    ],
    sourceUrl: DORA_GUIDE,
  },
  {
    id: 'space-satisfaction',
    framework: 'space',
    name: 'Satisfaction',
    fullName: 'Satisfaction and well-being',
    letter: 'S',
    measures: 'How fulfilled, healthy and content developers are',
    definition:
      'How fulfilled, healthy and content developers are with their work, team, tools and culture; for example overall satisfaction, having the right tools, and burnout.',
    cells: {
      discover: 'Clarity of mission',
      shape: 'Confidence in plan',
      build: 'Flow state',
      verify: 'Trust in test suite',
      release: 'Deploy confidence',
      learn: 'Sense of progress',
    },
    aliases: ['satisfaction', 'well-being', 'wellbeing', 'burnout', 'developer happiness', 'dev sat', 'developer satisfaction'],
    sourceUrl: SPACE_SUMMARY,
  },
  {
    id: 'space-performance',
    framework: 'space',
    name: 'Performance',
    fullName: 'Performance',
    letter: 'P',
    measures: 'The outcomes of a system or process, judged by results rather than volume',
    definition:
      'The outcomes of a system or process, judged by results rather than by how much was produced; for example quality (reliability, few bugs, service health) and impact (customer satisfaction, adoption, feature use, cost reduction).',
    cells: {
      discover: 'Strategy quality',
      shape: 'Backlog actionability',
      build: 'Code quality',
      verify: 'Defect escape rate',
      release: 'Deploy success rate',
      learn: 'Insight quality',
    },
    aliases: ['outcomes', 'impact', 'quality'],
    sourceUrl: SPACE_SUMMARY,
  },
  {
    id: 'space-activity',
    framework: 'space',
    name: 'Activity',
    fullName: 'Activity',
    letter: 'A',
    measures: 'Counts of actions and outputs; useful, never the full picture',
    definition:
      'Counts of the actions or outputs produced while working, such as commits, pull requests, reviews, builds, tests, deployments and incidents. Useful signals, but never a full picture on their own.',
    cells: {
      discover: 'Research volume',
      shape: 'Stories refined',
      build: 'Commits, PRs',
      verify: 'Test runs, builds',
      release: 'Deploys',
      learn: 'Retro actions closed',
    },
    aliases: ['activity', 'commits', 'PR count', 'LOC', 'lines of code', 'PR throughput', 'output'],
    sourceUrl: SPACE_SUMMARY,
  },
  {
    id: 'space-communication',
    framework: 'space',
    name: 'Communication',
    fullName: 'Communication and collaboration',
    letter: 'C',
    measures: 'How well people and teams share knowledge and coordinate',
    definition:
      'How well people and teams share knowledge and coordinate work; for example how discoverable documentation and expertise are, how fast work is integrated, review quality and onboarding.',
    cells: {
      discover: 'Stakeholder alignment',
      shape: 'Cross-team prioritization',
      build: 'PR review cycles',
      verify: 'CI/CD signal clarity',
      release: 'Incident comms',
      learn: 'Knowledge sharing',
    },
    aliases: ['collaboration', 'code review time', 'PR review speed', 'knowledge sharing', 'onboarding', 'communication'],
    sourceUrl: SPACE_SUMMARY,
  },
  {
    id: 'space-efficiency',
    framework: 'space',
    name: 'Efficiency',
    fullName: 'Efficiency and flow',
    letter: 'E',
    measures: 'How far work moves without delay, handoffs or interruption',
    definition:
      'How far work, and each developer, can move forward without delays, handoffs or interruptions; for example the number of handoffs, the ability to stay in flow, and time through the system.',
    cells: {
      discover: 'Idea-to-backlog time',
      shape: 'Backlog-to-sprint time',
      build: 'Cycle time',
      verify: 'Build time',
      release: 'Deploy time',
      learn: 'Learning-to-action time',
    },
    aliases: ['flow', 'flow state', 'focus time', 'deep work', 'interruptions', 'context switching', 'efficiency', 'handoffs'],
    sourceUrl: SPACE_SUMMARY,
  },
  {
    id: 'essp-developer-happiness',
    framework: 'essp',
    name: 'Developer Happiness',
    layer: 'foundation',
    question: 'Are engineers satisfied with their tools, processes, and work environment?',
    measures: 'Whether engineers are satisfied with their tools, processes and work environment',
    definition:
      'Measured through SPACE’s Satisfaction dimension, but ESSP makes it an outcome in its own right instead of a secondary indicator.',
    esspMetrics: ['(Median) Flow state experience', '(Median) Engineering tooling satisfaction', '(Median) Copilot satisfaction'],
    aliases: ['developer happiness', 'dev happiness', 'developer satisfaction', 'tooling satisfaction', 'Copilot satisfaction', 'flow state experience'],
    sourceUrl: ESSP_PAGE,
  },
  {
    id: 'essp-quality',
    framework: 'essp',
    name: 'Quality',
    layer: 'foundation',
    question: 'Are we shipping work that stays shipped?',
    measures: 'Whether shipped work stays shipped',
    definition:
      'The primary signals are Change Failure Rate and defect escape rate. Quality is not only testing: it also depends on the upstream shaping that decides whether the right thing was built.',
    esspMetrics: [
      'Change failure rate',
      '(Median) Failed deployment recovery time',
      '(Median) Code security and maintainability',
    ],
    aliases: ['quality', 'defect escape rate', 'code security', 'maintainability', 'code security and maintainability'],
    sourceUrl: ESSP_PAGE,
  },
  {
    id: 'essp-velocity',
    framework: 'essp',
    name: 'Velocity',
    layer: 'foundation',
    question: 'How fast does value move through the loop?',
    measures: 'How fast value moves through the loop, end to end',
    definition:
      'Not deployment frequency alone: the whole lead time from “we have an idea” to “a user benefits from it”.',
    esspMetrics: ['(Median) Lead time', 'Deployment frequency', '(Mean) PRs merged per developer'],
    aliases: ['velocity', 'speed', 'PRs merged per developer', 'PRs per developer', 'idea to user'],
    sourceUrl: ESSP_PAGE,
  },
  {
    id: 'essp-business-outcomes',
    framework: 'essp',
    name: 'Business Outcomes',
    layer: 'top',
    question: 'Did the shipped feature actually achieve its intended impact?',
    measures: 'Whether shipped features achieved their intended impact',
    definition:
      'The zone most engineering organizations ignore, because it crosses the line between engineering metrics and product metrics.',
    esspMetrics: [
      '(Percentage) AI leverage',
      '(Percentage) Engineering expenses to revenue',
      '(Percentage) Feature engineering expenses to total engineering expenses',
    ],
    aliases: ['business outcomes', 'business impact', 'AI leverage', 'Copilot ROI', 'AI impact', 'engineering expenses', 'ROI'],
    sourceUrl: ESSP_PAGE,
  },
] as const satisfies readonly MetricSpec[];

export type MetricId = (typeof metricSpecs)[number]['id'];

/**
 * Terms people search for that these frameworks do not define, or that this model does not map.
 * The finder shows the explanation instead of an empty result.
 */
export interface UnmappedTerm {
  /** What people type, lower case. */
  readonly terms: readonly string[];
  readonly explanation: string;
  /** Metrics to look at instead. */
  readonly seeAlso: readonly MetricId[];
  readonly sourceUrl?: string;
}

export const unmappedTerms = [
  {
    terms: ['mttd', 'mean time to detect', 'time to detect'],
    explanation:
      'Mean time to detect is an incident-management metric, not a DORA, SPACE or ESSP metric. The nearest DORA metric is recovery time.',
    seeAlso: ['dora-mttr'],
  },
  {
    terms: ['mtta', 'mean time to acknowledge', 'time to acknowledge'],
    explanation:
      'Mean time to acknowledge is an incident-management metric, not a DORA, SPACE or ESSP metric. The nearest DORA metric is recovery time.',
    seeAlso: ['dora-mttr'],
  },
  {
    terms: ['mtbf', 'mean time between failures'],
    explanation:
      'Mean time between failures is a reliability metric, not a DORA metric. For how often changes fail, see Change Failure Rate; for recovery, see recovery time.',
    seeAlso: ['dora-change-failure-rate', 'dora-mttr'],
  },
  {
    terms: ['cycle time'],
    explanation:
      'Cycle time is not a DORA metric: tools define it in different ways (in progress to done, first commit to merge), so do not equate it with change lead time. In this model it is the SPACE Efficiency label for ③ Build & Collaborate.',
    seeAlso: ['space-efficiency', 'dora-lead-time'],
  },
  {
    terms: ['rework', 'rework rate', 'deployment rework rate', 'unplanned deploys', 'unplanned deployments'],
    explanation:
      'Deployment rework rate is the fifth DORA metric, added in 2024: the share of deployments that were unplanned and made to deal with a production incident or user-facing bug. This draft model does not map it to phases yet.',
    seeAlso: ['dora-change-failure-rate'],
    sourceUrl: 'https://dora.dev/guides/dora-metrics/',
  },
  {
    terms: ['reliability', 'availability', '5th dora metric', 'fifth dora metric', 'sdo', 'uptime'],
    explanation:
      'DORA treats reliability (once called availability) as operational performance, not as a software delivery metric; the 2021 report’s “fifth metric” label was later withdrawn. This model does not map it.',
    seeAlso: ['dora-mttr', 'dora-change-failure-rate'],
    sourceUrl: 'https://dora.dev/guides/dora-metrics/history/',
  },
] as const satisfies readonly UnmappedTerm[];
