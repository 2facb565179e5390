import { describe, expect, it } from 'vitest';
import { FEEDBACK_ARC_IDS, getPhase, PHASE_IDS } from '..';
import {
  CHECK_VERSION,
  checkStatements,
  checkSubjects,
  citedFact,
  EARLIER_VERSIONS,
  statementsAbout,
  whatToTryForStatement,
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

  // Links and saved checks hold answers by position: each version's list must keep its meaning. To change
  // the statements, raise CHECK_VERSION, list the reworded places under EARLIER_VERSIONS, and write the new list here.
  it(`are version ${CHECK_VERSION}'s list, in its order`, () => {
    expect(CHECK_VERSION).toBe(2);
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

describe('version 2 of the statements', () => {
  const v1 = EARLIER_VERSIONS['1'];

  it('keeps version 1’s places: the same number of statements about the same facts, eight of them reworded', () => {
    expect(v1?.length).toBe(26);
    expect(checkStatements).toHaveLength(26);
    // 4 (shaping), 8 (AI contexts), 9 (review), 10 (coverage), 15 (toil), 16 (postmortems), 20 (void), 22 (CI).
    expect(v1?.reworded.map(({ index }) => index + 1)).toEqual([4, 8, 9, 10, 15, 16, 20, 22]);
  });

  it.each(v1?.reworded ?? [])('rewords statement $index (0-based) so that it reads differently', ({ index, was }) => {
    expect(checkStatements[index]?.text).not.toBe(was);
  });

  it('asks statement 8 without naming a method, 10 without tying coverage to a metric, 20 and 22 one thing each', () => {
    expect(checkStatements[7]?.text).toBe('Code written with an AI assistant’s help turns out correct, not merely plausible.');
    expect(checkStatements[9]?.text).toBe('The changes we ship are covered by tests.');
    expect(checkStatements[19]?.text).toBe('After each release, we can see what it changed for users.');
    expect(checkStatements[21]?.text).toBe('When CI fails, developers act on the failure instead of ignoring it.');
  });
});

describe('what to try for a statement', () => {
  it.each(checkStatements.map((statement, i) => ({ n: i + 1, statement })))('statement $n has practices, or the site says it knows none', ({ statement }) => {
    const whatToTry = whatToTryForStatement(statement);
    if (whatToTry.kind === 'none-known') expect(whatToTry.note).not.toBe('');
    else expect(whatToTry.practices.length).toBeGreaterThan(0);
  });

  it('gives the statement on security-scan false positives no practice, and both statements of an arc the arc’s practices', () => {
    expect(whatToTryForStatement(checkStatements[11]!).kind).toBe('none-known');
    const names = (n: number) => {
      const whatToTry = whatToTryForStatement(checkStatements[n]!);
      return whatToTry.kind === 'practices' ? whatToTry.practices.map((p) => p.name) : [];
    };
    expect(names(20)).toEqual(['Fix a broken build first', 'Fix or remove flaky tests', 'Speed tests up without dropping them']);
    expect(names(21)).toEqual(names(20));
  });
});
