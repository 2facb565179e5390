import { describe, expect, it } from 'vitest';
import { doraMetrics } from '../../data';
import { checkStatements, statementsAbout } from '../../data/check';
import { checkPath, encodeCheck, type CheckState } from '../checkLink';
import type { Answer } from '../checkScore';
import { MAX_TEAM_LINKS, median, mergeTeam } from '../checkTeam';

const link = (state: CheckState): string => `https://example.org${checkPath(encodeCheck(state))}`;
/** A member who gives every statement the same answer, and build's first statement its own. */
const member = (all: Answer, buildFirst: Answer = all): CheckState => {
  const buildIndex = statementsAbout({ kind: 'phase', id: 'build' })[0]?.index ?? 0;
  return { answers: checkStatements.map((_, i) => (i === buildIndex ? buildFirst : all)), dora: doraMetrics.map(() => undefined) };
};

describe('median', () => {
  it.each([
    [[3], 3],
    [[1, 5], 3],
    [[4, 1, 2], 2],
    [[], undefined],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('mergeTeam', () => {
  it('gives the team’s median per phase and arc', () => {
    const merged = mergeTeam([link(member(2)), link(member(4)), link(member(5))].join('\n'));
    expect(merged.members).toHaveLength(3);
    expect(merged.problems).toEqual([]);
    expect(merged.scores.find((s) => s.subject.id === 'learn-to-shape')).toMatchObject({ median: 4, label: 'Flowing', members: 3 });
  });

  it('lists first the statements where answers spread most', () => {
    const merged = mergeTeam([link(member(3, 1)), link(member(3, 5))].join('\n'));
    const buildFirst = statementsAbout({ kind: 'phase', id: 'build' })[0]?.index;
    expect(merged.spreads[0]).toEqual({ index: buildFirst, ratings: [1, 5], spread: 4 });
    expect(merged.spreads.slice(1).every((entry) => entry.spread === 0)).toBe(true);
  });

  it('names each line it leaves out, and merges the others', () => {
    const v9 = link(member(4)).replace('v=2', 'v=9');
    const merged = mergeTeam([link(member(2)), '', 'see you at the retro', v9, link(member(2)), `${link(member(5)).slice(0, -4)}`, link(member(5))].join('\n'));
    expect(merged.members).toHaveLength(2);
    expect(merged.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: This is not a loop check link.',
      "4: This link was made with version 9 of the check's statements; this site asks version 2's, so its answers cannot be read.",
      '5: The same answers as line 1, so they were counted once.',
      '6: This link’s answers are incomplete or damaged (it may have been cut short when it was copied), so none of them were used.',
    ]);
  });

  it('merges a version-1 link under version 2, without its answers to reworded statements', () => {
    // Version 1: "Disagree" throughout, but "Strongly disagree" on statement 22, reworded in version 2.
    const v1 = `https://example.org/check?v=1&a=${'2'.repeat(21)}1${'2'.repeat(4)}`;
    const merged = mergeTeam([v1, link(member(4))].join('\n'));
    expect(merged.problems).toEqual([]);
    expect(merged.members[0]?.answers[21]).toBeUndefined();
    expect(merged.members[0]?.answers[20]).toBe(2);
    // ④ → ③: the version-1 member's score is 2 (statement 21 alone), the other's 4: the median is 3.
    expect(merged.scores.find((s) => s.subject.id === 'verify-to-build')).toMatchObject({ median: 3, members: 2 });
  });

  it(`merges at most ${MAX_TEAM_LINKS} links`, () => {
    // Members told apart by their change fail rate.
    const links = Array.from({ length: MAX_TEAM_LINKS + 2 }, (_, i) => link({ ...member(3), dora: [undefined, undefined, i, undefined, undefined] }));
    const merged = mergeTeam(links.join('\n'));
    expect(merged.members).toHaveLength(MAX_TEAM_LINKS);
    expect(merged.problems.map((p) => p.message)).toEqual([`Only the first ${MAX_TEAM_LINKS} links are merged.`, `Only the first ${MAX_TEAM_LINKS} links are merged.`]);
  });

  it('is empty for empty text', () => {
    expect(mergeTeam('  \n\n')).toMatchObject({ members: [], problems: [], spreads: [] });
  });
});
