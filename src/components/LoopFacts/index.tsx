import PhaseLink from '@site/src/components/PhaseLink';
import { forwardArcs, getPhase, inSentence, loop, PHASE_IDS } from '@site/src/data';

const FACTS = ['pipelineVersusLoop', 'feedbackClaim', 'fullLoopClaim', 'forwardFlow'] as const;
type Fact = (typeof FACTS)[number];
const isFact = (value: string): value is Fact => (FACTS as readonly string[]).includes(value);

interface Props {
  /** Which fact about the loop as a whole to show. */
  fact: string;
}

/** Statements about the loop as a whole, kept in src/data/loop.ts so the JSON model and pages agree. */
export default function LoopFacts({ fact }: Props) {
  if (!isFact(fact)) throw new Error(`Unknown loop fact "${fact}". Use one of: ${FACTS.join(', ')}.`);
  if (fact === 'forwardFlow') {
    return (
      <>
        <p aria-hidden="true">{[...forwardArcs.map((arc) => arc.from), forwardArcs.at(-1)?.to ?? PHASE_IDS[0]].map((id) => getPhase(id).numeral).join(' → ')}</p>
        <ol>
          {forwardArcs.map((arc) => (
            <li key={arc.id}>
              <PhaseLink phase={arc.from} />: {getPhase(arc.from).summary} <em>Then: {inSentence(arc.label)}.</em>
            </li>
          ))}
        </ol>
      </>
    );
  }
  return <p>{loop[fact]}</p>;
}
