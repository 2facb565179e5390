import { COMMON_USAGE_LABEL, doraMetrics, measures, ordinalWord, presentMeasure, unmappedTerms, type MeasureView } from '@site/src/data';
import { midSentence } from '@site/src/lib/describeLoop';

interface Props {
  /** A term listed in unmappedTerms, or a name of a measure the model maps to no phase; anything else throws. */
  term: string;
}

/** Every name a measure goes by, lower case. */
const namesOf = (view: MeasureView): string[] =>
  [view.title, view.names.current, ...view.names.former, ...view.names.abbreviations, ...view.names.aliases].map((name) => name.toLowerCase());

/** A DORA metric the model maps to no phase: what it is and when DORA added it, from its record, then the model's note. */
function UnmappedMetric({ view }: { view: MeasureView }) {
  const metric = doraMetrics.find((m) => m.id === view.id);
  if (metric === undefined) throw new Error(`UnmappedTerm explains DORA metrics the model does not map; "${view.id}" is not one.`);
  const place = doraMetrics.filter((m) => m.added <= metric.added).length;
  return (
    <blockquote>
      <p>
        {view.title} is the {ordinalWord(place)} DORA metric, added in {metric.added}: {midSentence(view.definition.text)} {view.unmappedNote}{' '}
        <a href={view.definition.source.url}>Source</a>.
      </p>
    </blockquote>
  );
}

/** The model's explanation of a term it does not map, with its source. */
export default function UnmappedTerm({ term }: Props) {
  const key = term.toLowerCase();
  const entry = unmappedTerms.find((t) => (t.terms as readonly string[]).includes(key));
  if (!entry) {
    const unmapped = measures.map(presentMeasure).find((view) => view.unmappedNote !== undefined && namesOf(view).includes(key));
    if (unmapped) return <UnmappedMetric view={unmapped} />;
    throw new Error(`Unknown unmapped term "${term}". Add it to unmappedTerms in src/data/measures.ts.`);
  }
  return (
    <blockquote>
      <p>
        {entry.basis === 'common-usage' && <strong>{COMMON_USAGE_LABEL}: </strong>}
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
