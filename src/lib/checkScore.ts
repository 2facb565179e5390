/**
 * The loop check's scoring: each phase's and feedback arc's score is the mean of the answers its
 * statements got, on the 1 (strongly disagree) to 5 (strongly agree) scale; "Don't know" counts
 * toward nothing. The bottleneck is the weakest scored phase and the weakest scored arc. Pure TS.
 */
import { getFeedbackArc, type FeedbackArcId, type GuidedMeasureId, type PhaseId } from '../data';
import {
  AGREEMENT_SCALE,
  checkStatements,
  checkSubjects,
  statementsAbout,
  whatToTryForStatement,
  type CheckStatement,
  type CheckSubject,
} from '../data/check';
import { metricsToWatch, type Practice } from '../data/practices';

/** A statement's answer: 1 to 5 on the agreement scale, "Don't know", or not answered yet. */
export type Answer = 1 | 2 | 3 | 4 | 5 | 'dont-know' | undefined;
/** Answers in statement order. */
export type Answers = readonly Answer[];

/** The top of the agreement scale: "Strongly agree" counts this much. */
export const MAX_RATING = AGREEMENT_SCALE.length;

/** A subject needs at least this share of its statements rated (1 to 5) to get a score. */
export const MIN_RATED_SHARE = 0.5;

/** Words for a score, so it never relies on a colour: lower bounds, checked from the top. */
export const SCORE_BANDS = [
  { from: 3.5, label: 'Flowing' },
  { from: 2.5, label: 'Shaky' },
  { from: 1, label: 'Stuck' },
] as const;
export type ScoreLabel = (typeof SCORE_BANDS)[number]['label'];

export interface SubjectScore {
  readonly subject: CheckSubject;
  /** Statements rated 1 to 5, and how many the subject has. */
  readonly rated: number;
  readonly total: number;
  /** The mean of the rated answers, or undefined when too few were rated. */
  readonly mean: number | undefined;
  readonly label: ScoreLabel | undefined;
}

export interface CheckScores {
  /** Phases in loop order. */
  readonly phases: readonly (SubjectScore & { readonly subject: { kind: 'phase'; id: PhaseId } })[];
  /** Feedback arcs in the seed's order (most important first). */
  readonly arcs: readonly (SubjectScore & { readonly subject: { kind: 'arc'; id: FeedbackArcId } })[];
  /** Phases then arcs, the order of the check's subjects, the history's columns and the CSV's. */
  readonly all: readonly SubjectScore[];
  /** The weakest scored phase and arc; ties go to the phase earlier in the loop and the arc the seed lists first. */
  readonly bottleneck: { readonly phase?: PhaseId; readonly arc?: FeedbackArcId };
  /** Statements rated 1 to 5, answered "Don't know", and in all. */
  readonly answered: { readonly rated: number; readonly dontKnow: number; readonly total: number };
}

export const isRating = (answer: Answer): answer is 1 | 2 | 3 | 4 | 5 => typeof answer === 'number';

/** The band a mean falls in. */
export function labelOf(mean: number): ScoreLabel {
  return SCORE_BANDS.find((band) => mean >= band.from)?.label ?? 'Stuck';
}

/** How many of `total` statements must be rated for a score. */
export const minimumRated = (total: number): number => Math.max(1, Math.ceil(total * MIN_RATED_SHARE));

/** A score as the page writes it: "3.7". */
export const formatMean = (mean: number): string => mean.toFixed(1);

function scoreSubject(subject: CheckSubject, answers: Answers): SubjectScore {
  const about = statementsAbout(subject);
  const ratings = about.map(({ index }) => answers[index]).filter(isRating);
  const enough = ratings.length >= minimumRated(about.length);
  const mean = enough ? ratings.reduce((sum: number, r) => sum + r, 0) / ratings.length : undefined;
  return { subject, rated: ratings.length, total: about.length, mean, label: mean === undefined ? undefined : labelOf(mean) };
}

