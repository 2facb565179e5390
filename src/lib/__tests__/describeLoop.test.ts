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

  it('does not promise links in a drawing without them', () => {
    expect(describeLoop(phases, arcs, loop.title, { linked: false }).description).toMatch(/^A loop of six phases: ① Discover & Strategize, /);
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
  it('reads a phase as "numeral name, phase n of total", as the node draws it', () => {
    expect(phaseLinkName(getPhase('build'), 6)).toBe('③ Build & Collaborate, phase 3 of 6');
  });

  it('starts the current phase with the "You are here" drawn beside it', () => {
    expect(phaseLinkName(getPhase('build'), 6, { marker: 'You are here' })).toBe('You are here: ③ Build & Collaborate, phase 3 of 6');
  });

  // The narrow layout draws "③ Build": that must read as the start of the name too (SC 2.5.3).
  it.each(phases.map((phase) => [phase.id, phase] as const))('%s: its short name is the first word of its name', (_id, phase) => {
    expect(phaseLinkName(phase, 6).startsWith(`${phase.numeral} ${phase.shortName} `)).toBe(true);
  });

  it('reads a feedback arc with both ends, its label and its key letter', () => {
    const arc = feedbackArcs.find((a) => a.id === 'learn-to-shape')!;
    expect(arcLinkName(arc, phases)).toBe(
      'Feedback arc from ⑥ Learn & Adapt to ② Shape & Prioritize: learnings reshape priorities',
    );
    expect(arcLinkName(arc, phases, 'A')).toBe(
      'Feedback arc from ⑥ Learn & Adapt to ② Shape & Prioritize: learnings reshape priorities, key A',
    );
  });

  it('names the unknown phase when an arc points outside the list', () => {
    const arc = feedbackArcs[0]!;
    expect(() => arcLinkName(arc, phases.slice(0, 2))).toThrow(/"learn"/);
  });

  it.each([
    ['Learnings reshape priorities', 'learnings reshape priorities'],
    ['CI failures return', 'CI failures return'],
    ['DevOps engineers fix it', 'DevOps engineers fix it'],
    ['SREs page the Tech Lead', 'SREs page the Tech Lead'],
    ['A', 'a'],
    ['', ''],
  ])('midSentence(%j) is %j', (input, expected) => {
    expect(midSentence(input)).toBe(expected);
  });
});
