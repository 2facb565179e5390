import Admonition from '@site/src/components/MdxAdmonition';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { personLabel, type Phase } from '@site/src/data';

/** The parts of a phase guide this renders, named as the phase's fields are. */
export const FACETS = ['whatHappens', 'keyArtifacts', 'people', 'failureModes', 'hveCoreHelps'] as const;
export type Facet = (typeof FACETS)[number];

interface Props {
  /** Which part of the current phase's guide to render; an unknown name throws, so a typo fails the build. */
  facet: string;
}

const isFacet = (value: string): value is Facet => (FACETS as readonly string[]).includes(value);

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function HveCore({ phase }: { phase: Phase }) {
  return (
    <>
      <List items={phase.hveCoreHelps} />
      {phase.hveCoreOutlook && <p>{phase.hveCoreOutlook}</p>}
      {phase.tip && (
        <Admonition type="tip" title="Where to start">
          <p>{phase.tip}</p>
        </Admonition>
      )}
    </>
  );
}

/** One facet of the current phase's guide, rendered from the model. The heading stays in the MDX, for the TOC. */
export default function PhaseFacet({ facet }: Props) {
  const phase = useCurrentPhase('PhaseFacet');
  if (!isFacet(facet)) {
    throw new Error(`Unknown phase facet "${facet}". Use one of: ${FACETS.join(', ')}.`);
  }
  switch (facet) {
    case 'whatHappens':
      return (
        <>
          {phase.whatHappens.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </>
      );
    case 'keyArtifacts':
      return <List items={phase.keyArtifacts} />;
    case 'people':
      return (
        <>
          <List items={phase.people.map(personLabel)} />
          {phase.peopleNote && <p>{phase.peopleNote}</p>}
        </>
      );
    case 'failureModes':
      return <List items={phase.failureModes.map((mode) => mode.text)} />;
    case 'hveCoreHelps':
      return <HveCore phase={phase} />;
  }
}
