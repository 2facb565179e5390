import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import { arcs, getArc, getFeedbackArc, getPhase, isPhaseId, loop, phaseLabel, phases } from '@site/src/data';
import { arcLinkName, describeLoop, phaseLinkName } from '@site/src/lib/describeLoop';
import { layoutSiteLoop } from '@site/src/lib/loopLayout';
import { MARKERS, STROKE_WIDTH } from '@site/src/lib/loopStyle';
import ArcLink from './ArcLink';
import PhaseNode from './PhaseNode';
import { isArcRelated, isNodeRelated, type Active, type ActivityHandlers } from './related';
import { YOU_ARE_HERE } from './strings';
import styles from './styles.module.css';

export interface Props {
  /** "large" on the home page and overview, "compact" on phase pages. */
  size?: 'large' | 'compact';
  /** Id of the phase whose page shows the diagram: that node gets aria-current="page". */
  current?: string;
  /** Id of an arc to mark, e.g. "learn-to-shape" on its section of /docs/feedback-arcs. */
  highlightArc?: string;
  /** Id of a phase to mark with a thicker circle and a second, dashed ring (the loop check's weakest). */
  highlightPhase?: string;
  /** Why the marked phase and arc are marked, added to their links' names: "the weakest phase". */
  highlightReason?: { phase?: string; arc?: string };
  /** Visible caption under the figure. */
  caption?: ReactNode;
  /**
   * What to do with the figure ("Select a phase to open its guide"), after the caption. It is left
   * out of the page's Markdown copy, where the drawing is only its description.
   */
  hint?: string;
  /**
   * A short note drawn under a phase's name or a feedback arc's label, by phase or arc id (the loop
   * check's scores). It is read as part of the link's name too, and listed with the arcs below.
   */
  notes?: ReadonlyMap<string, string>;
  /**
   * false for a page's second and later loops (one per feedback arc, one per printed guide): the page
   * describes the loop in words once, on its first drawing, and the others carry their title only.
   */
  describe?: boolean;
}

