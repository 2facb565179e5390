/**
 * The loop diagram's layout: where the phases sit on a ring, the path of every arc, and where names,
 * labels and key badges go. Pure TypeScript (no DOM, no React), so it runs during SSR, in unit tests
 * and at build time for the downloadable drawings.
 *
 * Drawing conventions: nodes are circles on a ring, numbered clockwise from the top. Forward arcs run
 * along the ring; feedback arcs bulge outwards, with their labels outside. Node names sit inside
 * the ring. Two text variants are laid out: "wide" (full names, arc labels) and "narrow" (short names
 * and a lettered key per feedback arc), so CSS can switch between them without moving anything.
 */
import { arcs as siteArcs, phases as sitePhases, type Arc, type ArcId, type ArcKind, type Phase } from '../data';
import {
  angleBetween,
  circleBox,
  cubicAt,
  fmt,
  polar,
  round,
  sampledBox,
  samples,
  toRad,
  unionBox,
  type Box,
  type Point,
} from './geometry';
import { textBlock, withSize, wrapText, type TextBlock, type TextLine } from './textLayout';

export interface NodeLayout {
  readonly id: Phase['id'];
  readonly index: number;
  readonly center: Point;
  readonly radius: number;
  /** Full name, wrapped, plus the marker line on the current phase and the phase's note. */
  readonly name: TextBlock;
  /** Short name plus the marker line on the current phase and the phase's note, for narrow screens. */
  readonly shortName: TextBlock;
}

export interface ArcLayout {
  readonly id: ArcId;
  readonly kind: ArcKind;
  readonly from: Phase['id'];
  readonly to: Phase['id'];
  /** SVG path data. */
  readonly d: string;
  readonly start: Point;
  readonly end: Point;
  /** Bounding box of the drawn curve. */
  readonly box: Box;
  /** Feedback arcs only: the wrapped label beside the curve. */
  readonly label?: TextBlock;
  /** Feedback arcs only: a lettered badge on the curve, used when labels do not fit. */
  readonly key?: { readonly letter: string; readonly center: Point; readonly radius: number };
}

export interface LoopLayout {
  readonly viewBox: Box;
  /** The part of the view box the narrow variant uses (no wide labels), so CSS can crop to it. */
  readonly narrowBox: Box;
  readonly center: Point;
  /** Radius of the ring the node centres sit on. */
  readonly ringRadius: number;
  readonly nodeRadius: number;
  readonly nodes: readonly NodeLayout[];
  readonly arcs: readonly ArcLayout[];
}

export interface LayoutOptions {
  /** Id of the current phase; its name blocks get one more line, `marker`. */
  readonly current?: string;
  /** The line drawn under the current phase's name, e.g. "You are here". */
  readonly marker?: string;
  /**
   * A last line under a phase's name or a feedback arc's label, by id: a score, say. Not with a
   * current phase's marker: inside the ring, the two do not fit at once.
   */
  readonly notes?: ReadonlyMap<string, string>;
  /** Whether the wide arc labels are laid out (and so reserved in the view box). */
  readonly arcLabels?: boolean;
}

export const RING_RADIUS = 200;
export const NODE_RADIUS = 38;
/** Font sizes in viewBox units; the narrow variant is larger because it is drawn smaller. */
export const FONT = { name: 17, label: 15, numeral: 28, shortName: 28, here: 22, key: 26, note: 14, noteNarrow: 18 } as const;
/** Feedback arcs leave and reach a node this far (degrees) from its outward direction. */
const FEEDBACK_OFFSET_DEG = 42;
const PADDING = 12;
const KEY_RADIUS = 30;

/** Text block just inside the ring from a node: centred on the inward ray, clear of the node. */
function innerBlock(lines: readonly TextLine[], node: Point, angleDeg: number): TextBlock {
  const probe = textBlock(lines, { center: { x: 0, y: 0 } });
  const inward = { x: -Math.sin(toRad(angleDeg)), y: Math.cos(toRad(angleDeg)) };
  // How far the box reaches along the inward ray from its own centre.
  const reach = (Math.abs(inward.x) * probe.box.width) / 2 + (Math.abs(inward.y) * probe.box.height) / 2;
  const along = NODE_RADIUS + 10 + reach;
  return textBlock(lines, { center: { x: node.x + inward.x * along, y: node.y + inward.y * along } });
}


