import { describe, expect, it } from 'vitest';
import { FEEDBACK_ARC_IDS, getPhase, PHASE_IDS } from '..';
import {
  CHECK_VERSION,
  checkStatements,
  checkSubjects,
  citedFact,
  statementsAbout,
  subjectOf,
  type CheckStatement,
} from '../check';

describe('the loop check’s statements', () => {
  it.each(PHASE_IDS)('give phase %s one statement for each failure mode its guide names', (id) => {
    const cited = statementsAbout({ kind: 'phase', id }).map(({ statement }) => statement.source.kind === 'failure-mode' && statement.source.failureMode);
    expect(cited).toEqual(getPhase(id).failureModes.map((mode) => mode.id));
  });

  it.each(FEEDBACK_ARC_IDS)('give feedback arc %s a statement for when it works and one for when it is broken', (id) => {
    const facts = statementsAbout({ kind: 'arc', id }).map(({ statement }) => statement.source.kind === 'arc' && statement.source.fact);
    expect(facts).toEqual(['whenItWorks', 'whenBroken']);
  });

  it.each(checkStatements.map((statement, i) => ({ n: i + 1, statement })))('statement $n cites a fact that exists', ({ statement }) => {
    expect(citedFact(statement).length).toBeGreaterThan(10);
  });

  it('refuse a statement that cites a failure mode the phase does not have', () => {
    const bad: CheckStatement = { source: { kind: 'failure-mode', phase: 'build', failureMode: 'no-such-mode' }, text: 'We are fine.' };
    expect(() => citedFact(bad)).toThrow(/cites failure mode "no-such-mode" of build, which does not exist/);
  });

  it('rate every phase and feedback arc, and nothing else', () => {
    const rated = new Set(checkStatements.map((statement) => JSON.stringify(subjectOf(statement))));
    expect(rated).toEqual(new Set(checkSubjects.map((subject) => JSON.stringify(subject))));
  });

  it('are all different', () => {
    expect(new Set(checkStatements.map((s) => s.text)).size).toBe(checkStatements.length);
  });

  // Links and saved checks hold answers by position: version 1's list must keep its meaning. To change
  // the statements, raise CHECK_VERSION and write the new list here.
  it(`are version ${CHECK_VERSION}'s list, in its order`, () => {
    expect(CHECK_VERSION).toBe(1);
    expect(checkStatements.map(({ source }) => (source.kind === 'failure-mode' ? `${source.phase}/${source.failureMode}` : `${source.arc}/${source.fact}`))).toEqual([
      'discover/wrong-thing',
      'discover/local-optimization',
      'discover/abstract-strategy',
      'shape/vague-requirements',
      'shape/ambiguous-tickets',
      'shape/loudest-voice',
      'build/coding-first',
      'build/shared-context',
      'build/review-without-intent',
      'verify/coverage-gaps',
      'verify/speed-over-quality',
      'verify/false-positives',
      'release/no-observability',
      'release/slow-diagnosis',
      'release/toil',
      'learn/unread-postmortems',
      'learn/open-loop',
      'learn/unknown-impact',
      'learn-to-shape/whenItWorks',
      'learn-to-shape/whenBroken',
      'verify-to-build/whenItWorks',
      'verify-to-build/whenBroken',
      'release-to-verify/whenItWorks',
      'release-to-verify/whenBroken',
      'build-to-shape/whenItWorks',
      'build-to-shape/whenBroken',
    ]);
  });
});

describe('failure modes', () => {
  it.each(PHASE_IDS)('of %s have ids unique within the phase', (id) => {
    const ids = getPhase(id).failureModes.map((mode) => mode.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
