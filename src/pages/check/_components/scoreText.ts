import { formatMean, minimumRated, type SubjectScore } from '@site/src/lib/checkScore';

/** A score in words, for lists and cards: "3.7 of 5, Flowing", or why there is none. */
export function scoreText(score: SubjectScore): string {
  if (score.mean === undefined || score.label === undefined) {
    return `Not enough answers (${score.rated} of ${score.total} rated; ${minimumRated(score.total)} needed)`;
  }
  return `${formatMean(score.mean)} of 5, ${score.label}`;
}

/** A score as drawn on the loop: a number and a word, short enough to sit under a name. */
export const scoreNote = (score: SubjectScore): string =>
  score.mean === undefined || score.label === undefined ? 'No score' : `${formatMean(score.mean)} ${score.label}`;
