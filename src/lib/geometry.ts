/**
 * Plane geometry for the drawings: points, boxes, circles and curves, in viewBox units. Pure TS.
 */

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

export const toRad = (deg: number): number => (deg * Math.PI) / 180;
/** Drawn coordinates are rounded to hundredths: finer is invisible and only lengthens the markup. */
export const round = (n: number): number => Math.round(n * 100) / 100 || 0;
/** "x y" for SVG path data. */
export const fmt = (p: Point): string => `${round(p.x)} ${round(p.y)}`;

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

/** The square box around a circle. */
export const circleBox = (c: Point, r: number): Box => ({ x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r });

/** Signed smallest angle from a to b, in degrees, in (-180, 180]. */
export function angleBetween(fromDeg: number, toDeg: number): number {
  const diff = (((toDeg - fromDeg) % 360) + 540) % 360 - 180;
  return diff === -180 ? 180 : diff;
}

/** The point at t (0 to 1) along a cubic Bézier curve. */
export function cubicAt(p0: Point, c1: Point, c2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * c1.x + c * c2.x + d * p3.x, y: a * p0.y + b * c1.y + c * c2.y + d * p3.y };
}

/** The box around a list of points. */
export function sampledBox(points: readonly Point[]): Box {
  return unionBox(points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })));
}

/** n + 1 evenly spaced values from 0 to 1. */
export const samples = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i / n);
