import Link from '@docusaurus/Link';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import { MetricGuideLink, PracticeList, SelectionNote } from '@site/src/components/WhatToTry';
import {
  DORA_DONT_KNOW,
  doraMetrics,
  getFeedbackArc,
  getPhase,
  phasePath,
  phasesOf,
  arcPath,
  type FeedbackArcId,
  type GuidedMeasureId,
  type PhaseId,
} from '@site/src/data';
import { AGREEMENT_SCALE, subjectName, whatToTryForStatement } from '@site/src/data/check';
// Straight from the file, not the data index, so the practices stay off pages that do not show them.
import { METRICS_TO_WATCH_RULE, whatToTryForArc } from '@site/src/data/practices';
import type { CheckState } from '@site/src/lib/checkLink';
import { MAX_RATING, tryFirst, type Answers, type CheckScores, type RatedStatement, type TryFirst } from '@site/src/lib/checkScore';
import { ratedShareText, scoreNote, scoreText, WEAKEST_REASON } from './scoreText';
import DoraScore, { answersFromCheck } from '@site/src/components/DoraScore';
import styles from './CheckResult.module.css';

/** The statements a subject got its lowest rating on, each as the team answered it. */
function LowestStatements({ entries, withPractices }: { entries: readonly RatedStatement[]; withPractices: boolean }) {
  return (
    <ol className={styles.statements} aria-label="Your lowest-rated statements here">
      {entries.map(({ index, statement, rating }) => (
        <li key={index}>
          <p>
            “{statement.text}” You answered: {AGREEMENT_SCALE[rating - 1]?.toLowerCase()}.
          </p>
          {withPractices && <PracticeList whatToTry={whatToTryForStatement(statement)} label={`What to try: ${statement.text}`} printNamesOnly />}
        </li>
      ))}
    </ol>
  );
}

function MetricsToWatch({ metrics, name }: { metrics: readonly GuidedMeasureId[]; name: string }) {
  return (
    <>
      <p className={styles.watch}>The metrics that would show the change first:</p>
      <ul aria-label={`Metrics to watch: ${name}`}>
        {metrics.map((measure) => (
          <li key={measure}>
            <MetricGuideLink measure={measure} />
          </li>
        ))}
      </ul>
    </>
  );
}

function PhaseBottleneck({ entry, phaseId }: { entry: TryFirst; phaseId: PhaseId }) {
  const phase = getPhase(phaseId);
  const name = subjectName(entry.score.subject);
  return (
    <section aria-labelledby="bottleneck-phase" className={styles.card}>
      <h4 id="bottleneck-phase">Weakest phase: {name}</h4>
      <p className={styles.score}>{scoreText(entry.score)}</p>
      <p>What you rated lowest here, and what to try for each:</p>
      <LowestStatements entries={entry.lowest} withPractices />
      <MetricsToWatch metrics={entry.metrics} name={name} />
      <p>
        <Link to={phasePath(phase.id)}>Read the {phase.shortName} guide</Link>: every risk of the phase, with what to try.
      </p>
    </section>
  );
}

function ArcBottleneck({ entry, arcId }: { entry: TryFirst; arcId: FeedbackArcId }) {
  const arc = getFeedbackArc(arcId);
  const name = subjectName(entry.score.subject);
  return (
    <section aria-labelledby="bottleneck-arc" className={styles.card}>
      <h4 id="bottleneck-arc">Weakest feedback arc: {name}</h4>
      <p className={styles.score}>{scoreText(entry.score)}</p>
      {arc.isMostImportant && <p>The loop model calls this the most important arc.</p>}
      <p>What you rated lowest here:</p>
      <LowestStatements entries={entry.lowest} withPractices={false} />
      <p>What to try on this arc:</p>
      <PracticeList whatToTry={whatToTryForArc(arc.id)} label={`What to try: ${name}`} printNamesOnly />
      <MetricsToWatch metrics={entry.metrics} name={name} />
      <p>
        <Link to={arcPath(arc)}>More about this arc</Link>, from <PhaseLink phase={arc.from} short /> back to{' '}
        <PhaseLink phase={arc.to} short />, and who closes it.
      </p>
    </section>
  );
}

/** The result's opening: for the weakest phase and arc, what the team rated lowest, what to try, and what to watch. */
export function WhatToTryFirst({ scores, answers }: { scores: CheckScores; answers: Answers }) {
  const entries = tryFirst(scores, answers);
  const phase = entries.find((entry) => entry.score.subject.kind === 'phase');
  const arc = entries.find((entry) => entry.score.subject.kind === 'arc');
  return (
    <section aria-labelledby="try-first">
      <h3 id="try-first">What to try first</h3>
      {phase === undefined && arc === undefined ? (
        <p>Rate more statements: a phase or arc needs at least {ratedShareText} of its statements rated to get a score.</p>
      ) : (
        <>
          <p className={styles.screenOnly}>
            Start where your loop is weakest: the phase and the feedback arc with the lowest scores. For each, the
            statements you rated lowest, the practices that address them, and the metrics that would show a change.
          </p>
          <SelectionNote />
          <div className={styles.bottleneck}>
            {phase !== undefined && phase.score.subject.kind === 'phase' && <PhaseBottleneck entry={phase} phaseId={phase.score.subject.id} />}
            {arc !== undefined && arc.score.subject.kind === 'arc' && <ArcBottleneck entry={arc} arcId={arc.score.subject.id} />}
          </div>
          <p className={styles.rule}>
            <strong>How the metrics were chosen.</strong> {METRICS_TO_WATCH_RULE}
          </p>
        </>
      )}
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
    <section aria-labelledby="result-dora" className={`${styles.card} ${styles.dora}`}>
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
      <DoraScore answers={answersFromCheck(state.dora)} compactInPrint />
    </section>
  );
}

interface Props {
  scores: CheckScores;
  state: CheckState;
  /** When the result was worked out, for the printed report. */
  date: Date;
}

/** The result: what to try first (the bottleneck, its lowest-rated statements, practices and metrics), the loop with every score on it, and the DORA figures. */
export default function CheckResult({ scores, state, date }: Props) {
  const notes = new Map<string, string>(scores.all.map((score) => [score.subject.id, scoreNote(score)]));
  return (
    <>
      <p className={styles.date}>
        Result of {date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}:{' '}
        {scores.answered.rated} of {scores.answered.total} statements rated, {scores.answered.dontKnow} answered “Don’t know”.
      </p>
      <WhatToTryFirst scores={scores} answers={state.answers} />
      <h3>Your loop</h3>
      <div className={styles.loop}>
        <LoopDiagram
          size="large"
          notes={notes}
          highlightArc={scores.bottleneck.arc}
          highlightPhase={scores.bottleneck.phase}
          highlightReason={WEAKEST_REASON}
          caption={`Your loop: each phase and feedback arc with its score out of ${MAX_RATING} and its word; the weakest phase has a dashed ring and the weakest arc a thicker line.`}
          hint="Select one to read its guide."
        />
      </div>
      <ul className={styles.scoreList} aria-label="Scores">
        {scores.all.map((score) => (
          <li key={score.subject.id}>
            {subjectName(score.subject)}: <strong>{scoreText(score)}</strong>
          </li>
        ))}
      </ul>
      <DoraResult state={state} />
    </>
  );
}