/** The Value Delivery Loop as an SVG of links: the phases on a ring, forward and feedback arcs. */
export default function LoopDiagram({
  size = 'large',
  current,
  highlightArc,
  highlightPhase,
  highlightReason,
  caption,
  hint,
  notes,
  describe = true,
}: Props): ReactNode {
  // MDX props are not type-checked: unknown ids fail the build with a message naming them.
  const currentPhase = current === undefined ? undefined : getPhase(current);
  const markedArc = highlightArc === undefined ? undefined : getArc(highlightArc);
  const markedPhase = highlightPhase === undefined ? undefined : getPhase(highlightPhase);
  const withReason = (name: string, reason: string | undefined): string => (reason === undefined ? name : `${name}, ${reason}`);
  const isCompact = size === 'compact';
  for (const id of notes?.keys() ?? []) if (!isPhaseId(id)) getFeedbackArc(id);
  const layout = layoutSiteLoop({ current: currentPhase?.id, marker: YOU_ARE_HERE, arcLabels: !isCompact, notes });
  const { title, description } = describeLoop(phases, arcs, loop.title);
  const [active, setActive] = useState<Active>(null);
  const baseId = useId();
  const id = (suffix: string): string => `${baseId}-${suffix}`.replace(/:/g, '');
  const { viewBox: wideBox, narrowBox } = layout;
  // The SVG's view box is the narrow layout's box. The wide layout draws its arc labels outside it
  // (overflow: visible) into margins reserved by CSS, as shares of the whole width. So a narrow
  // container shows the whole view box: nothing is cropped and nothing overflows.
  const margins = {
    '--ld-share': narrowBox.width / wideBox.width,
    '--ld-left': (narrowBox.x - wideBox.x) / wideBox.width,
    '--ld-top': (narrowBox.y - wideBox.y) / wideBox.width,
    '--ld-bottom': (wideBox.y + wideBox.height - (narrowBox.y + narrowBox.height)) / wideBox.width,
  } as CSSProperties;
  const feedback = layout.arcs.filter((arc) => arc.kind === 'feedback');
  const forward = layout.arcs.filter((arc) => arc.kind === 'forward');
  // Pointer, not mouse, events: Docusaurus Link sets its own onMouseEnter (preloading) over ours.
  const handlersFor = (next: Exclude<Active, null>): ActivityHandlers => ({
    onPointerEnter: () => setActive(next),
    onPointerLeave: () => setActive(null),
    onFocus: () => setActive(next),
    onBlur: () => setActive(null),
  });

  return (
    <figure
      className={clsx(styles.figure, isCompact ? styles.compact : styles.large)}
      style={margins}
      aria-labelledby={id('caption')}
    >
      {/* data-part names the parts a page's print layout places (the check's report). */}
      <div className={styles.frame} data-part="drawing">
        <svg
          className={styles.svg}
          viewBox={`${narrowBox.x} ${narrowBox.y} ${narrowBox.width} ${narrowBox.height}`}
          role="group"
          aria-labelledby={id('title')}
          aria-describedby={describe ? id('desc') : undefined}
        >
          <title id={id('title')}>{title}</title>
          {describe && <desc id={id('desc')}>{description}</desc>}
          <defs>
            {/* Filled triangle for forward flow, open chevron for feedback: the ends differ in shape too. */}
            {(['forward', 'feedback'] as const).map((kind) => {
              const marker = MARKERS[kind];
              return (
                <marker
                  key={kind}
                  id={id(kind)}
                  viewBox={marker.viewBox}
                  refX={marker.refX}
                  refY={marker.refY}
                  markerUnits="userSpaceOnUse"
                  markerWidth={marker.size}
                  markerHeight={marker.size}
                  orient="auto-start-reverse"
                >
                  <path
                    className={kind === 'forward' ? styles.markerForward : styles.markerFeedback}
                    d={marker.d}
                    strokeWidth={'strokeWidth' in marker ? marker.strokeWidth : undefined}
                  />
                </marker>
              );
            })}
          </defs>

          {forward.map((arc) => (
            <path
              key={arc.id}
              className={styles.forward}
              d={arc.d}
              strokeWidth={STROKE_WIDTH.forward}
              markerEnd={`url(#${id('forward')})`}
              aria-hidden="true"
              data-dimmed={!isArcRelated(active, arc) || undefined}
              data-marked={arc.id === markedArc?.id || undefined}
            />
          ))}

          {layout.nodes.map((node) => {
            const phase = getPhase(node.id);
            const isCurrent = phase.id === currentPhase?.id;
            const isMarked = phase.id === markedPhase?.id;
            const name = phaseLinkName(phase, phases.length, { marker: isCurrent ? YOU_ARE_HERE : '', note: notes?.get(phase.id) });
            return (
              <PhaseNode
                key={node.id}
                node={node}
                phase={phase}
                name={isMarked ? withReason(name, highlightReason?.phase) : name}
                note={notes?.get(phase.id)}
                isCurrent={isCurrent}
                isMarked={isMarked}
                drawsWideName={!isCompact}
                isDimmed={!isNodeRelated(active, node, layout.arcs)}
                handlers={handlersFor({ kind: 'phase', id: phase.id })}
              />
            );
          })}

          {feedback.map((arc) => (
            <ArcLink
              key={arc.id}
              arc={arc}
              name={withReason(
                arcLinkName(getArc(arc.id), phases, arc.key?.letter, notes?.get(arc.id)),
                arc.id === markedArc?.id ? highlightReason?.arc : undefined,
              )}
              note={notes?.get(arc.id)}
              markerId={id('feedback')}
              hasHitArea={!isCompact}
              isDimmed={!isArcRelated(active, arc)}
              isMarked={arc.id === markedArc?.id}
              handlers={handlersFor({ kind: 'arc', id: arc.id })}
            />
          ))}
        </svg>
      </div>

      <div className={styles.legend} data-markdown="omit">
        <span className={styles.legendItem}>
          <span className={clsx(styles.legendSample, styles.legendForward)} aria-hidden="true" />
          Forward flow (solid line)
        </span>
        <span className={styles.legendItem}>
          <span className={clsx(styles.legendSample, styles.legendFeedback)} aria-hidden="true" />
          Feedback arc (dashed line)
        </span>
      </div>

      {/*
        * The arcs as text, shown when the diagram draws letters. The phases need no such list: each
        * phase link carries its full name and the SVG's description names them all in order.
        */}
      <div className={styles.textList}>
        <p className={styles.keyHeading}>Feedback arcs:</p>
        <ul className={styles.keyList}>
          {feedback.map((arc) => (
            <li key={arc.id}>
              <span aria-hidden="true" className={styles.keyLetter}>
                {arc.key?.letter}
              </span>{' '}
              {phaseLabel(getPhase(arc.from), { short: true })} → {phaseLabel(getPhase(arc.to), { short: true })}:{' '}
              {getArc(arc.id).label}
              {notes?.has(arc.id) && <strong className={styles.keyNote}> {notes.get(arc.id)}</strong>}
            </li>
          ))}
        </ul>
      </div>

      <figcaption id={id('caption')} className={styles.caption}>
        {caption ?? (hint === undefined ? loop.title : null)}
        {hint !== undefined && caption !== undefined && ' '}
        {hint !== undefined && (
          <span data-markdown="omit" data-part="hint">
            {hint}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
