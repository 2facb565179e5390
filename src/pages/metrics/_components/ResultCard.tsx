import { useId } from 'react';
import Link from '@docusaurus/Link';
import {
  counts,
  frameworkPath,
  getFramework,
  getMeasure,
  getPhase,
  guideTitle,
  hasGuide,
  metricPath,
  phaseLabel,
  phasePath,
  type PhaseId,
} from '@site/src/data';
import { finderPath } from '@site/src/lib/finderParams';
import type { MetricResult } from '@site/src/lib/metricSearch';
import PhaseRing from './PhaseRing';
import styles from './styles.module.css';

interface Props {
  result: MetricResult;
  /** Heading level of the result's name, so it nests under the list's own heading. */
  headingLevel: 'h3' | 'h2';
  /** The phase the reader filtered by: its note is marked, in words as well as weight. */
  focusPhase?: PhaseId;
}

/**
 * One measure or SPACE cell: the framework's definition first, then the model's phrase labelled as the
 * model's, the phases it covers as linked text, the model's notes, and a link to the measure's guide.
 */
export default function ResultCard({ result, headingLevel: Heading, focusPhase }: Props) {
  const headingId = useId();
  const framework = getFramework(result.framework);
  const { view } = result;
  const isCell = result.kind === 'space-cell';
  const cellPhase = isCell ? result.phases[0] : undefined;
  // A SPACE dimension's entries are its labels in each phase; a DORA metric's or ESSP zone's, the model's notes.
  const isSpace = view.kind === 'dimension';
  const notes = isCell
    ? []
    : view.perPhase.flatMap(({ phase, label, note }) => {
        const text = isSpace ? label : note;
        return text === undefined ? [] : [{ phase, text }];
      });

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHead}>
        <Heading id={headingId} className={styles.cardTitle}>
          {result.name}
        </Heading>
        <span className={styles.badge}>{framework.name}</span>
      </div>
      {cellPhase !== undefined && (
        <p className={styles.context}>
          {framework.name} {view.names.current}, in {phaseLabel(getPhase(cellPhase))}
        </p>
      )}
      {!isCell && view.names.renamedTo !== undefined && <p className={styles.context}>Now called {view.names.renamedTo} by {framework.name}.</p>}
      {result.matchedAlias !== undefined && (
        <p className={styles.context}>
          {view.names.aliases.includes(result.matchedAlias)
            ? `Found by “${result.matchedAlias}”, a term in common use, not one of ${framework.name}’s names for it.`
            : `Also known as “${result.matchedAlias}”.`}
        </p>
      )}
      <p>
        <span className={styles.label}>{framework.name}’s definition: </span>
        {view.definition.text}
      </p>
      {isCell ? (
        <p>
          “{result.name}” is the loop model’s label for {view.names.current} in this phase, not a term from the SPACE paper.
        </p>
      ) : (
        view.modelPhrase !== undefined && (
          <p>
            <span className={styles.label}>The loop model’s phrase: </span>“{view.modelPhrase}”
          </p>
        )
      )}
      {result.phases.length === 0 ? (
        <p>
          <span className={styles.label}>Phases covered: </span>
          none. {view.unmappedNote ?? 'The model maps it to no phase.'}
        </p>
      ) : (
        <div className={styles.coverage}>
          <PhaseRing phases={result.phases} />
          <div>
            <p className={styles.label} id={`${headingId}-phases`}>
              {result.phases.length === 1 ? 'Phase covered' : `Phases covered (${result.phases.length} of ${counts.phases})`}
            </p>
            <ul className={styles.phaseList} aria-labelledby={`${headingId}-phases`}>
              {result.phases.map((id) => (
                <li key={id}>
                  <Link to={phasePath(id)}>{phaseLabel(getPhase(id))}</Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {notes.length > 0 && (
        <>
          <p className={styles.label}>{isSpace ? 'The loop model’s label in each phase' : 'The loop model’s notes, by phase'}</p>
          <dl className={styles.notes}>
            {notes.map(({ phase, text }) => (
              <div key={phase} className={phase === focusPhase ? styles.focusNote : undefined}>
                <dt>
                  {phaseLabel(getPhase(phase))}
                  {phase === focusPhase && ' (selected phase)'}
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {hasGuide(view.id) && (
        <p className={styles.more}>
          <Link to={metricPath(view.id)}>{guideTitle(view.measure)}: how to measure it</Link>
        </p>
      )}
      {view.zoneMetrics !== undefined && (
        <div className={styles.more}>
          <p className={styles.label} id={`${headingId}-metrics`}>
            {framework.name}’s metrics in this zone
          </p>
          <ul className={styles.phaseList} aria-labelledby={`${headingId}-metrics`}>
            {view.zoneMetrics.map((metric) => (
              <li key={metric.id}>
                <Link to={metricPath(metric.id)}>{guideTitle(getMeasure(metric.id))}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className={styles.more}>
        {isCell ? (
          <Link to={finderPath({ q: view.title, framework: 'space' })}>
            All phases of SPACE {view.title}
          </Link>
        ) : (
          <Link to={frameworkPath(result.framework)}>More about {framework.name}</Link>
        )}
      </p>
    </article>
  );
}
