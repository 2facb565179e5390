import { useId } from 'react';
import Link from '@docusaurus/Link';
import { counts, frameworkPath, getFramework, getPhase, phaseLabel, phasePath, type PhaseId } from '@site/src/data';
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

/** The name a DORA metric goes by today, when it differs from the seed's name. */
function currentNameOf(result: MetricResult): string | undefined {
  const { metric } = result;
  if (result.kind !== 'metric' || metric.framework !== 'dora') return undefined;
  return metric.currentName.toLowerCase() === metric.name.toLowerCase() ? undefined : metric.currentName;
}

/** One metric or SPACE cell: what it measures, the phases it covers as linked text, and the seed's notes. */
export default function ResultCard({ result, headingLevel: Heading, focusPhase }: Props) {
  const headingId = useId();
  const framework = getFramework(result.framework);
  const { metric } = result;
  const currentName = currentNameOf(result);
  const isCell = result.kind === 'space-cell';
  const cellPhase = isCell ? result.phases[0] : undefined;
  const notesTitle = metric.framework === 'space' ? 'In each phase' : 'Notes from the loop';

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHead}>
        <Heading id={headingId} className={styles.cardTitle}>
          {result.name}
        </Heading>
        <span className={styles.badge}>{framework.name}</span>
      </div>
      {isCell && cellPhase !== undefined && metric.framework === 'space' && (
        <p className={styles.context}>
          SPACE {metric.fullName}, in {phaseLabel(getPhase(cellPhase))}
        </p>
      )}
      {currentName !== undefined && <p className={styles.context}>Now called {currentName} by DORA.</p>}
      {result.matchedAlias !== undefined && (
        <p className={styles.context}>Also known as “{result.matchedAlias}”.</p>
      )}
      <p>
        <span className={styles.label}>Measures: </span>
        {result.measures}
      </p>
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
      {result.notes.length > 0 && (
        <>
          <p className={styles.label}>{notesTitle}</p>
          <dl className={styles.notes}>
            {result.notes.map(({ phase, note }) => (
              <div key={phase} className={phase === focusPhase ? styles.focusNote : undefined}>
                <dt>
                  {phaseLabel(getPhase(phase))}
                  {phase === focusPhase && ' (selected phase)'}
                </dt>
                <dd>{note}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className={styles.more}>
        {isCell ? (
          <Link to={finderPath({ q: metric.name, framework: 'space' })}>
            All phases of SPACE {metric.name}
          </Link>
        ) : (
          <Link to={frameworkPath(result.framework)}>More about {framework.name}</Link>
        )}
      </p>
    </article>
  );
}
