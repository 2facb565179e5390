/**
 * Geometry of the loop diagram: where the six nodes sit on a ring, the path of every arc, and where
 * names and labels go. Pure TypeScript (no DOM, no React), so it runs during SSR and in unit tests.
 *
 * Drawing conventions: nodes are circles on a ring, numbered clockwise from the top. Forward arcs run
 * along the ring; feedback arcs bulge outwards, with their labels outside. Node names sit inside
 * the ring. Two text variants are laid out: "wide" (full names, arc labels) and "narrow" (short names
 * and a lettered key per feedback arc), so CSS can switch between them without moving anything.
 */
import type { Arc, ArcKind, Phase } from '@site/src/data';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Axis-aligned box in viewBox units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** One line of text and the font size it is drawn at. */
export interface TextLine {
  readonly text: string;
  readonly fontSize: number;
}

/** A block of text lines, each with its own baseline. */
export interface TextBlock {
  readonly lines: readonly (TextLine & { readonly baseline: number })[];
  /** x of every line; what it means depends on textAnchor. */
  readonly x: number;
  readonly textAnchor: TextAnchor;
  /** Estimated extent of the text, used for overlap checks and the view box. */
  readonly box: Box;
}

export interface NodeLayout {
  readonly id: Phase['id'];
  readonly index: number;
  readonly center: Point;
  readonly radius: number;
  /** Full name, wrapped, plus "You are here" on the current phase. */
  readonly name: TextBlock;
  /** Short name plus "You are here" on the current phase, for narrow screens. */
  readonly shortName: TextBlock;
}

export interface ArcLayout {
  readonly id: string;
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
  /** Id of the phase marked "You are here"; its name block gets one more line. */
  readonly current?: string;
  /** Whether the wide arc labels are laid out (and so reserved in the view box). */
  readonly arcLabels?: boolean;
}

export const YOU_ARE_HERE = 'You are here';

export const RING_RADIUS = 200;
export const NODE_RADIUS = 38;
/** Font sizes in viewBox units; the narrow variant is larger because it is drawn smaller. */
export const FONT = { name: 17, label: 15, numeral: 28, shortName: 28, here: 22, key: 26 } as const;
/** Feedback arcs leave and reach a node this far (degrees) from its outward direction. */
const FEEDBACK_OFFSET_DEG = 42;
const PADDING = 12;
/** Average glyph width as a share of the font size; generous so estimates err on the wide side. */
const GLYPH_WIDTH = 0.56;
const KEY_RADIUS = 30;

const toRad = (deg: number): number => (deg * Math.PI) / 180;
/** Drawn coordinates are rounded to hundredths: finer is invisible and only lengthens the markup. */
const round = (n: number): number => Math.round(n * 100) / 100 || 0;
const fmt = (p: Point): string => `${round(p.x)} ${round(p.y)}`;

/** Point on a circle; the angle is clockwise from the top, in degrees. */
export function polar(center: Point, radius: number, angleDeg: number): Point {
  const a = toRad(angleDeg);
  return { x: round(center.x + radius * Math.sin(a)), y: round(center.y - radius * Math.cos(a)) };
}

export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a circle and a box share any point. */
export function circleOverlapsBox(center: Point, radius: number, box: Box): boolean {
  const nearest = {
    x: Math.min(Math.max(center.x, box.x), box.x + box.width),
    y: Math.min(Math.max(center.y, box.y), box.y + box.height),
  };
  return distance(center, nearest) < radius;
}

export function unionBox(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const circleBox = (c: Point, r: number): Box => ({ x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r });

/** Greedy word wrap; a single word longer than the limit keeps its own line. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export const estimateTextWidth = (text: string, fontSize: number): number =>
  [...text].length * fontSize * GLYPH_WIDTH;

const lineHeightOf = (fontSize: number): number => Math.round(fontSize * 1.25);

/** Lays out lines around a reference point: `center` centres the block on it, `edge` starts it there. */
function textBlock(
  lines: readonly TextLine[],
  place: { center: Point } | { edge: Point; side: 'left' | 'right' },
): TextBlock {
  const width = Math.max(...lines.map((line) => estimateTextWidth(line.text, line.fontSize)));
  const height = lines.reduce((sum, line) => sum + lineHeightOf(line.fontSize), 0);
  const at = 'center' in place ? place.center : place.edge;
  const mid = { x: round(at.x), y: at.y };
  const top = mid.y - height / 2;
  let y = top;
  const placed = lines.map((line) => {
    const lineHeight = lineHeightOf(line.fontSize);
    // A baseline sits about 0.8 em below the top of the glyphs, plus half the leading.
    const baseline = round(y + (lineHeight - line.fontSize) / 2 + line.fontSize * 0.8);
    y += lineHeight;
    return { ...line, baseline };
  });
  if ('center' in place) {
    return { lines: placed, x: mid.x, textAnchor: 'middle', box: { x: mid.x - width / 2, y: top, width, height } };
  }
  const right = place.side === 'right';
  return {
    lines: placed,
    x: mid.x,
    textAnchor: right ? 'start' : 'end',
    box: { x: right ? mid.x : mid.x - width, y: top, width, height },
  };
}

const withSize = (texts: readonly string[], fontSize: number): TextLine[] =>
  texts.map((text) => ({ text, fontSize }));

/** Text block just inside the ring from a node: centred on the inward ray, clear of the node. */
function innerBlock(lines: readonly TextLine[], node: Point, angleDeg: number): TextBlock {
  const probe = textBlock(lines, { center: { x: 0, y: 0 } });
  const inward = { x: -Math.sin(toRad(angleDeg)), y: Math.cos(toRad(angleDeg)) };
  // How far the box reaches along the inward ray from its own centre.
  const reach = (Math.abs(inward.x) * probe.box.width) / 2 + (Math.abs(inward.y) * probe.box.height) / 2;
  const along = NODE_RADIUS + 10 + reach;
  return textBlock(lines, { center: { x: node.x + inward.x * along, y: node.y + inward.y * along } });
}

/** Signed smallest angle from a to b, in degrees, in (-180, 180]. */
function angleBetween(fromDeg: number, toDeg: number): number {
  const diff = (((toDeg - fromDeg) % 360) + 540) % 360 - 180;
  return diff === -180 ? 180 : diff;
}

function cubicAt(p0: Point, c1: Point, c2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * c1.x + c * c2.x + d * p3.x, y: a * p0.y + b * c1.y + c * c2.y + d * p3.y };
}

function sampledBox(points: readonly Point[]): Box {
  return unionBox(points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })));
}

const samples = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i / n);

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
    const lines = withSize(wrapText(arc.label, 20), FONT.label);
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
  { current, arcLabels = true }: LayoutOptions = {},
): LoopLayout {
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
    const isCurrent = phase.id === current;
    return {
      id: phase.id,
      index,
      center: c,
      radius: NODE_RADIUS,
      name: innerBlock(withSize([...wrapText(phase.name, 12), ...(isCurrent ? [YOU_ARE_HERE] : [])], FONT.name), c, a),
      shortName: innerBlock(
        [{ text: phase.shortName, fontSize: FONT.shortName }, ...withSize(isCurrent ? [YOU_ARE_HERE] : [], FONT.here)],
        c,
        a,
      ),
    };
  });

  let feedbackIndex = 0;
  const arcLayouts: ArcLayout[] = arcs.map((arc) =>
    arc.kind === 'forward'
      ? forwardArc(arc, angle, center)
      : feedbackArc(arc, arcLetter(feedbackIndex++), angle, center, arcLabels),
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
