import Heading from '@theme/Heading';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import { PracticeList } from '@site/src/components/WhatToTry';
import { arcTitle, feedbackArcs, forwardArcs, personText, type Arc, type FeedbackArc } from '@site/src/data';
// Types only: the page passes its arcs' practices, made at build time (src/plugins/pagePractices.ts).
import type { ArcEnd, ArcPractices } from '@site/src/data/practices';
import styles from './styles.module.css';

interface Props {
  /** Which arcs to list: "feedback" or "forward". An unknown kind throws. */
  kind: string;
  /**
   * For the feedback arcs, who closes each and what to try, as `arcPractices()` gives them: the page
   * imports them from `@generated/page-practices/default/arcs.json`. Missing, or lacking an arc, throws.
   */
  practices?: ArcPractices;
}

function End({ end, where }: { end: ArcEnd; where: string }) {
  return (
    <li>
      {where}, at <PhaseLink phase={end.phase} short />: {end.people.map(personText).join(', ')}.
    </li>
  );
}

/** A feedback arc's own parts: what it does (the seed's two sentences), who closes it and what to try. */
function FeedbackParts({ arc, parts }: { arc: FeedbackArc; parts: ArcPractices['arcs'][number] }) {
  const { closers, whatToTry } = parts;
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
      <PracticeList whatToTry={whatToTry} label={`What to try: ${arcTitle(arc)}`} />
    </>
  );
}

/** One section per arc, each with its own anchor (the arc id), so the diagram and phase pages can link to it. */
/** An arc's parts from the practices given, or an error naming what is missing. */
function partsOf(practices: ArcPractices | undefined, arc: FeedbackArc): ArcPractices['arcs'][number] {
  // MDX props are not type-checked: another page's practices (with no list of arcs) are missing, too.
  const parts = Array.isArray(practices?.arcs) ? practices.arcs.find((entry) => entry.arc === arc.id) : undefined;
  if (parts === undefined) {
    throw new Error(`<ArcSections kind="feedback"> lacks the practices of arc "${arc.id}": pass those of @generated/page-practices/default/arcs.json.`);
  }
  return parts;
}

export default function ArcSections({ kind, practices }: Props) {
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
          {arc.kind === 'feedback' ? <FeedbackParts arc={arc} parts={partsOf(practices, arc)} /> : <p>{arc.whyItMatters}</p>}
        </section>
      ))}
    </>
  );
}
