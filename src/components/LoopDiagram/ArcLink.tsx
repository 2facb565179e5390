import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { arcPath } from '@site/src/data';
import type { ArcLayout } from '@site/src/lib/loopLayout';
import { FEEDBACK_DASH, STROKE_WIDTH } from '@site/src/lib/loopStyle';
import KeyBadge from './KeyBadge';
import SvgText, { splitLines } from './SvgText';
import type { ActivityHandlers } from './related';
import styles from './styles.module.css';

interface Props {
  arc: ArcLayout;
  /** The link's accessible name: it starts with the label drawn, then the key letter. */
  name: string;
  /** Id of the open-chevron marker at the arc's end. */
  markerId: string;
  /** Draw a wide invisible stroke along the curve, so the thin line is easy to hit. */
  hasHitArea: boolean;
  isDimmed: boolean;
  isMarked: boolean;
  /** Drawn under the label, e.g. a score; it is part of `name` too. */
  note?: string;
  handlers: ActivityHandlers;
}

/** A feedback arc: a dashed curve, its label or key letter, all one link to the arc's section. */
export default function ArcLink({ arc, name, markerId, hasHitArea, isDimmed, isMarked, note, handlers }: Props) {
  const label = arc.label ? splitLines(arc.label, { marker: '', note }) : undefined;
  return (
    <Link
      to={arcPath(arc.id)}
      className={styles.feedbackLink}
      aria-label={name}
      data-dimmed={isDimmed || undefined}
      data-marked={isMarked || undefined}
      {...handlers}
    >
      {/* The compact diagram's key badges are target enough (SC 2.5.8). */}
      {hasHitArea && <path className={styles.hitArea} d={arc.d} />}
      <path
        className={styles.feedback}
        d={arc.d}
        strokeWidth={STROKE_WIDTH.feedback}
        strokeDasharray={FEEDBACK_DASH}
        markerEnd={`url(#${markerId})`}
        data-testid="feedback-arc"
      />
      {arc.label && (
        <>
          <rect
            className={clsx(styles.labelBox, styles.wide)}
            x={arc.label.box.x - 6}
            y={arc.label.box.y - 4}
            width={arc.label.box.width + 12}
            height={arc.label.box.height + 8}
            rx="6"
          />
          <rect
            className={clsx(styles.focusRing, styles.wide)}
            data-focus-ring
            x={arc.label.box.x - 10}
            y={arc.label.box.y - 8}
            width={arc.label.box.width + 20}
            height={arc.label.box.height + 16}
            rx="9"
          />
          <SvgText block={arc.label} lines={label?.rest} className={clsx(styles.label, styles.wide)} />
          {label && label.note.length > 0 && (
            <>
              {' '}
              <SvgText block={arc.label} lines={label.note} className={clsx(styles.note, styles.wide)} />
            </>
          )}
        </>
      )}{' '}
      {arc.key && <KeyBadge badge={arc.key} />}
    </Link>
  );
}
