import { describe, expect, it } from 'vitest';
import { arcs, feedbackArcs, PHASE_IDS, phases } from '@site/src/data';
import { boxesOverlap, circleOverlapsBox, distance, type Box } from '../geometry';
import { layoutLoop, layoutSiteLoop, NODE_RADIUS, RING_RADIUS, type LoopLayout } from '../loopLayout';
import { wrapText } from '../textLayout';

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const circleBox = (c: { x: number; y: number }, r: number): Box => ({ x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r });

/** The loop check's notes on every phase and feedback arc: its widest score, and "No score". */
const scoreNotes = (note: string) => new Map([...PHASE_IDS, ...feedbackArcs.map((arc) => arc.id)].map((id) => [id, note]));

/** Every layout the components can ask for: each phase current or none, labels on and off, and (with no current phase) scores. */
const variants: { name: string; layout: LoopLayout }[] = [
  ...[undefined, ...PHASE_IDS].flatMap((current) =>
    [true, false].map((arcLabels) => ({
      name: `current=${current ?? 'none'} labels=${arcLabels}`,
      layout: layoutLoop(phases, arcs, { current, marker: 'You are here', arcLabels }),
    })),
  ),
  ...['3.7 Flowing', 'No score'].flatMap((note) =>
    [true, false].map((arcLabels) => ({
      name: `notes=${note} labels=${arcLabels}`,
      layout: layoutLoop(phases, arcs, { arcLabels, notes: scoreNotes(note) }),
    })),
  ),
];

const wide = layoutLoop(phases, arcs);

// Drawn coordinates are rounded to hundredths, so distances hold to within a few hundredths.
describe('layoutLoop nodes', () => {
  it.each(wide.nodes.map((node) => [node.id, node] as const))('%s sits on the ring', (_id, node) => {
    expect(distance(node.center, wide.center)).toBeCloseTo(RING_RADIUS, 1);
  });

  it('spaces the six nodes evenly: neighbours are all the same distance apart', () => {
    const gaps = wide.nodes.map((node, i) => distance(node.center, wide.nodes[(i + 1) % wide.nodes.length]!.center));
    const expected = 2 * RING_RADIUS * Math.sin(Math.PI / PHASE_IDS.length);
    for (const gap of gaps) expect(gap).toBeCloseTo(expected, 1);
  });

  it('puts ① at the top and goes clockwise', () => {
    const [first, second] = wide.nodes;
    expect(first?.id).toBe('discover');
    expect(first?.center.x).toBeCloseTo(0, 6);
    expect(first?.center.y).toBeLessThan(0);
    expect(second?.center.x).toBeGreaterThan(0);
  });
});

