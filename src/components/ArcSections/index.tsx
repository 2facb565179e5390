import Heading from '@theme/Heading';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import { arcTitle, feedbackArcs, forwardArcs, type Arc } from '@site/src/data';
import styles from './styles.module.css';

interface Props {
  /** Which arcs to list: "feedback" or "forward". An unknown kind throws. */
  kind: string;
}

/** What the arc carries: for a feedback arc, what the seed says happens when it works and when it breaks. */
function WhatItDoes({ arc }: { arc: Arc }) {
  if (arc.kind === 'forward') return <p>{arc.whyItMatters}</p>;
  return (
    <dl className={styles.effects}>
      <dt>When it works</dt>
      <dd>{arc.whenItWorks}</dd>
      <dt>When it is broken</dt>
      <dd>{arc.whenBroken}</dd>
    </dl>
  );
}

/** One section per arc, each with its own anchor (the arc id), so the diagram and phase pages can link to it. */
export default function ArcSections({ kind }: Props) {
  if (kind !== 'feedback' && kind !== 'forward') {
    throw new Error(`Unknown arc kind "${kind}". Use "feedback" or "forward".`);
  }
  const list: readonly Arc[] = kind === 'feedback' ? feedbackArcs : forwardArcs;
  const level = kind === 'feedback' ? 'h2' : 'h3';
  return (
    <>
      {list.map((arc) => (
        <section key={arc.id} className={styles.arc} aria-labelledby={arc.id}>
          <Heading as={level} id={arc.id}>
            {arcTitle(arc)}
          </Heading>
          {arc.kind === 'feedback' && arc.isMostImportant && <p className={styles.badge}>The most important arc</p>}
          <p>
            From <PhaseLink phase={arc.from} /> to <PhaseLink phase={arc.to} />.
          </p>
          <WhatItDoes arc={arc} />
          {arc.kind === 'feedback' && (
            <LoopDiagram size="compact" highlightArc={arc.id} caption={`Where this arc sits: ${arcTitle(arc)}`} />
          )}
        </section>
      ))}
    </>
  );
}
