import Link from '@docusaurus/Link';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import PhaseMetricList from '@site/src/components/PhaseMetricList';
import {
  DORA_DONT_KNOW,
  doraMetrics,
  doraQuickCheck,
  getFeedbackArc,
  getPhase,
  phaseLabel,
  phasePath,
  phasesOf,
  arcPath,
  type FeedbackArcId,
  type PhaseId,
} from '@site/src/data';
import { subjectName } from '@site/src/data/check';
import type { CheckState } from '@site/src/lib/checkLink';
import { MAX_RATING, type CheckScores, type SubjectScore } from '@site/src/lib/checkScore';
import { ratedShareText, scoreNote, scoreText, WEAKEST_REASON } from './scoreText';
import styles from './CheckResult.module.css';

function PhaseBottleneck({ score }: { score: SubjectScore & { subject: { kind: 'phase'; id: PhaseId } } }) {
  const phase = getPhase(score.subject.id);
  return (
    <section aria-labelledby="bottleneck-phase" className={styles.card}>
      <h3 id="bottleneck-phase">Weakest phase: {phaseLabel(phase)}</h3>
      <p className={styles.score}>{scoreText(score)}</p>
      <p>
        What can go wrong here, by the guide: {phase.failureModes.map((mode) => mode.text.replace(/\.$/, '')).join('; ')}.{' '}
        <Link to={phasePath(phase.id)}>Read the {phase.shortName} guide</Link>.
      </p>
      <p>The metrics that would show whether it is improving:</p>
      <PhaseMetricList phase={phase.id} />
    </section>
  );
}

function ArcBottleneck({ score }: { score: SubjectScore & { subject: { kind: 'arc'; id: FeedbackArcId } } }) {
  const arc = getFeedbackArc(score.subject.id);
  return (
    <section aria-labelledby="bottleneck-arc" className={styles.card}>
      <h3 id="bottleneck-arc">Weakest feedback arc: {subjectName(score.subject)}</h3>
      <p className={styles.score}>{scoreText(score)}</p>
      <p>
        {arc.isMostImportant && <strong>The source calls this the most important arc. </strong>}
        {arc.whenItWorks} {arc.whenBroken} <Link to={arcPath(arc)}>More about this arc</Link>, from{' '}
        <PhaseLink phase={arc.from} /> back to <PhaseLink phase={arc.to} />.
      </p>
      <p>The metrics that would show whether it is improving, at each end of the arc:</p>
      {[arc.from, arc.to].map((id) => (
        <div key={id}>
          <p className={styles.watchEnd}>At {phaseLabel(getPhase(id))}</p>
          <PhaseMetricList phase={id} />
        </div>
      ))}
    </section>
  );
}

function DoraResult({ state }: { state: CheckState }) {
  const given = doraMetrics.flatMap((metric, i) => {
    const answer = state.dora[i];
    if (answer === undefined) return [];
    const choices = metric.survey.answer.kind === 'range' ? metric.survey.answer.choices : undefined;
    const text = answer === 'dont-know' ? DORA_DONT_KNOW : choices !== undefined ? (choices[answer - 1]?.label ?? '') : `${answer} %`;
    return [{ metric, phases: phasesOf(metric.id), text }];
  });
  if (given.length === 0) return null;
  return (
    <section aria-labelledby="result-dora" className={styles.card}>
      <h3 id="result-dora">Your DORA figures</h3>
      <ul>
        {given.map(({ metric, phases, text }) => (
          <li key={metric.id}>
            <strong>{metric.name}:</strong> {text}.{' '}
            {phases.length === 0 ? (
              'This draft model maps it to no phase yet.'
            ) : (
              <>
                In the loop it covers{' '}
                {phases.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <PhaseLink phase={id} short />
                  </span>
                ))}
                .
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        To see how these compare with other teams, use <a href={doraQuickCheck.url}>{doraQuickCheck.title}</a>. This site
        does not grade them: the performance cut-offs it could use (elite, high, medium, low) come only from secondary
        copies of DORA’s report, and some of them disagree, so they are not confirmed.
      </p>
    </section>
  );
}

interface Props {
  scores: CheckScores;
  state: CheckState;
  /** When the result was worked out, for the printed report. */
  date: Date;
}

/** The result: the loop with every score on it, the bottleneck, the metrics to watch and the DORA figures. */
export default function CheckResult({ scores, state, date }: Props) {
  const notes = new Map<string, string>(scores.all.map((score) => [score.subject.id, scoreNote(score)]));
  const phase = scores.phases.find((s) => s.subject.id === scores.bottleneck.phase);
  const arc = scores.arcs.find((s) => s.subject.id === scores.bottleneck.arc);
  return (
    <>
      <p className={styles.date}>
        Result of {date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}:{' '}
        {scores.answered.rated} of {scores.answered.total} statements rated, {scores.answered.dontKnow} answered “Don’t know”.
      </p>
      <LoopDiagram
        size="large"
        notes={notes}
        highlightArc={scores.bottleneck.arc}
        highlightPhase={scores.bottleneck.phase}
        highlightReason={WEAKEST_REASON}
        caption={`Your loop: each phase and feedback arc with its score out of ${MAX_RATING} and its word; the weakest phase has a dashed ring and the weakest arc a thicker line.`}
        hint="Select one to read its guide."
      />
      <ul className={styles.scoreList} aria-label="Scores">
        {scores.all.map((score) => (
          <li key={score.subject.id}>
            {subjectName(score.subject)}: <strong>{scoreText(score)}</strong>
          </li>
        ))}
      </ul>
      <h3>Where your loop is stuck</h3>
      {phase === undefined && arc === undefined ? (
        <p>Rate more statements: a phase or arc needs at least {ratedShareText} of its statements rated to get a score.</p>
      ) : (
        <div className={styles.bottleneck}>
          {phase !== undefined && <PhaseBottleneck score={phase} />}
          {arc !== undefined && <ArcBottleneck score={arc} />}
        </div>
      )}
      <DoraResult state={state} />
    </>
  );
}