function forwardArc(arc: Arc, angle: (id: Phase['id']) => number, center: Point): ArcLayout {
  // The point on the ring at distance NODE_RADIUS from a node centre is this many degrees away.
  const delta = (2 * Math.asin(NODE_RADIUS / (2 * RING_RADIUS)) * 180) / Math.PI;
  const a0 = angle(arc.from) + delta;
  const sweep = angleBetween(angle(arc.from), angle(arc.to));
  const a1 = angle(arc.from) + sweep - delta;
  const start = polar(center, RING_RADIUS, a0);
  const end = polar(center, RING_RADIUS, a1);
  const points = samples(24).map((t) => polar(center, RING_RADIUS, a0 + (a1 - a0) * t));
  return {
    id: arc.id,
    kind: arc.kind,
    from: arc.from,
    to: arc.to,
    d: `M ${fmt(start)} A ${RING_RADIUS} ${RING_RADIUS} 0 0 1 ${fmt(end)}`,
    start,
    end,
    box: sampledBox(points),
  };
}

function feedbackArc(
  arc: Arc,
  letter: string,
  angle: (id: Phase['id']) => number,
  center: Point,
  withLabel: boolean,
  note: string | undefined,
): ArcLayout {
  const from = angle(arc.from);
  const to = angle(arc.to);
  const sweep = angleBetween(from, to);
  const dir = Math.sign(sweep);
  const fromCenter = polar(center, RING_RADIUS, from);
  const toCenter = polar(center, RING_RADIUS, to);
  // Leave and arrive off the outward direction, clear of the forward arcs that touch the ring.
  const startAngle = from + dir * FEEDBACK_OFFSET_DEG;
  const endAngle = to - dir * FEEDBACK_OFFSET_DEG;
  const start = polar(fromCenter, NODE_RADIUS, startAngle);
  const end = polar(toCenter, NODE_RADIUS, endAngle);
  // Handles point straight out of each node, so arrows meet the circle square on; longer arcs bulge more.
  const bulge = 30 + (sweep * sweep) / 75;
  const c1 = polar(start, bulge, startAngle);
  const c2 = polar(end, bulge, endAngle);
  const points = samples(32).map((t) => cubicAt(start, c1, c2, end, t));
  const curveMid = cubicAt(start, c1, c2, end, 0.5);
  const apex = { x: round(curveMid.x), y: round(curveMid.y) };
  const outward = { x: apex.x - center.x, y: apex.y - center.y };
  const outLength = Math.hypot(outward.x, outward.y);
  const unit = { x: outward.x / outLength, y: outward.y / outLength };
  let label: TextBlock | undefined;
  if (withLabel) {
    const lines = [...withSize(wrapText(arc.label, 20), FONT.label), ...withSize(note === undefined ? [] : [note], FONT.note)];
    const gap = 14;
    const edge = { x: apex.x + unit.x * gap, y: apex.y + unit.y * gap };
    if (Math.abs(unit.x) < 0.35) {
      // Above or below the loop: centre the block on the ray, fully outside the curve.
      const probe = textBlock(lines, { center: { x: 0, y: 0 } });
      const shift = (Math.sign(unit.y) * probe.box.height) / 2;
      label = textBlock(lines, { center: { x: edge.x, y: edge.y + shift } });
    } else {
      label = textBlock(lines, { edge, side: unit.x > 0 ? 'right' : 'left' });
    }
  }
  return {
    id: arc.id,
    kind: arc.kind,
    from: arc.from,
    to: arc.to,
    d: `M ${fmt(start)} C ${fmt(c1)} ${fmt(c2)} ${fmt(end)}`,
    start,
    end,
    box: sampledBox(points),
    label,
    key: { letter, center: apex, radius: KEY_RADIUS },
  };
}

/** Letter used for a feedback arc in the narrow layout and in the text list: A, B, C, … */
export const arcLetter = (index: number): string => String.fromCharCode(65 + index);

