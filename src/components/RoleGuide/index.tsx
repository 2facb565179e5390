import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import { MetricGuideLink, PracticeList, SelectionNote } from '@site/src/components/WhatToTry';
import { arcPath, arcTitle, countWord, getFeedbackArc, getMeasure, inSentence, paths, personText, phaseLabel, phasePath, phasesOf } from '@site/src/data';
// Straight from the file, not the data index: only pages that show practices load them.
import { arcsClosedBy, practicesToTryFirst, ROLE_PRACTICES_RULE, type ClosedArc } from '@site/src/data/practices';
import { getRoleGroup, involvementOf, type RoleGroup } from '@site/src/data/roles';
import { pluralForm } from '@site/src/lib/plural';
import { useDocItemOf } from '@site/src/hooks/useDocItem';
import styles from './styles.module.css';

/** Drawn under each phase the group is involved in, so the diagram marks them in words, not colour. */
export const INVOLVED = 'Your role';

/** An owned metric, linked to its guide, with the group's phases where the model maps it (DORA metrics, SPACE dimensions). */
function MetricItem({ measure, own }: { measure: RoleGroup['owns'][number]; own: readonly string[] }) {
  const used = phasesOf(measure).filter((phase) => own.includes(phase));
  return (
    <li>
      <MetricGuideLink measure={measure} />
      {getMeasure(measure).framework === 'essp' ? ' (GitHub’s ESSP)' : ''}
      {used.length > 0 && (
        <>
          : the model uses it in{' '}
          {used.map((phase, i) => (
            <span key={phase}>
              {i > 0 && (i === used.length - 1 ? ' and ' : ', ')}
              <PhaseLink phase={phase} short />
            </span>
          ))}
        </>
      )}
      .
    </li>
  );
}

const END_WORDS = { from: 'where it starts', to: 'where it lands' } as const;

function ClosedArcItem({ closed }: { closed: ClosedArc }) {
  const arc = getFeedbackArc(closed.arc);
  return (
    <li>
      <Link to={arcPath(arc)}>{arcTitle(arc)}</Link>: you are {closed.ends.map((end) => END_WORDS[end]).join(' and ')}, as{' '}
      {closed.people.map(personText).join(', ')}.
    </li>
  );
}

/**
 * A role guide: the group's own page, made from the data. Where it works on the loop (marked on the
 * diagram), the metrics it owns there (each linked to its guide), the feedback arcs it closes, what to
 * try first, and what the loop check asks about its part of the loop. It quotes phase guides only in
 * short phrases (risks, names) and links to them for the rest. A page in docs/roles/ presents the group
 * its id names (src/theme/DocItem/Content provides it); an id with no data fails the build, naming the page.
 */
export default function RoleGuide() {
  const group = getRoleGroup(useDocItemOf('role', 'RoleGuide').id);
  const involvement = involvementOf(group.id);
  const own = involvement.map(({ phase }) => phase.id);
  const notes = new Map(involvement.map(({ phase }) => [phase.id, INVOLVED]));
  const closed = arcsClosedBy(group.id);
  const practices = practicesToTryFirst(group.id);
  return (
    <>
      <p className={styles.summary}>{group.summary}</p>

      <section aria-labelledby="where-you-work" className={styles.part}>
        <Heading as="h2" id="where-you-work">
          Where you work on the loop
        </Heading>
        <p>
          The loop model names this group in {countWord(involvement.length)} {pluralForm(involvement.length, { one: 'phase', other: 'phases' })}:
        </p>
        <ul>
          {involvement.map(({ phase, people }) => (
            <li key={phase.id}>
              <Link to={phasePath(phase.id)}>{phaseLabel(phase)}</Link>, as {people.map(personText).join(', ')}.
            </li>
          ))}
        </ul>
        <LoopDiagram
          size="compact"
          notes={notes}
          caption={`The loop with the phases of ${inSentence(group.name)} marked “${INVOLVED}”.`}
          hint="Select a phase to open its guide."
        />
      </section>

      <section aria-labelledby="metrics-you-own" className={styles.part}>
        <Heading as="h2" id="metrics-you-own">
          The metrics you own
        </Heading>
        <p>
          Of the metrics the model uses in your phases, these are the ones your work moves most directly: the site’s
          selection. Each guide says how to measure it and what to watch out for.
        </p>
        <ul>
          {group.owns.map((measure) => (
            <MetricItem key={measure} measure={measure} own={own} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="arcs-you-close" className={styles.part}>
        <Heading as="h2" id="arcs-you-close">
          The feedback arcs you close
        </Heading>
        {closed.length === 0 ? (
          <p>
            None: the site names no one from this group at either end of a feedback arc. The{' '}
            <Link to={paths.feedbackArcs}>feedback arcs page</Link> says who closes each.
          </p>
        ) : (
          <>
            <p>An arc is closed when the people at its two ends act on what it carries. You stand at:</p>
            <ul>
              {closed.map((entry) => (
                <ClosedArcItem key={entry.arc} closed={entry} />
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="try-first" className={styles.part}>
        <Heading as="h2" id="try-first">
          What to try first
        </Heading>
        <p>{ROLE_PRACTICES_RULE}</p>
        <SelectionNote />
        <PracticeList whatToTry={{ kind: 'practices', practices }} label={`What to try first: ${group.name}`} />
      </section>

      <section aria-labelledby="check-asks" className={styles.part}>
        <Heading as="h2" id="check-asks">
          What the loop check asks you
        </Heading>
        <p>
          The <Link to={paths.check}>loop check</Link> has one statement for each of these risks in your phases, and two for
          each arc you close. Rate them with your team to see which to start on.
        </p>
        <ul>
          {involvement.flatMap(({ phase }) =>
            phase.failureModes.map((mode) => (
              <li key={`${phase.id}/${mode.id}`}>
                <PhaseLink phase={phase.id} short />: “{mode.text}”
              </li>
            )),
          )}
          {closed.map(({ arc }) => (
            <li key={arc}>
              <Link to={arcPath(getFeedbackArc(arc))}>{arcTitle(getFeedbackArc(arc))}</Link>: “{getFeedbackArc(arc).whenBroken}”
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
