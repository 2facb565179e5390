/**
 * The loop as a standalone SVG document, for slides, wikis and link previews: drawn from the same
 * layout (loopLayout) and line styles (loopStyle) as the page's interactive diagram, with real text
 * for every phase name and arc label, and a title and description for screen readers. Pure TS: it
 * runs at build time (src/plugins/loopImages.ts) and in unit tests.
 */
import { getPhase } from '../data';
import type { Box } from './geometry';
import type { LoopLayout } from './loopLayout';
import { FONT } from './loopLayout';
import { FEEDBACK_DASH, MARKERS, STROKE_WIDTH } from './loopStyle';
import type { TextBlock } from './textLayout';

/** The colours of a drawing; the site's own diagram takes the same ones from the theme. */
export interface Palette {
  readonly background: string;
  readonly text: string;
  /** Forward arcs. */
  readonly line: string;
  /** Nodes' rings and feedback arcs. */
  readonly accent: string;
  /** Inside the nodes. */
  readonly surface: string;
}

/** The theme's colours in each mode (a browser test compares them with the page's diagram). */
export const PALETTES = {
  light: { background: '#ffffff', text: '#1c1e21', line: '#606770', accent: '#1f5fa8', surface: '#ffffff' },
  dark: { background: '#1b1b1d', text: '#e3e3e3', line: '#dadde1', accent: '#7fb6f0', surface: '#242526' },
} as const satisfies Record<string, Palette>;
export type ColorMode = keyof typeof PALETTES;

/** DejaVu Sans is bundled for the PNGs (src/plugins/loopImages.ts); viewers of the SVG use their own. */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";

export interface LoopSvgOptions {
  readonly palette: Palette;
  /** "wide": full names and arc labels. "narrow": short names and, with `keys`, a letter per feedback arc. */
  readonly variant: 'wide' | 'narrow';
  /** Draw the narrow variant's key letters. */
  readonly keys?: boolean;
  readonly title: string;
  readonly description: string;
  /** Width in px the document asks to be shown at; the height follows the view box. */
  readonly width?: number;
  /** Prefix of the ids inside the drawing, so two drawings in one document do not clash. */
  readonly idPrefix?: string;
}

/** Text and attribute values with &, <, > and quotes written as entities. */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const attrs = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(' ');

function textLines(block: TextBlock, fill: string, extra: Record<string, string> = {}): string {
  return block.lines
    .map(
      (line) =>
        `<text ${attrs({ x: block.x, y: line.baseline, 'font-size': line.fontSize, 'text-anchor': block.textAnchor, fill, ...extra })}>${escapeXml(line.text)}</text>`,
    )
    .join('');
}

