import Link from '@docusaurus/Link';
import { getPhase, phasePath, phases, phaseLabel } from '@site/src/data';

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

/** Placeholder until the SVG diagram lands (issue #3): a list of phase links. */
export default function LoopDiagram({ current, caption }: Props) {
  const currentPhase = current === undefined ? undefined : getPhase(current);
  return (
    <figure>
      <ol>
        {phases.map((phase) => (
          <li key={phase.id}>
            <Link to={phasePath(phase.id)} aria-current={phase.id === currentPhase?.id ? 'page' : undefined}>
              {phaseLabel(phase)}
            </Link>
          </li>
        ))}
      </ol>
      <figcaption>{caption ?? 'The Value Delivery Loop'}</figcaption>
    </figure>
  );
}