describe('layoutLoop arcs', () => {
  it('draws every arc of the model once, with four feedback arcs', () => {
    expect(wide.arcs.map((arc) => arc.id)).toEqual(arcs.map((arc) => arc.id));
    expect(wide.arcs.filter((arc) => arc.kind === 'feedback')).toHaveLength(feedbackArcs.length);
  });

  it.each(wide.arcs.map((arc) => [arc.id, arc] as const))('%s starts and ends on the edges of its nodes', (_id, arc) => {
    const from = wide.nodes.find((node) => node.id === arc.from)!;
    const to = wide.nodes.find((node) => node.id === arc.to)!;
    expect(distance(arc.start, from.center)).toBeCloseTo(NODE_RADIUS, 1);
    expect(distance(arc.end, to.center)).toBeCloseTo(NODE_RADIUS, 1);
    expect(arc.d.startsWith('M ')).toBe(true);
  });

  it('labels every feedback arc with its model label and no forward arc', () => {
    for (const arc of wide.arcs) {
      const model = arcs.find((a) => a.id === arc.id)!;
      if (arc.kind === 'feedback') {
        expect(arc.label?.lines.map((line) => line.text).join(' ')).toBe(model.label);
      } else {
        expect(arc.label).toBeUndefined();
      }
    }
  });

  it('gives the feedback arcs keys A to D in model order', () => {
    expect(wide.arcs.flatMap((arc) => (arc.key ? [arc.key.letter] : []))).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe.each(variants)('layoutLoop text, $name', ({ layout }) => {
  const texts = [
    ...layout.nodes.flatMap((node) => [
      { what: `name of ${node.id}`, box: node.name.box, variant: 'wide' },
      { what: `short name of ${node.id}`, box: node.shortName.box, variant: 'narrow' },
    ]),
    ...layout.arcs.flatMap((arc) => (arc.label ? [{ what: `label of ${arc.id}`, box: arc.label.box, variant: 'wide' }] : [])),
    ...layout.arcs.flatMap((arc) =>
      arc.key ? [{ what: `key of ${arc.id}`, box: circleBox(arc.key.center, arc.key.radius), variant: 'narrow' }] : [],
    ),
  ];

  it('keeps every name, label and key inside the view box', () => {
    for (const text of texts) expect(inside(text.box, layout.viewBox), text.what).toBe(true);
  });

  it('keeps the short names and keys inside the narrow crop, which lies inside the view box', () => {
    for (const text of texts.filter((t) => t.variant === 'narrow')) {
      expect(inside(text.box, layout.narrowBox), text.what).toBe(true);
    }
    expect(inside(layout.narrowBox, layout.viewBox)).toBe(true);
  });

  it('never lets two texts shown together, or a text and a node, overlap', () => {
    const overlaps: string[] = [];
    for (const variant of ['wide', 'narrow']) {
      const shown = texts.filter((t) => t.variant === variant);
      for (const [i, a] of shown.entries()) {
        for (const b of shown.slice(i + 1)) {
          if (boxesOverlap(a.box, b.box)) overlaps.push(`${a.what} overlaps ${b.what}`);
        }
        for (const node of layout.nodes) {
          // 9 units of room for the current-phase ring drawn around the node.
          if (circleOverlapsBox(node.center, node.radius + 9, a.box)) overlaps.push(`${a.what} overlaps node ${node.id}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe('layoutLoop input checks', () => {
  it('names the phase when an arc points outside the list', () => {
    expect(() => layoutLoop(phases.slice(0, 3), arcs)).toThrow(/"verify"/);
  });
});

describe('the current phase', () => {
  it('gets the marker line under its name in both text variants, and no other phase does', () => {
    const layout = layoutLoop(phases, arcs, { current: 'verify', marker: 'You are here' });
    const lines = (id: string) => layout.nodes.find((node) => node.id === id);
    expect(lines('verify')?.name.lines.map((line) => line.text)).toEqual(['Verify &', 'Integrate', 'You are here']);
    expect(lines('verify')?.shortName.lines.map((line) => line.text)).toEqual(['Verify', 'You are here']);
    expect(lines('build')?.shortName.lines.map((line) => line.text)).toEqual(['Build']);
  });
});

describe('notes', () => {
  it('go under a phase’s name in both variants and under a feedback arc’s label', () => {
    const layout = layoutLoop(phases, arcs, { notes: new Map([['build', '2.0 Stuck'], ['learn-to-shape', '3.5 Flowing']]) });
    const build = layout.nodes.find((node) => node.id === 'build');
    expect(build?.name.lines.map((line) => line.text)).toEqual(['Build &', 'Collaborate', '2.0 Stuck']);
    expect(build?.shortName.lines.map((line) => line.text)).toEqual(['Build', '2.0 Stuck']);
    expect(layout.arcs.find((arc) => arc.id === 'learn-to-shape')?.label?.lines.map((line) => line.text)).toEqual([
      'Learnings reshape',
      'priorities',
      '3.5 Flowing',
    ]);
  });
});

describe('a current phase with notes', () => {
  it('is refused, with a message saying why', () => {
    expect(() => layoutLoop(phases, arcs, { current: 'build', marker: 'You are here', notes: scoreNotes('3.7 Flowing') })).toThrow(/either with a current phase marked or with notes/);
  });
});

describe('layoutSiteLoop', () => {
  it('lays out the site’s model, and gives the same layout back for the same options', () => {
    const first = layoutSiteLoop({ current: 'build', marker: 'You are here' });
    expect(first).toEqual(layoutLoop(phases, arcs, { current: 'build', marker: 'You are here' }));
    expect(layoutSiteLoop({ current: 'build', marker: 'You are here' })).toBe(first);
    expect(layoutSiteLoop({ current: 'learn', marker: 'You are here' })).not.toBe(first);
  });
});

describe('wrapText', () => {
  it.each([
    ['Learnings reshape priorities', 20, ['Learnings reshape', 'priorities']],
    ['Build & Collaborate', 12, ['Build &', 'Collaborate']],
    ['Short', 20, ['Short']],
    ['Supercalifragilistic word', 5, ['Supercalifragilistic', 'word']],
  ] as const)('%s at %i characters', (text, max, expected) => {
    expect(wrapText(text, max)).toEqual(expected);
  });
});
