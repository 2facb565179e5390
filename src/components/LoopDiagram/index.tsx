import { Fragment, useId, useState, type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { arcPath, arcs, getArc, getPhase, loop, phasePath, phases, type Phase } from '@site/src/data';
import { FONT, layoutLoop, YOU_ARE_HERE, type ArcLayout, type LoopLayout, type NodeLayout, type TextBlock } from '@site/src/lib/loopGeometry';
import { arcLinkName, describeLoop, phaseLinkName } from '@site/src/lib/describeLoop';
import styles from './styles.module.css';

export interface Props {
  /** "large" on the home page and overview, "compact" on phase pages. */
  size?: 'large' | 'compact';
  /** Id of the phase whose page shows the diagram: that node gets aria-current="page". */
  current?: string;
  /** Id of an arc to mark, e.g. "learn-to-shape" on its section of /docs/feedback-arcs. */
  highlightArc?: string;
  /** Visible caption under the figure. */
  caption?: string;
}

/**
 * Layouts depend only on the current phase and whether arc labels are drawn, so each is computed once
 * per page load and reused by every diagram and re-render (hover and focus re-render the figure).
 */
const layouts = new Map<string, LoopLayout>();
function cachedLayout(current: string | undefined, arcLabels: boolean): LoopLayout {
  const key = `${current ?? ''}|${arcLabels}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = layoutLoop(phases, arcs, { current, arcLabels });
    layouts.set(key, layout);
  }
  return layout;
}

/** What the pointer or keyboard focus is on: its arcs and ends stay bright, the rest dims. */
type Active = { kind: 'phase'; id: string } | { kind: 'arc'; id: string } | null;

/** Dash pattern of feedback arcs; the legend's CSS sample is dashed too (SC 1.4.1: not colour alone). */
const FEEDBACK_DASH = '9 6';

type Line = TextBlock['lines'][number];

/**
 * One <text> per line, with a space between them that sits outside any <text>, so it is not drawn.
 * The link's text content then reads "Discover & Strategize", not "Discover &Strategize" as <tspan>s
 * would give: accessibility checks compare that text with the link's name (SC 2.5.3). No <g> wraps
 * the lines: every element costs the browser time on a page's first render, so the class goes on
 * each <text>.
 */
function SvgText({ block, lines = block.lines, className }: { block: TextBlock; lines?: readonly Line[]; className: string }) {
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 && ' '}
      <text className={className} x={block.x} y={line.baseline} fontSize={line.fontSize} textAnchor={block.textAnchor} aria-hidden="true">
        {line.text}
      </text>
    </Fragment>
  ));
}

/** Splits off the "You are here" line, which the DOM puts first so it leads the visible text. */
function splitMarker(block: TextBlock): { marker: Line[]; rest: Line[] } {
  return {
    marker: block.lines.filter((line) => line.text === YOU_ARE_HERE),
    rest: block.lines.filter((line) => line.text !== YOU_ARE_HERE),
  };
}

function isRelated(active: Active, arc: ArcLayout): boolean {
  if (active === null) return true;
  return active.kind === 'arc' ? active.id === arc.id : arc.from === active.id || arc.to === active.id;
}

function nodeIsRelated(active: Active, node: NodeLayout, layoutArcs: readonly ArcLayout[]): boolean {
  if (active === null) return true;
  if (active.kind === 'phase') {
    return node.id === active.id || layoutArcs.some((arc) => isRelated(active, arc) && (arc.from === node.id || arc.to === node.id));
  }
  const arc = layoutArcs.find((a) => a.id === active.id);
  return arc !== undefined && (arc.from === node.id || arc.to === node.id);
}

/** The Value Delivery Loop as an SVG of links: six phases on a ring, forward and feedback arcs. */
export default function LoopDiagram({ size = 'large', current, highlightArc, caption }: Props): ReactNode {
  // MDX props are not type-checked: unknown ids fail the build with a message naming them.
  const currentPhase = current === undefined ? undefined : getPhase(current);
  const markedArc = highlightArc === undefined ? undefined : getArc(highlightArc);
  const isCompact = size === 'compact';
  const layout = cachedLayout(currentPhase?.id, !isCompact);
  const { title, description } = describeLoop(phases, arcs, loop.title);
  const [active, setActive] = useState<Active>(null);
  const baseId = useId();
  const id = (suffix: string): string => `${baseId}-${suffix}`.replace(/:/g, '');
  const phaseById = new Map<string, Phase>(phases.map((p) => [p.id, p]));
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
  // The large diagram draws both text variants and CSS shows one; the compact one draws only the narrow.
  const wideName = clsx(styles.name, styles.wide);
  const narrowName = clsx(styles.name, styles.narrow);
  const feedback = layout.arcs.filter((arc) => arc.kind === 'feedback');
  const forward = layout.arcs.filter((arc) => arc.kind === 'forward');
  // Pointer, not mouse, events: Docusaurus Link sets its own onMouseEnter (preloading) over ours.
  const focusHandlers = (next: Exclude<Active, null>) => ({
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
      <div className={styles.frame}>
        <svg
          className={styles.svg}
          viewBox={`${narrowBox.x} ${narrowBox.y} ${narrowBox.width} ${narrowBox.height}`}
          role="group"
          aria-labelledby={id('title')}
          aria-describedby={id('desc')}
        >
          <title id={id('title')}>{title}</title>
          <desc id={id('desc')}>{description}</desc>
          <defs>
            {/* Filled triangle for forward flow, open chevron for feedback: the ends differ in shape too. */}
            <marker id={id('fwd')} viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="18" markerHeight="18" orient="auto-start-reverse">
              <path className={styles.markerForward} d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
            <marker id={id('fb')} viewBox="0 0 12 12" refX="11" refY="6" markerUnits="userSpaceOnUse" markerWidth="24" markerHeight="24" orient="auto-start-reverse">
              <path className={styles.markerFeedback} d="M 1 1 L 11 6 L 1 11" />
            </marker>
          </defs>

          {forward.map((arc) => (
            <path
              key={arc.id}
              className={styles.forward}
              d={arc.d}
              markerEnd={`url(#${id('fwd')})`}
              aria-hidden="true"
              data-dimmed={!isRelated(active, arc) || undefined}
              data-marked={arc.id === markedArc?.id || undefined}
            />
          ))}

          {layout.nodes.map((node) => {
            const phase = phaseById.get(node.id);
            if (!phase) return null;
            const isCurrent = phase.id === currentPhase?.id;
            const name = splitMarker(node.name);
            const shortName = splitMarker(node.shortName);
            // Spaces between the texts keep the words of the link's text apart (see SvgText).
            return (
              <Link
                key={node.id}
                to={phasePath(phase.id)}
                className={styles.node}
                aria-label={phaseLinkName(phase, phases.length, { current: isCurrent })}
                aria-current={isCurrent ? 'page' : undefined}
                data-dimmed={!nodeIsRelated(active, node, layout.arcs) || undefined}
                data-current={isCurrent || undefined}
                {...focusHandlers({ kind: 'phase', id: phase.id })}
              >
                <circle className={styles.focusRing} data-focus-ring cx={node.center.x} cy={node.center.y} r={node.radius + 11} />
                {isCurrent && <circle className={styles.currentRing} cx={node.center.x} cy={node.center.y} r={node.radius + 7} />}
                <circle className={styles.nodeCircle} cx={node.center.x} cy={node.center.y} r={node.radius} />
                {!isCompact && <SvgText block={node.name} lines={name.marker} className={wideName} />}{' '}
                <SvgText block={node.shortName} lines={shortName.marker} className={narrowName} />{' '}
                <text className={styles.numeral} x={node.center.x} y={node.center.y} textAnchor="middle" dominantBaseline="central" fontSize={FONT.numeral} aria-hidden="true">
                  {phase.numeral}
                </text>{' '}
                {!isCompact && <SvgText block={node.name} lines={name.rest} className={wideName} />}{' '}
                <SvgText block={node.shortName} lines={shortName.rest} className={narrowName} />
              </Link>
            );
          })}

          {feedback.map((arc) => {
            const model = getArc(arc.id);
            const isMarked = arc.id === markedArc?.id;
            return (
              <Link
                key={arc.id}
                to={arcPath(model)}
                className={styles.feedbackLink}
                aria-label={arcLinkName(model, phases, arc.key?.letter)}
                data-dimmed={!isRelated(active, arc) || undefined}
                data-marked={isMarked || undefined}
                {...focusHandlers({ kind: 'arc', id: arc.id })}
              >
                {/* A wide invisible stroke makes the thin curve easy to hit; the compact diagram's key badges are target enough (SC 2.5.8). */}
                {!isCompact && <path className={styles.hitArea} d={arc.d} />}
                <path
                  className={styles.feedback}
                  d={arc.d}
                  strokeDasharray={FEEDBACK_DASH}
                  markerEnd={`url(#${id('fb')})`}
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
                    <SvgText block={arc.label} className={clsx(styles.label, styles.wide)} />
                  </>
                )}{' '}
                {arc.key && (
                  <>
                    <circle className={clsx(styles.focusRing, styles.narrow)} data-focus-ring cx={arc.key.center.x} cy={arc.key.center.y} r={arc.key.radius + 5} />
                    <circle className={clsx(styles.keyCircle, styles.narrow)} cx={arc.key.center.x} cy={arc.key.center.y} r={arc.key.radius} />
                    <text className={clsx(styles.keyText, styles.narrow)} x={arc.key.center.x} y={arc.key.center.y} textAnchor="middle" dominantBaseline="central" fontSize={FONT.key} aria-hidden="true">
                      {arc.key.letter}
                    </text>
                  </>
                )}
              </Link>
            );
          })}
        </svg>
      </div>

      <div className={styles.legend}>
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
          {feedback.map((arc) => {
            const model = getArc(arc.id);
            const from = phaseById.get(model.from);
            const to = phaseById.get(model.to);
            return (
              <li key={arc.id}>
                <span aria-hidden="true" className={styles.keyLetter}>
                  {arc.key?.letter}
                </span>{' '}
                {from?.numeral} {from?.shortName} → {to?.numeral} {to?.shortName}: {model.label}
              </li>
            );
          })}
        </ul>
      </div>

      <figcaption id={id('caption')} className={styles.caption}>{caption ?? loop.title}</figcaption>
    </figure>
  );
}
