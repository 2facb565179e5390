import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import { MetricGuideLink, PracticeList, SelectionNote } from '@site/src/components/WhatToTry';
import { arcPath, arcTitle, countWord, getFeedbackArc, getMeasure, inSentence, paths, personText, phaseLabel, phasePath, phasesOf } from '@site/src/data';
// Types only: the page passes its group's practices, made at build time (src/plugins/pagePractices.ts).
import type { ClosedArc, RolePractices } from '@site/src/data/practices';
import { getRoleGroup, involvementOf, type RoleGroup } from '@site/src/data/roles';
// The check's statements alone, not the rest of the check (src/data/check), which only /check ships.
import { checkStatements, statementsAbout, type CheckSubject } from '@site/src/data/checkStatements';
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

/** What a statement rates, as a link to it: "④ Verify" or "④ → ③ Failed verification feeds back to build". */
function SubjectLink({ subject }: { subject: CheckSubject }) {
  if (subject.kind === 'phase') return <PhaseLink phase={subject.id} short />;
  const arc = getFeedbackArc(subject.id);
  return <Link to={arcPath(arc)}>{arcTitle(arc)}</Link>;
}

/**
 * The loop check's statements that concern a group, by what they rate: those about each phase it works
 * in, then those about each arc it closes, numbered as on /check.
 */
function CheckAsks({ phases, arcs }: { phases: readonly CheckSubject[]; arcs: readonly CheckSubject[] }) {
  const subjects = [...phases, ...arcs].map((subject) => ({ subject, statements: statementsAbout(subject) }));
  const count = subjects.reduce((sum, { statements }) => sum + statements.length, 0);
  return (
    <>
      <p>
        The <Link to={paths.check}>loop check</Link> asks your team to rate {checkStatements.length} statements about the whole
        loop. These {countWord(count)} concern your part of it: the {pluralForm(phases.length, { one: 'phase', other: 'phases' })} you
        work in{arcs.length > 0 ? ` and the ${pluralForm(arcs.length, { one: 'feedback arc', other: 'feedback arcs' })} you close` : ''}. Each is
        worded so that agreeing means the loop works there, and numbered as on the check.
      </p>
      <ul className={styles.asks}>
        {subjects.map(({ subject, statements }) => (
          <li key={`${subject.kind}/${subject.id}`}>
            <SubjectLink subject={subject} />
            {/* Numbered as on /check: each item's own number, and the list's start for the Markdown copy. */}
            <ol className={styles.statements} start={(statements[0]?.index ?? 0) + 1}>
              {statements.map(({ statement, index }) => (
                <li key={index} value={index + 1}>
                  “{statement.text}”
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A role guide: the group's own page, made from the data. Where it works on the loop (marked on the
 * diagram), the metrics it owns there (each linked to its guide), the feedback arcs it closes, what to
 * try first, and the loop check's statements about its part of the loop, in the check's words. It
 * quotes phase guides only in short phrases (names) and links to them for the rest. A page in docs/roles/ presents the group
 * its id names (src/theme/DocItem/Content provides it); an id with no data fails the build, naming the page.
 */
export default function RoleGuide({ practices: given }: { practices: RolePractices | undefined }) {
  const group = getRoleGroup(useDocItemOf('role', 'RoleGuide').id);
  // MDX props are not type-checked: a missing import, or another group's, names the file to import.
  if (given?.group !== group.id) {
    throw new Error(
      `<RoleGuide> on the guide of "${group.id}" was given ${given === undefined ? 'no practices' : typeof given.group === 'string' ? `the practices of "${given.group}"` : 'practices that are not a role guide’s'}: pass those of @generated/page-practices/default/role-${group.id}.json.`,
    );
  }
  const involvement = involvementOf(group.id);
  const own = involvement.map(({ phase }) => phase.id);
  const notes = new Map(involvement.map(({ phase }) => [phase.id, INVOLVED]));
  const { closed, tryFirst: practices, rule } = given;
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
        <p>{rule}</p>
        <SelectionNote />
        <PracticeList whatToTry={{ kind: 'practices', practices }} label={`What to try first: ${group.name}`} />
      </section>

      <section aria-labelledby="check-asks" className={styles.part}>
        <Heading as="h2" id="check-asks">
          What the loop check asks you
        </Heading>
        <CheckAsks
          phases={own.map((id): CheckSubject => ({ kind: 'phase', id }))}
          arcs={closed.map(({ arc }): CheckSubject => ({ kind: 'arc', id: arc }))}
        />
      </section>
    </>
  );
}
