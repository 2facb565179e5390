/**
 * How DORA's own survey asks a team for its five delivery figures: the questions (in our words) and
 * the answer choices (DORA's labels, kept as facts), from shared/reference/frameworks.md §1.1a.
 * The loop check uses them, so a team answers exactly as DORA's survey would let it.
 */
import { DORA_FIGURE_IDS, type DoraFigureId, type Source } from './frameworks';
import type { MetricId } from './metrics';

/** DORA's 2024 survey questions, where the answer choices come from. */
export const doraSurveySource: Source = {
  title: 'DORA 2024 survey questions',
  url: 'https://dora.dev/research/2024/questions/',
  published: 'DORA, 2024',
};

/** DORA's Quick Check, where a team can compare its figures with other teams'. */
export const doraQuickCheck = { title: 'DORA Quick Check', url: 'https://dora.dev/quickcheck/' } as const;

/** The six time ranges DORA offers for lead time and recovery time, slowest first. */
const DURATIONS = [
  'More than six months',
  'Between one month and six months',
  'Between one week and one month',
  'Between one day and one week',
  'Less than one day',
  'Less than one hour',
] as const;

/** DORA's answer for a figure a respondent cannot give. */
export const DORA_DONT_KNOW = 'I don’t know or NA';

export { DORA_FIGURE_IDS, type DoraFigureId };

/** A figure is answered by one of a list of ranges, or as a percentage from 0 to 100. */
export type DoraAnswerKind = { readonly kind: 'range'; readonly choices: readonly string[] } | { readonly kind: 'percent' };

export interface DoraFigure {
  readonly id: DoraFigureId;
  /** DORA's current name for the metric. */
  readonly name: string;
  /** The survey's question, in our words. */
  readonly question: string;
  readonly answer: DoraAnswerKind;
  /** The model's metric for it; the draft model maps no phase to rework rate, so it has none. */
  readonly metric?: MetricId;
}

const details = {
  'lead-time': {
    name: 'Change lead time',
    question: 'How long does a change take from being committed to running successfully in production?',
    answer: { kind: 'range', choices: DURATIONS },
    metric: 'dora-lead-time',
  },
  'deploy-frequency': {
    name: 'Deployment frequency',
    question: 'How often is code deployed to production or released to end users?',
    answer: {
      kind: 'range',
      choices: [
        'Fewer than once per six months',
        'Between once per month and once every 6 months',
        'Between once per week and once per month',
        'Between once per day and once per week',
        'Between once per hour and once per day',
        'On demand (multiple deploys per day)',
      ],
    },
    metric: 'dora-deployment-frequency',
  },
  'change-fail-rate': {
    name: 'Change fail rate',
    question:
      'About what share of changes to production degrade service and then need remediation (a hotfix, rollback, fix forward or patch)?',
    answer: { kind: 'percent' },
    metric: 'dora-change-failure-rate',
  },
  'recovery-time': {
    name: 'Failed deployment recovery time',
    question: 'How long does it generally take to restore service after such a change?',
    answer: { kind: 'range', choices: DURATIONS },
    metric: 'dora-mttr',
  },
  'rework-rate': {
    name: 'Deployment rework rate',
    question: 'About what share of deployments in the last six months were unplanned, made to address a user-facing bug?',
    answer: { kind: 'percent' },
  },
} as const satisfies Record<DoraFigureId, Omit<DoraFigure, 'id'>>;

/** The five figures in the order DORA's survey asks them. */
export const doraFigures: readonly DoraFigure[] = DORA_FIGURE_IDS.map((id) => ({ id, ...details[id] }));
