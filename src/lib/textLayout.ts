/**
 * Text laid out without a browser: lines wrapped by characters, widths estimated from the font size,
 * blocks placed around a point. Estimates err on the wide side, so overlap checks stay safe. Pure TS.
 */
import { round, type Box, type Point } from './geometry';

/** Average glyph width as a share of the font size; generous so estimates err on the wide side. */
const GLYPH_WIDTH = 0.56;

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
export function textBlock(
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

/** Lines of one font size. */
export const withSize = (texts: readonly string[], fontSize: number): TextLine[] =>
  texts.map((text) => ({ text, fontSize }));
