import { useId, useMemo, type FormEvent } from 'react';
import Link from '@docusaurus/Link';
import ChipGroup from '@site/src/components/ChipGroup';
import {
  COMMON_USAGE_LABEL,
  frameworkNames,
  frameworks,
  getFramework,
  getPhase,
  guideTitle,
  hasGuide,
  metricPath,
  phaseLabel,
  phases,
  type FrameworkId,
  type PhaseId,
} from '@site/src/data';
import { finderAddress, finderPath, parseFrameworkParam, parsePhaseParam } from '@site/src/lib/finderParams';
import {
  groupByFramework,
  MAX_QUERY_LENGTH,
  searchMetrics,
  type SearchResponse,
  type UnmappedMatch,
} from '@site/src/lib/metricSearch';
import { plural } from '@site/src/lib/plural';
import { useAddressState } from '@site/src/hooks/useAddressState';
import { suggestedQueries } from './suggestedQueries';
import ResultCard from './ResultCard';
import styles from './styles.module.css';

function describeScope(phase: PhaseId | undefined, framework: FrameworkId | undefined): string {
  const parts = [
    framework === undefined ? '' : getFramework(framework).name,
    phase === undefined ? '' : `covering ${phaseLabel(getPhase(phase))}`,
  ].filter((part) => part !== '');
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

function statusText(response: SearchResponse, phase: PhaseId | undefined, framework: FrameworkId | undefined): string {
  const count = response.results.length;
  const scope = describeScope(phase, framework);
  if (response.query === '') return `${plural(count, { one: 'metric', other: 'metrics' })}${scope}.`;
  if (count === 0 && response.unmapped.length > 0) {
    return `No metrics match “${response.query}”${scope}. A note below explains why.`;
  }
  if (count === 0) return `No metrics match “${response.query}”${scope}.`;
  return `${plural(count, { one: 'match', other: 'matches' })} for “${response.query}”${scope}.`;
}

function frameworkHeading(id: FrameworkId): string {
  const { name, fullName } = getFramework(id);
  return fullName.includes(name) ? fullName : `${fullName} (${name})`;
}

function Unmapped({ matches }: { matches: readonly UnmappedMatch[] }) {
  return (
    <>
      {matches.map(({ term, seeAlso }) => (
        <aside key={term.terms[0]} className={styles.unmapped} aria-label={`About “${term.terms[0] ?? ''}”`}>
          <p>
            {term.basis === 'common-usage' && <strong>{COMMON_USAGE_LABEL}: </strong>}
            {term.explanation}
          </p>
          {seeAlso.length > 0 && (
            <p>
              See also:{' '}
              {seeAlso.map((metric, index) => (
                <span key={metric.id}>
                  {index > 0 && ', '}
                  {hasGuide(metric.id) ? (
                    <Link to={metricPath(metric.id)}>{guideTitle(metric.measure)}</Link>
                  ) : (
                    <Link to={finderPath({ q: metric.title })}>{metric.title}</Link>
                  )}
                </span>
              ))}
            </p>
          )}
          {term.sourceUrl !== undefined && (
            <p>
              <a href={term.sourceUrl}>Source</a>
            </p>
          )}
        </aside>
      ))}
    </>
  );
}

/**
 * The metric finder: a search box, phase and framework filters, and the matching metrics. Its query
 * and filters are the address (`?q=&phase=&framework=`): typing replaces it, a filter or a submit
 * pushes it (so Back undoes a filter), and a link or Back shows what it holds. The server renders
 * the unfiltered list.
 */
export default function MetricFinder() {
  const [params, setParams] = useAddressState(finderAddress);
  const inputId = useId();
  const hintId = useId();
  const phaseCheck = parsePhaseParam(params.phase);
  const frameworkCheck = parseFrameworkParam(params.framework);
  const phase = phaseCheck.ok ? phaseCheck.value : undefined;
  const framework = frameworkCheck.ok ? frameworkCheck.value : undefined;

  const response = useMemo(() => searchMetrics(params.q, { phase, framework }), [params.q, phase, framework]);
  const isEmptyQuery = response.query === '';
  const hasResults = response.results.length > 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Without JavaScript the form submits as GET and the static page lists every metric.
    event.preventDefault();
    setParams(params, 'push');
  };

  return (
    <div className={styles.finder}>
      <form className={styles.form} role="search" method="get" onSubmit={onSubmit}>
        <label htmlFor={inputId} className={styles.searchLabel}>
          Search metrics
        </label>
        <input
          id={inputId}
          className={styles.searchInput}
          type="search"
          name="q"
          value={params.q}
          onChange={(event) => setParams({ ...params, q: event.target.value }, 'replace')}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
        />
        <p id={hintId} className={styles.hint}>
          A name, abbreviation or former name, such as MTTR, deploy freq or cycle time.
        </p>
        <div className={styles.filters}>
          <ChipGroup
            legend="Phase"
            name="phase"
            options={[{ value: '', label: 'All phases' }, ...phases.map((p) => ({ value: p.id, label: phaseLabel(p, { short: true }) }))]}
            selected={phase ?? ''}
            onSelect={(value) => setParams({ ...params, phase: value }, 'push')}
          />
          <ChipGroup
            legend="Framework"
            name="framework"
            options={[{ value: '', label: 'All frameworks' }, ...frameworks.map((f) => ({ value: f.id, label: f.name }))]}
            selected={framework ?? ''}
            onSelect={(value) => setParams({ ...params, framework: value }, 'push')}
          />
        </div>
        <noscript>
          <p className={styles.hint}>Searching and filtering need JavaScript. Every metric is listed below.</p>
        </noscript>
      </form>

      {!phaseCheck.ok && (
        <p className={styles.warning}>
          There is no phase “{phaseCheck.given}” in the loop, so metrics for every phase are shown. The phases are{' '}
          {phases[0]?.numeral} to {phases.at(-1)?.numeral}: {phases.map((p) => p.id).join(', ')}.
        </p>
      )}
      {!frameworkCheck.ok && (
        <p className={styles.warning}>
          There is no framework “{frameworkCheck.given}” here, so all frameworks are shown: {frameworks.map((f) => f.name).join(', ')}.
        </p>
      )}
      {response.truncated && (
        <p className={styles.warning}>Only the first {MAX_QUERY_LENGTH} characters of the search were used.</p>
      )}

      <p role="status" className={styles.status}>
        {statusText(response, phase, framework)}
      </p>

      {response.unmapped.length > 0 && <Unmapped matches={response.unmapped} />}

      {!hasResults && !isEmptyQuery && response.unmapped.length === 0 && (
        <div className={styles.noMatch}>
          <p>
            Nothing in {frameworkNames('or')} goes by that name
            {phase !== undefined || framework !== undefined ? ' with these filters' : ''}. Try one of these:
          </p>
          <ul className={styles.suggestions}>
            {suggestedQueries.map((q) => (
              <li key={q}>
                <Link to={finderPath({ q })}>{q}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      {!hasResults && isEmptyQuery && (
        <p className={styles.noMatch}>No metric fits this combination of phase and framework. Choose another one.</p>
      )}

      {hasResults && isEmptyQuery &&
        groupByFramework(response.results).map((group) => (
          <section key={group.framework} aria-labelledby={`group-${group.framework}`} className={styles.group}>
            <h2 id={`group-${group.framework}`}>{frameworkHeading(group.framework)}</h2>
            <ul className={styles.results}>
              {group.results.map((result) => (
                <li key={result.key}>
                  <ResultCard result={result} headingLevel="h3" focusPhase={phase} />
                </li>
              ))}
            </ul>
          </section>
        ))}

      {hasResults && !isEmptyQuery && (
        <section aria-labelledby="finder-matches" className={styles.group}>
          <h2 id="finder-matches">Best matches first</h2>
          <ol className={styles.results}>
            {response.results.map((result) => (
              <li key={result.key}>
                <ResultCard result={result} headingLevel="h3" focusPhase={phase} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
