import {
  formatMean,
  MAX_RATING,
  MIN_RATED_SHARE,
  minimumRated,
  type ScoreLabel,
  type SubjectScore,
} from '@site/src/lib/checkScore';

/** A mean with its band, as lists, cards and the team's table write it: "3.7 of 5, Flowing". */
export const ratedText = (mean: number, label: ScoreLabel): string => `${formatMean(mean)} of ${MAX_RATING}, ${label}`;

/** A score in words, for lists and cards: "3.7 of 5, Flowing", or why there is none. */
export function scoreText(score: SubjectScore): string {
  if (score.mean === undefined || score.label === undefined) {
    return `Not enough answers (${score.rated} of ${score.total} rated; ${minimumRated(score.total)} needed)`;
  }
  return ratedText(score.mean, score.label);
}

/** A score as drawn on the loop: a number and a word, short enough to sit under a name. */
export const scoreNote = (score: SubjectScore): string =>
  score.mean === undefined || score.label === undefined ? 'No score' : `${formatMean(score.mean)} ${score.label}`;

/** The share of a subject's statements that must be rated, in words: "half". */
export const ratedShareText = MIN_RATED_SHARE === 0.5 ? 'half' : `${MIN_RATED_SHARE * 100} %`;

/** Why the diagram marks the bottleneck, added to the marked links' names. */
export const WEAKEST_REASON = { phase: 'the weakest phase', arc: 'the weakest feedback arc' } as const;
