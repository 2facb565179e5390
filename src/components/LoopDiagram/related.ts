import type { ArcLayout, NodeLayout } from '@site/src/lib/loopLayout';

/** What the pointer or keyboard focus is on: its arcs and ends stay bright, the rest dims. */
export type Active = { kind: 'phase'; id: string } | { kind: 'arc'; id: string } | null;

/** The handlers that make a node or arc the active one while it is hovered or focused. */
export interface ActivityHandlers {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** Whether an arc stays bright: it is the active arc, or it touches the active phase. */
export function isArcRelated(active: Active, arc: ArcLayout): boolean {
  if (active === null) return true;
  return active.kind === 'arc' ? active.id === arc.id : arc.from === active.id || arc.to === active.id;
}

/** Whether a node stays bright: it is active, or it is an end of an arc that stays bright. */
export function isNodeRelated(active: Active, node: NodeLayout, arcs: readonly ArcLayout[]): boolean {
  if (active === null) return true;
  if (active.kind === 'phase') {
    return node.id === active.id || arcs.some((arc) => isArcRelated(active, arc) && (arc.from === node.id || arc.to === node.id));
  }
  const arc = arcs.find((a) => a.id === active.id);
  return arc !== undefined && (arc.from === node.id || arc.to === node.id);
}
