import Admonition from '@theme/Admonition';
import { getPhase, type Phase } from '@site/src/data';

export const FACETS = ['whatHappens', 'keyArtifacts', 'people', 'risks', 'hveCore'] as const;
export type Facet = (typeof FACETS)[number];

interface Props {
  /** Phase id; an unknown id throws, so a typo fails the build. */
  phase: string;
  /** Which part of the phase guide to render. */
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

/** One facet of a phase guide, rendered from the model. The heading stays in the MDX page, for the TOC. */
export default function PhaseFacet({ phase: phaseId, facet }: Props) {
  const phase = getPhase(phaseId);
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
          <List items={phase.people} />
          {phase.peopleNote && <p>{phase.peopleNote}</p>}
        </>
      );
    case 'risks':
      return <List items={phase.risks} />;
    case 'hveCore':
      return <HveCore phase={phase} />;
  }
}