/**
 * Lays out the loop. Phases are spaced evenly clockwise from the top in the order given; arcs are
 * drawn between them. Throws if an arc names a phase that is not in the list.
 */
export function layoutLoop(
  phases: readonly Phase[],
  arcs: readonly Arc[],
  { current, marker = '', arcLabels = true, notes = new Map<string, string>() }: LayoutOptions = {},
): LoopLayout {
  if (notes.size > 0 && current !== undefined && marker !== '') {
    throw new Error('The loop is laid out either with a current phase marked or with notes, not both: they do not fit inside the ring at once.');
  }
  const center = { x: 0, y: 0 };
  const step = 360 / phases.length;
  const angleById = new Map(phases.map((phase, index) => [phase.id, index * step]));
  const angle = (id: Phase['id']): number => {
    const value = angleById.get(id);
    if (value === undefined) throw new Error(`Arc refers to phase "${id}", which is not in the layout.`);
    return value;
  };

  const nodes: NodeLayout[] = phases.map((phase, index) => {
    const a = index * step;
    const c = polar(center, RING_RADIUS, a);
    const markerLines = phase.id === current && marker !== '' ? [marker] : [];
    const note = notes.get(phase.id);
    const noteLines = note === undefined ? [] : [note];
    return {
      id: phase.id,
      index,
      center: c,
      radius: NODE_RADIUS,
      name: innerBlock([...withSize([...wrapText(phase.name, 12), ...markerLines], FONT.name), ...withSize(noteLines, FONT.note)], c, a),
      shortName: innerBlock(
        [{ text: phase.shortName, fontSize: FONT.shortName }, ...withSize(markerLines, FONT.here), ...withSize(noteLines, FONT.noteNarrow)],
        c,
        a,
      ),
    };
  });

  let feedbackIndex = 0;
  const arcLayouts: ArcLayout[] = arcs.map((arc) =>
    arc.kind === 'forward'
      ? forwardArc(arc, angle, center)
      : feedbackArc(arc, arcLetter(feedbackIndex++), angle, center, arcLabels, notes.get(arc.id)),
  );

  const narrowBoxes: Box[] = [
    // Room for the focus ring and the current-phase ring around each node.
    ...nodes.map((node) => circleBox(node.center, NODE_RADIUS + 14)),
    ...nodes.map((node) => node.shortName.box),
    ...arcLayouts.map((arc) => arc.box),
    ...arcLayouts.flatMap((arc) => (arc.key ? [circleBox(arc.key.center, arc.key.radius + 4)] : [])),
  ];
  const wideBoxes: Box[] = [
    ...nodes.map((node) => node.name.box),
    ...arcLayouts.flatMap((arc) => (arc.label ? [arc.label.box] : [])),
  ];
  const padded = (content: Box): Box => {
    const x = Math.floor(content.x - PADDING);
    const y = Math.floor(content.y - PADDING);
    return {
      x,
      y,
      width: Math.ceil(content.x + content.width + PADDING) - x,
      height: Math.ceil(content.y + content.height + PADDING) - y,
    };
  };
  return {
    viewBox: padded(unionBox([...narrowBoxes, ...wideBoxes])),
    narrowBox: padded(unionBox(narrowBoxes)),
    center,
    ringRadius: RING_RADIUS,
    nodeRadius: NODE_RADIUS,
    nodes,
    arcs: arcLayouts,
  };
}


/**
 * The site's loop, laid out once per set of options and kept: every diagram on a page, and every
 * re-render on hover and focus, reuses it. Layouts with notes are not kept.
 */
const siteLayouts = new Map<string, LoopLayout>();
export function layoutSiteLoop(options: LayoutOptions = {}): LoopLayout {
  // Notes change with every answer in the loop check: lay those out afresh rather than keep them all.
  if (options.notes !== undefined && options.notes.size > 0) return layoutLoop(sitePhases, siteArcs, options);
  const key = JSON.stringify([options.current ?? '', options.marker ?? '', options.arcLabels ?? true]);
  let layout = siteLayouts.get(key);
  if (!layout) {
    layout = layoutLoop(sitePhases, siteArcs, options);
    siteLayouts.set(key, layout);
  }
  return layout;
}
