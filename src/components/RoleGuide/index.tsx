import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseArcs from '@site/src/components/PhaseArcs';
import PhaseMetricList from '@site/src/components/PhaseMetricList';
import { countWord, inSentence, personText, phaseDocId, phaseLabel, phasePath } from '@site/src/data';
import { getRoleGroup, involvementOf } from '@site/src/data/roles';
import { pluralForm } from '@site/src/lib/plural';
import { DocItemProvider, useDocItemOf } from '@site/src/hooks/useDocItem';
import styles from './styles.module.css';

/** Drawn under each phase the group is involved in, so the diagram marks them in words, not colour. */
export const INVOLVED = 'Your role';

/**
 * A role guide, made from the data: the phases the group is involved in (marked on the loop), by the
 * names the source gives it there, what happens in each, the metrics that apply and the feedback arcs
 * that enter or leave it. A page in docs/roles/ presents the group its id names (src/theme/DocItem/Content
 * provides it), so the page gives no prop; an id with no data fails the build, naming the page.
 */
export default function RoleGuide() {
  const group = getRoleGroup(useDocItemOf('role', 'RoleGuide').id);
  const involvement = involvementOf(group.id);
  const notes = new Map(involvement.map(({ phase }) => [phase.id, INVOLVED]));
  return (
    <>
      <p className={styles.summary}>{group.summary}</p>
      <p>
        The loop model names this group in {countWord(involvement.length)} {pluralForm(involvement.length, { one: 'phase', other: 'phases' })}:{' '}
        {involvement.map(({ phase }, i) => (
          <span key={phase.id}>
            {i > 0 && (i === involvement.length - 1 ? ' and ' : ', ')}
            <Link to={phasePath(phase.id)}>{phaseLabel(phase)}</Link>
          </span>
        ))}
        .
      </p>
      <LoopDiagram
        size="compact"
        notes={notes}
        caption={`The loop with the phases of ${inSentence(group.name)} marked “${INVOLVED}”.`}
        hint="Select a phase to open its guide."
      />
      {involvement.map(({ phase, people }) => (
        <section key={phase.id} aria-labelledby={`role-${phase.id}`} className={styles.phase}>
          <Heading as="h2" id={`role-${phase.id}`}>
            {phaseLabel(phase)}
          </Heading>
          <p>
            <strong>Who is involved:</strong> {people.map(personText).join(', ')}.
          </p>
          <p>
            <strong>What happens here:</strong> {phase.whatHappens.join(' ')}
          </p>
          <p>
            <strong>Metrics that apply here:</strong>
          </p>
          <PhaseMetricList phase={phase.id} />
          {/* The arcs section of the phase's own guide. */}
          <DocItemProvider docId={phaseDocId(phase.id)}>
            <PhaseArcs />
          </DocItemProvider>
          <p>
            <Link to={phasePath(phase.id)}>The whole {phase.shortName} guide</Link>: what can go wrong, and where HVE-Core helps.
          </p>
        </section>
      ))}
    </>
  );
}
