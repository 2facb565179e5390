import { describe, expect, it } from 'vitest';
import { checkStatements, statementsAbout, type CheckSubject } from '../../data/check';
import { labelOf, minimumRated, noAnswers, scoreCheck, type Answer } from '../checkScore';

/** Answers with the given statements of a subject set, the rest unanswered. */
function answering(entries: [CheckSubject, Answer[]][]): Answer[] {
  const answers: Answer[] = [...noAnswers()];
  for (const [subject, values] of entries) {
    statementsAbout(subject).forEach(({ index }, i) => {
      answers[index] = values[i];
    });
  }
  return answers;
}

const phase = (id: 'discover' | 'shape' | 'build' | 'verify' | 'release' | 'learn'): CheckSubject => ({ kind: 'phase', id });
const arc = (id: 'learn-to-shape' | 'verify-to-build' | 'release-to-verify' | 'build-to-shape'): CheckSubject => ({ kind: 'arc', id });

describe('scoreCheck', () => {
  it('scores a phase as the mean of its rated statements', () => {
    const scores = scoreCheck(answering([[phase('build'), [2, 3, 4]]]));
    const build = scores.phases.find((s) => s.subject.id === 'build');
    expect(build).toMatchObject({ mean: 3, label: 'Shaky', rated: 3, total: 3 });
  });

  it('leaves “Don’t know” out of the mean and out of the count of rated statements', () => {
    const scores = scoreCheck(answering([[phase('verify'), [5, 'dont-know', 4]]]));
    expect(scores.phases.find((s) => s.subject.id === 'verify')).toMatchObject({ mean: 4.5, rated: 2 });
    expect(scores.answered).toEqual({ rated: 2, dontKnow: 1, total: checkStatements.length });
  });

  it('gives no score below half of a subject’s statements rated', () => {
    expect(minimumRated(3)).toBe(2);
    expect(minimumRated(2)).toBe(1);
    const scores = scoreCheck(answering([[phase('shape'), [1, 'dont-know', undefined]]]));
    expect(scores.phases.find((s) => s.subject.id === 'shape')).toMatchObject({ mean: undefined, label: undefined, rated: 1 });
  });

  it.each([
    [5, 'Flowing'],
    [3.5, 'Flowing'],
    [3.4, 'Shaky'],
    [2.5, 'Shaky'],
    [2.4, 'Stuck'],
    [1, 'Stuck'],
  ] as const)('calls a mean of %s “%s”', (mean, label) => {
    expect(labelOf(mean)).toBe(label);
  });
});

describe('the bottleneck', () => {
  it('is the weakest scored phase and the weakest scored arc', () => {
    const { bottleneck } = scoreCheck(
      answering([
        [phase('discover'), [4, 4, 4]],
        [phase('release'), [2, 1, 2]],
        [phase('learn'), [3, 3, 3]],
        [arc('learn-to-shape'), [4, 4]],
        [arc('release-to-verify'), [1, 2]],
      ]),
    );
    expect(bottleneck).toEqual({ phase: 'release', arc: 'release-to-verify' });
  });

  it('goes to the phase earlier in the loop, and the arc the seed lists first, on a tie', () => {
    const { bottleneck } = scoreCheck(
      answering([
        [phase('verify'), [2, 2, 2]],
        [phase('shape'), [2, 2, 2]],
        [arc('build-to-shape'), [2, 2]],
        [arc('verify-to-build'), [2, 2]],
      ]),
    );
    expect(bottleneck).toEqual({ phase: 'shape', arc: 'verify-to-build' });
  });

  it('ignores subjects without a score, and is empty when none has one', () => {
    expect(scoreCheck(answering([[phase('build'), [1, undefined, undefined]], [phase('learn'), [4, 4, 4]]])).bottleneck).toEqual({
      phase: 'learn',
      arc: undefined,
    });
    expect(scoreCheck(noAnswers()).bottleneck).toEqual({ phase: undefined, arc: undefined });
  });
});
