/**
 * How the loop's lines and ends look wherever it is drawn: the page's interactive diagram and the
 * standalone drawings made at build time (downloads, the link-preview image) share these.
 * Colours are not here: the page takes them from the theme, the drawings from loopSvg's palettes.
 */

/** Stroke widths in viewBox units. */
export const STROKE_WIDTH = { forward: 3, feedback: 3, node: 3, currentRing: 2.5, key: 3 } as const;

/** Dash pattern of feedback arcs (SC 1.4.1: they differ from the forward flow by more than colour). */
export const FEEDBACK_DASH = '9 6';

/** Arrowheads: a filled triangle ends the forward flow, an open chevron a feedback arc. */
export const MARKERS = {
  forward: { viewBox: '0 0 10 10', refX: 10, refY: 5, size: 18, d: 'M 0 0 L 10 5 L 0 10 z' },
  feedback: { viewBox: '0 0 12 12', refX: 11, refY: 6, size: 24, d: 'M 1 1 L 11 6 L 1 11', strokeWidth: 2 },
} as const;
