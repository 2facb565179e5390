import clsx from 'clsx';
import { FONT, type ArcLayout } from '@site/src/lib/loopLayout';
import { STROKE_WIDTH } from '@site/src/lib/loopStyle';
import styles from './styles.module.css';

/** The lettered badge on a feedback arc, drawn where the narrow layout has no room for its label. */
export default function KeyBadge({ badge }: { badge: NonNullable<ArcLayout['key']> }) {
  const { x, y } = badge.center;
  return (
    <>
      <circle className={clsx(styles.focusRing, styles.narrow)} data-focus-ring cx={x} cy={y} r={badge.radius + 5} />
      <circle className={clsx(styles.keyCircle, styles.narrow)} cx={x} cy={y} r={badge.radius} strokeWidth={STROKE_WIDTH.key} />
      <text className={clsx(styles.keyText, styles.narrow)} x={x} y={y} textAnchor="middle" dominantBaseline="central" fontSize={FONT.key} aria-hidden="true">
        {badge.letter}
      </text>
    </>
  );
}