/**
 * The entry with the lowest value, skipping entries without one; the first in list order wins a
 * tie. One member's check and a team's merge pick their bottleneck with it.
 */
export function lowest<T>(entries: readonly T[], valueOf: (entry: T) => number | undefined): T | undefined {
  let found: T | undefined;
  let least: number | undefined;
  for (const entry of entries) {
    const value = valueOf(entry);
    if (value !== undefined && (least === undefined || value < least)) {
      found = entry;
      least = value;
    }
  }
  return found;
}

const meanOf = (score: SubjectScore): number | undefined => score.mean;

/** Scores every phase and feedback arc from the answers, and picks the bottleneck. */
export function scoreCheck(answers: Answers): CheckScores {
  const phases = checkSubjects.flatMap((subject) => (subject.kind === 'phase' ? [{ ...scoreSubject(subject, answers), subject }] : []));
  const arcs = checkSubjects.flatMap((subject) => (subject.kind === 'arc' ? [{ ...scoreSubject(subject, answers), subject }] : []));
  const given = checkStatements.map((_, i) => answers[i]);
  return {
    phases,
    arcs,
    all: [...phases, ...arcs],
    bottleneck: { phase: lowest(phases, meanOf)?.subject.id, arc: lowest(arcs, meanOf)?.subject.id },
    answered: {
      rated: given.filter(isRating).length,
      dontKnow: given.filter((answer) => answer === 'dont-know').length,
      total: checkStatements.length,
    },
  };
}

/** The bottleneck's scores, phase first: what the summary and the result name as weakest. */
export const weakestScores = (scores: CheckScores): SubjectScore[] =>
  scores.all.filter((score) => score.subject.id === scores.bottleneck.phase || score.subject.id === scores.bottleneck.arc);

/** A blank set of answers, one per statement. */
export const noAnswers = (): Answers => checkStatements.map(() => undefined);

/** A statement the team rated, with its place in the list and its rating. */
export interface RatedStatement {
  readonly index: number;
  readonly statement: CheckStatement;
  readonly rating: 1 | 2 | 3 | 4 | 5;
}

/** Where to start on one weak phase or arc: the statements rated lowest there, and the metrics to watch. */
export interface TryFirst {
  readonly score: SubjectScore;
  /** The subject's statements that got its lowest rating, in list order. */
  readonly lowest: readonly RatedStatement[];
  /** Two or three guided measures, picked by the rule in src/data/practices.ts (METRICS_TO_WATCH_RULE). */
  readonly metrics: readonly GuidedMeasureId[];
}

const practicesOfStatement = (statement: CheckStatement): readonly Practice[] => {
  const whatToTry = whatToTryForStatement(statement);
  return whatToTry.kind === 'practices' ? whatToTry.practices : [];
};

/** The phases a subject concerns: the phase, or an arc's two ends (where it starts first). */
const phasesConcerned = (subject: CheckSubject): readonly PhaseId[] => {
  if (subject.kind === 'phase') return [subject.id];
  const arc = getFeedbackArc(subject.id);
  return [arc.from, arc.to];
};

/** Where to start: for the weakest phase, then the weakest arc, the statements rated lowest and the metrics to watch. */
export function tryFirst(scores: CheckScores, answers: Answers): TryFirst[] {
  return weakestScores(scores).map((score) => {
    const rated = statementsAbout(score.subject).flatMap(({ statement, index }): RatedStatement[] => {
      const rating = answers[index];
      return isRating(rating) ? [{ index, statement, rating }] : [];
    });
    const least = Math.min(...rated.map((entry) => entry.rating));
    const lowest = rated.filter((entry) => entry.rating === least);
    const others = rated.filter((entry) => entry.rating !== least).sort((a, b) => a.rating - b.rating);
    const practices = [...lowest, ...others].flatMap((entry) => practicesOfStatement(entry.statement));
    return { score, lowest, metrics: metricsToWatch(practices, phasesConcerned(score.subject)) };
  });
}
