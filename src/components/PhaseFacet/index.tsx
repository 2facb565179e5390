import Admonition from '@site/src/components/MdxAdmonition';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { HVE_CORE_COVERAGE_ANCHOR, HveCoreLink } from '@site/src/components/HveCore';
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

/** What HVE-Core offers for the phase, dated as the loop page's account, and the page's remark on its coverage. */
function HveCoreHelps({ phase }: { phase: Phase }) {
  return (
    <>
      <p>
        What <HveCoreLink />, whose documentation the model comes from, offers for this phase, as its draft page described it;
        the counts are the draft’s and may have changed since:
      </p>
      <List items={phase.hveCoreHelps} />
      {phase.hveCoreOutlook && (
        <p>
          The draft’s own assessment: {phase.hveCoreOutlook}{' '}
          <HveCoreLink anchor={HVE_CORE_COVERAGE_ANCHOR}>Its three remarks on where HVE-Core is thin, side by side</HveCoreLink>.
        </p>
      )}
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
      return <HveCoreHelps phase={phase} />;
  }
}
