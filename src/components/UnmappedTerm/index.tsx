import { unmappedTerms } from '@site/src/data';

interface Props {
  /** One of the terms listed in unmappedTerms; an unknown term throws. */
  term: string;
}

/** The model's explanation of a term it does not map, with its source. */
export default function UnmappedTerm({ term }: Props) {
  const entry = unmappedTerms.find((t) => (t.terms as readonly string[]).includes(term.toLowerCase()));
  if (!entry) throw new Error(`Unknown unmapped term "${term}". Add it to unmappedTerms in src/data/metrics.ts.`);
  return (
    <blockquote>
      <p>
        {entry.explanation}
        {'sourceUrl' in entry && (
          <>
            {' '}
            <a href={entry.sourceUrl}>Source</a>.
          </>
        )}
      </p>
    </blockquote>
  );
}
