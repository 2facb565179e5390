import { Fragment } from 'react';
import type { TextBlock } from '@site/src/lib/textLayout';

export type Line = TextBlock['lines'][number];

interface Props {
  /** Where the lines go: their x, anchor and baselines. */
  block: TextBlock;
  /** The lines to draw; all of the block's by default. */
  lines?: readonly Line[];
  className: string;
}

/**
 * One <text> per line, with a space between them that sits outside any <text>, so it is not drawn.
 * The link's text content then reads "Discover & Strategize", not "Discover &Strategize" as <tspan>s
 * would give: accessibility checks compare that text with the link's name (SC 2.5.3). No <g> wraps
 * the lines: every element costs the browser time on a page's first render, so the class goes on
 * each <text>.
 */
export default function SvgText({ block, lines = block.lines, className }: Props) {
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 && ' '}
      <text className={className} x={block.x} y={line.baseline} fontSize={line.fontSize} textAnchor={block.textAnchor} aria-hidden="true">
        {line.text}
      </text>
    </Fragment>
  ));
}

/**
 * Splits a block into its marker line ("You are here"), which the DOM puts first so it leads the
 * visible text, its note line (a score), drawn in its own style, and the rest.
 */
export function splitLines(block: TextBlock, { marker, note }: { marker: string; note?: string }): { marker: Line[]; note: Line[]; rest: Line[] } {
  const isNote = (line: Line, index: number): boolean => note !== undefined && index === block.lines.length - 1 && line.text === note;
  return {
    marker: block.lines.filter((line) => line.text === marker),
    note: block.lines.filter(isNote),
    rest: block.lines.filter((line, i) => line.text !== marker && !isNote(line, i)),
  };
}
