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

/** The feedback arcs that arrive at and leave a phase, each linking to its section and to the other phase. */
export default function PhaseArcs() {
  const phase = useCurrentPhase('PhaseArcs');
  const incoming = arcsTo(phase.id).filter(isFeedback);
  const outgoing = arcsFrom(phase.id).filter(isFeedback);
  return (
    <>
      <h3>Feedback into {phase.shortName}</h3>
      {incoming.length > 0 ? (
        <ul>
          {incoming.map((arc) => (
            <ArcItem key={arc.id} arc={arc} other={arc.from} />
          ))}
        </ul>
      ) : (
        <p>No feedback arc arrives at this phase.</p>
      )}
      <h3>Feedback from {phase.shortName}</h3>
      {outgoing.length > 0 ? (
        <ul>
          {outgoing.map((arc) => (
            <ArcItem key={arc.id} arc={arc} other={arc.to} />
          ))}
        </ul>
      ) : (
        <p>No feedback arc leaves this phase; its work flows forward only.</p>
      )}
    </>
  );
}
