import Heading from '@theme/Heading';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import { PracticeList } from '@site/src/components/WhatToTry';
import { arcTitle, feedbackArcs, forwardArcs, personText, type Arc, type FeedbackArc } from '@site/src/data';
// Straight from the file, not the data index: only pages that show practices load them.
import { closersOfArc, whatToTryForArc, type ArcEnd } from '@site/src/data/practices';
import styles from './styles.module.css';

interface Props {
  /** Which arcs to list: "feedback" or "forward". An unknown kind throws. */
  kind: string;
}

function End({ end, where }: { end: ArcEnd; where: string }) {
  return (
    <li>
      {where}, at <PhaseLink phase={end.phase} short />: {end.people.map(personText).join(', ')}.
    </li>
  );
}

/** A feedback arc's own parts: what it does (the seed's two sentences), who closes it and what to try. */
function FeedbackParts({ arc }: { arc: FeedbackArc }) {
  const closers = closersOfArc(arc.id);
  return (
    <>
      {/* Each sentence says itself whether the arc works or is broken, so no label repeats it. */}
      <p>
        {arc.whenItWorks} {arc.whenBroken}
      </p>
      <LoopDiagram size="compact" highlightArc={arc.id} caption={`Where this arc sits: ${arcTitle(arc)}`} describe={arc.id === feedbackArcs[0]?.id} />
      <h3>Who closes it</h3>
      <ul className={styles.ends}>
        <End end={closers.from} where="Where it starts" />
        <End end={closers.to} where="Where it lands" />
      </ul>
      <h3>What to try</h3>
      <PracticeList whatToTry={whatToTryForArc(arc.id)} label={`What to try: ${arcTitle(arc)}`} />
    </>
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
          {arc.kind === 'feedback' ? <FeedbackParts arc={arc} /> : <p>{arc.whyItMatters}</p>}
        </section>
      ))}
    </>
  );
}
