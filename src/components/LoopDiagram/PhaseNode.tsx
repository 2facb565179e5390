import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { phasePath, type Phase } from '@site/src/data';
import { FONT, type NodeLayout } from '@site/src/lib/loopLayout';
import { STROKE_WIDTH } from '@site/src/lib/loopStyle';
import SvgText, { splitLines } from './SvgText';
import { YOU_ARE_HERE } from './strings';
import type { ActivityHandlers } from './related';
import styles from './styles.module.css';

interface Props {
  node: NodeLayout;
  phase: Phase;
  /** The link's accessible name: it starts with the words drawn, in the order they sit (SC 2.5.3). */
  name: string;
  isCurrent: boolean;
  /** Marked by the diagram's highlightPhase: a thicker circle and a dashed second ring. */
  isMarked?: boolean;
  /** Draw the full name as well as the short one; CSS shows one of them. */
  drawsWideName: boolean;
  isDimmed: boolean;
  /** Drawn under the name, e.g. a score; it is part of `name` too. */
  note?: string;
  /** Hover and focus handlers that light up this node's arcs. */
  handlers: ActivityHandlers;
}

/** A phase on the ring: a link to its page, with its numeral and name drawn as text. */
export default function PhaseNode({ node, phase, name, isCurrent, isMarked = false, drawsWideName, isDimmed, note, handlers }: Props) {
  const wideName = clsx(styles.name, styles.wide);
  const narrowName = clsx(styles.name, styles.narrow);
  const full = splitLines(node.name, { marker: YOU_ARE_HERE, note });
  const short = splitLines(node.shortName, { marker: YOU_ARE_HERE, note });
  const { x, y } = node.center;
  // Spaces between the texts keep the words of the link's text apart (see SvgText).
  return (
    <Link
      to={phasePath(phase.id)}
      className={styles.node}
      aria-label={name}
      aria-current={isCurrent ? 'page' : undefined}
      data-dimmed={isDimmed || undefined}
      data-current={isCurrent || undefined}
      data-marked={isMarked || undefined}
      {...handlers}
    >
      <circle className={styles.focusRing} data-focus-ring cx={x} cy={y} r={node.radius + 11} />
      {isCurrent && <circle className={styles.currentRing} cx={x} cy={y} r={node.radius + 7} strokeWidth={STROKE_WIDTH.currentRing} />}
      {isMarked && <circle className={styles.markedRing} cx={x} cy={y} r={node.radius + 8} strokeWidth={STROKE_WIDTH.currentRing} />}
      <circle className={styles.nodeCircle} cx={x} cy={y} r={node.radius} strokeWidth={STROKE_WIDTH.node} />
      {drawsWideName && <SvgText block={node.name} lines={full.marker} className={wideName} />}{' '}
      <SvgText block={node.shortName} lines={short.marker} className={narrowName} />{' '}
      <text className={styles.numeral} x={x} y={y} textAnchor="middle" dominantBaseline="central" fontSize={FONT.numeral} aria-hidden="true">
        {phase.numeral}
      </text>{' '}
      {drawsWideName && <SvgText block={node.name} lines={full.rest} className={wideName} />}{' '}
      <SvgText block={node.shortName} lines={short.rest} className={narrowName} />
      {note !== undefined && (
        <>
          {' '}
          {drawsWideName && <SvgText block={node.name} lines={full.note} className={clsx(styles.note, styles.wide)} />}{' '}
          <SvgText block={node.shortName} lines={short.note} className={clsx(styles.note, styles.narrow)} />
        </>
      )}
    </Link>
  );
}
