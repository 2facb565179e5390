import { describe, expect, it } from 'vitest';
import { arcs, feedbackArcs, getPhase, loop, phases } from '@site/src/data';
import { arcLinkName, describeLoop, midSentence, phaseLinkName } from '../describeLoop';

describe('describeLoop', () => {
  const { title, description } = describeLoop(phases, arcs, loop.title);

  it('keeps the title it is given', () => {
    expect(title).toBe('The Value Delivery Loop');
  });

  it('names the six phases in loop order and closes the loop', () => {
    expect(description).toContain(
      'A loop of six phases, each linking to its page: ① Discover & Strategize, ② Shape & Prioritize, ③ Build & Collaborate, ④ Verify & Integrate, ⑤ Release & Operate, ⑥ Learn & Adapt, then back to ① Discover & Strategize.',
    );
  });

  it.each(feedbackArcs.map((arc) => [arc.id, arc] as const))('mentions feedback arc %s with its label', (_id, arc) => {
    expect(description).toContain(midSentence(arc.label));
  });

  it('says when there are no feedback arcs', () => {
    expect(describeLoop(phases, arcs.filter((arc) => arc.kind === 'forward'), 'T').description).toContain(
      'There are no feedback arcs.',
    );
  });
});

describe('link names', () => {
  it('reads a phase as "name, phase n of total"', () => {
    expect(phaseLinkName(getPhase('build'), 6)).toBe('Build & Collaborate, phase 3 of 6');
  });

  it('reads a feedback arc with both ends and its label', () => {
    const arc = feedbackArcs.find((a) => a.id === 'learn-to-shape')!;
    expect(arcLinkName(arc, phases)).toBe(
      'Feedback arc from ⑥ Learn & Adapt to ② Shape & Prioritize: learnings reshape priorities',
    );
  });

  it('names the unknown phase when an arc points outside the list', () => {
    const arc = feedbackArcs[0]!;
    expect(() => arcLinkName(arc, phases.slice(0, 2))).toThrow(/"learn"/);
  });

  it.each([
    ['Learnings reshape priorities', 'learnings reshape priorities'],
    ['CI failures return', 'CI failures return'],
    ['', ''],
  ])('midSentence(%j) is %j', (input, expected) => {
    expect(midSentence(input)).toBe(expected);
  });
});
