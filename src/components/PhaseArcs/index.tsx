import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { arcPath, arcsFrom, arcsTo, type Arc, type FeedbackArc } from '@site/src/data';

const isFeedback = (arc: Arc): arc is FeedbackArc => arc.kind === 'feedback';

function ArcItem({ arc, other }: { arc: FeedbackArc; other: string }) {
  return (
    <li>
      <Link to={arcPath(arc)}>{arc.label}</Link>
      {arc.isMostImportant && <strong> (the most important arc)</strong>}
      {' · '}
      <PhaseLink phase={other} />
    </li>
  );
}

function ArcList({ arcs, end }: { arcs: readonly FeedbackArc[]; end: 'from' | 'to' }) {
  return (
    <ul>
      {arcs.map((arc) => (
        <ArcItem key={arc.id} arc={arc} other={arc[end]} />
      ))}
    </ul>
  );
}

/**
 * The feedback arcs that arrive at and leave a phase, each linking to its section and to the other
 * phase. A direction with arcs gets a heading and a list; one without gets a single line, and a phase
 * with none either way gets one line for both.
 */
export default function PhaseArcs() {
  const phase = useCurrentPhase('PhaseArcs');
  const incoming = arcsTo(phase.id).filter(isFeedback);
  const outgoing = arcsFrom(phase.id).filter(isFeedback);
  const name = phase.shortName;
  if (incoming.length === 0 && outgoing.length === 0) {
    return <p>No feedback arc arrives at or leaves {name}: its work only flows forward.</p>;
  }
  return (
    <>
      {incoming.length > 0 ? (
        <>
          <h3>Feedback into {name}</h3>
          <ArcList arcs={incoming} end="from" />
        </>
      ) : (
        <p>No feedback arc arrives at {name}.</p>
      )}
      {outgoing.length > 0 ? (
        <>
          <h3>Feedback from {name}</h3>
          <ArcList arcs={outgoing} end="to" />
        </>
      ) : (
        <p>No feedback arc leaves {name}: its work flows forward only.</p>
      )}
    </>
  );
}
