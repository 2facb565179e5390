import type { ReactNode } from 'react';
import type { Source } from '@site/src/data';
import type { Cited, SourcedFact } from '@site/src/data/measurement';

/** A link to where a fact comes from, saying so when the source is a secondary one. */
export function Cite({ cited }: { cited: Cited }) {
  return (
    <>
      <a href={cited.source.url}>{cited.source.title}</a>
      {cited.evidence === 'secondary' && ' (a secondary source)'}
    </>
  );
}

const sameSource = (a: Source, b: Source): boolean => a.url === b.url;

/**
 * Facts as a list. When they share one source it is named once under the list; otherwise each fact
 * names its own, so every sentence keeps its owner.
 */
export function FactList({ facts, label }: { facts: readonly SourcedFact[]; label?: string }) {
  const first = facts[0];
  if (first === undefined) return null;
  const shared = facts.every((fact) => sameSource(fact.source, first.source) && fact.evidence === first.evidence);
  return (
    <>
      <ul aria-label={label}>
        {facts.map((fact) => (
          <li key={fact.text}>
            {fact.text}
            {!shared && (
              <>
                {' '}
                <small>
                  (<Cite cited={fact} />)
                </small>
              </>
            )}
          </li>
        ))}
      </ul>
      {shared && (
        <p>
          <small>
            Source: <Cite cited={first} />.
          </small>
        </p>
      )}
    </>
  );
}

/** One fact as a definition list's term and description, with its source. */
export function FactItem({ term, fact, children }: { term: string; fact?: SourcedFact; children?: ReactNode }) {
  if (fact === undefined && children === undefined) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        {fact !== undefined && (
          <>
            {fact.text}{' '}
            <small>
              (<Cite cited={fact} />)
            </small>
          </>
        )}
        {children}
      </dd>
    </div>
  );
}