/** The drawing's defs and shapes, without the enclosing <svg>, and the view box they fill. */
export function loopSvgContent(layout: LoopLayout, options: Omit<LoopSvgOptions, 'title' | 'description' | 'width'>): { viewBox: Box; content: string } {
  const { palette, variant, keys = true, idPrefix = 'loop' } = options;
  const viewBox = variant === 'wide' ? layout.viewBox : layout.narrowBox;
  const markerId = (kind: keyof typeof MARKERS): string => `${idPrefix}-${kind}`;
  const defs = (['forward', 'feedback'] as const)
    .map((kind) => {
      const marker = MARKERS[kind];
      const paint =
        kind === 'forward'
          ? attrs({ fill: palette.line })
          : attrs({ fill: 'none', stroke: palette.accent, 'stroke-width': MARKERS.feedback.strokeWidth, 'stroke-linejoin': 'round' });
      return `<marker ${attrs({ id: markerId(kind), viewBox: marker.viewBox, refX: marker.refX, refY: marker.refY, markerUnits: 'userSpaceOnUse', markerWidth: marker.size, markerHeight: marker.size, orient: 'auto-start-reverse' })}><path ${attrs({ d: marker.d })} ${paint}/></marker>`;
    })
    .join('');
  const forward = layout.arcs
    .filter((arc) => arc.kind === 'forward')
    .map(
      (arc) =>
        `<path ${attrs({ class: 'forward-arc', 'data-arc': arc.id, d: arc.d, fill: 'none', stroke: palette.line, 'stroke-width': STROKE_WIDTH.forward, 'stroke-linecap': 'round', 'marker-end': `url(#${markerId('forward')})` })}/>`,
    );
  const nodes = layout.nodes.map((node) => {
    const phase = getPhase(node.id);
    const name = variant === 'wide' ? node.name : node.shortName;
    return [
      `<g ${attrs({ class: 'phase', 'data-phase': node.id })}>`,
      `<circle ${attrs({ cx: node.center.x, cy: node.center.y, r: node.radius, fill: palette.surface, stroke: palette.accent, 'stroke-width': STROKE_WIDTH.node })}/>`,
      `<text ${attrs({ x: node.center.x, y: node.center.y, 'font-size': FONT.numeral, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: palette.text })}>${escapeXml(phase.numeral)}</text>`,
      textLines(name, palette.text, { 'font-weight': '600' }),
      '</g>',
    ].join('');
  });
  const feedback = layout.arcs
    .filter((arc) => arc.kind === 'feedback')
    .map((arc) => {
      const parts = [
        `<path ${attrs({ class: 'feedback-arc', 'data-arc': arc.id, d: arc.d, fill: 'none', stroke: palette.accent, 'stroke-width': STROKE_WIDTH.feedback, 'stroke-dasharray': FEEDBACK_DASH, 'stroke-linecap': 'round', 'marker-end': `url(#${markerId('feedback')})` })}/>`,
      ];
      if (variant === 'wide' && arc.label) parts.push(textLines(arc.label, palette.text, { 'font-style': 'italic' }));
      if (variant === 'narrow' && keys && arc.key) {
        const { center, radius, letter } = arc.key;
        parts.push(
          `<circle ${attrs({ cx: center.x, cy: center.y, r: radius, fill: palette.surface, stroke: palette.accent, 'stroke-width': STROKE_WIDTH.key })}/>`,
          `<text ${attrs({ x: center.x, y: center.y, 'font-size': FONT.key, 'font-weight': 700, 'text-anchor': 'middle', 'dominant-baseline': 'central', fill: palette.text })}>${letter}</text>`,
        );
      }
      return `<g ${attrs({ class: 'arc', 'data-arc': arc.id })}>${parts.join('')}</g>`;
    });
  return { viewBox, content: [`<defs>${defs}</defs>`, ...forward, ...nodes, ...feedback].join('\n') };
}

const viewBoxOf = (box: Box): string => `${box.x} ${box.y} ${box.width} ${box.height}`;

/** The loop as a whole SVG document. */
export function renderLoopSvg(layout: LoopLayout, options: LoopSvgOptions): string {
  const { viewBox, content } = loopSvgContent(layout, options);
  const idPrefix = options.idPrefix ?? 'loop';
  const size = options.width === undefined ? {} : { width: options.width, height: Math.round((options.width * viewBox.height) / viewBox.width) };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ viewBox: viewBoxOf(viewBox), ...size, role: 'img', 'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`, 'font-family': FONT_FAMILY })}>`,
    `<title id="${idPrefix}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>`,
    `<rect ${attrs({ x: viewBox.x, y: viewBox.y, width: viewBox.width, height: viewBox.height, fill: options.palette.background })}/>`,
    content,
    '</svg>',
    '',
  ].join('\n');
}

export interface CardOptions {
  readonly palette: Palette;
  readonly title: string;
  readonly description: string;
  /** Large lines at the top left, then smaller ones under them. */
  readonly heading: readonly string[];
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

/** A link-preview card: words on the left, the loop (short names, no keys) on the right. */
export function renderLoopCard(layout: LoopLayout, options: CardOptions): string {
  const { palette, width, height } = options;
  const { viewBox, content } = loopSvgContent(layout, { palette, variant: 'narrow', keys: false, idPrefix: 'card' });
  const side = height - 60;
  const texts = [
    ...options.heading.map((line, i) => ({ line, y: 190 + i * 72, size: 60, weight: 700 })),
    ...options.lines.map((line, i) => ({ line, y: 190 + options.heading.length * 72 + 10 + i * 44, size: 28, weight: 400 })),
  ].map(({ line, y, size, weight }) => `<text ${attrs({ x: 64, y, 'font-size': size, 'font-weight': weight, fill: palette.text })}>${escapeXml(line)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${attrs({ width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'card-title card-desc', 'font-family': FONT_FAMILY })}>`,
    `<title id="card-title">${escapeXml(options.title)}</title>`,
    `<desc id="card-desc">${escapeXml(options.description)}</desc>`,
    `<rect ${attrs({ width, height, fill: palette.background })}/>`,
    ...texts,
    `<svg ${attrs({ x: width - side - 30, y: 30, width: side, height: side, viewBox: viewBoxOf(viewBox) })}>${content}</svg>`,
    '</svg>',
    '',
  ].join('\n');
}
