import Link from '@docusaurus/Link';
import { esspLabel, getFramework, measuresByFramework, presentMeasure, type MeasureView } from '@site/src/data';
import { finderPath } from '@site/src/lib/finderParams';

interface Props {
  /** Framework id; an unknown id throws. */
  framework: string;
}

/** What only some kinds have, each line shown where the measure has it. */
function Details({ view }: { view: MeasureView }) {
  const framework = getFramework(view.framework);
  return (
    <>
      {view.factor !== undefined && (
        <dd>
          {framework.name}’s current name: <strong>{view.names.current}</strong>. Factor: {view.factor}.
        </dd>
      )}
      {view.letter !== undefined && (
        <dd>
          Full name: <strong>{view.names.current}</strong> (the {view.letter} of {framework.name}).
        </dd>
      )}
      {view.layer !== undefined && (
        <dd>
          {view.layer === 'top' ? 'Top layer' : 'Foundation'}. {view.question}
        </dd>
      )}
      {/* A zone's page shows the model's reading of it in the mapping table above, not a second definition. */}
      {view.kind !== 'zone' && <dd>{view.definition.text}</dd>}
      {view.history !== undefined && <dd>{view.history}</dd>}
      {view.zoneMetrics !== undefined && <dd>GitHub’s metrics for this zone: {view.zoneMetrics.map(esspLabel).join('; ')}.</dd>}
    </>
  );
}

/** Each measure of a framework that the model maps, with its names, definition and source; search terms link to the finder. */
export default function MetricDefinitions({ framework }: Props) {
  const id = getFramework(framework).id;
  const views = measuresByFramework(id)
    .map(presentMeasure)
    .filter((view) => view.phases.length > 0);
  return (
    <dl>
      {views.map((view) => (
        <div key={view.id}>
          <dt>{view.title}</dt>
          <Details view={view} />
          <dd>
            Also searched as: {[...view.names.abbreviations, ...view.names.former, ...view.names.aliases].join(', ')}.{' '}
            <Link to={finderPath({ q: view.title })}>Find its phases</Link> ·{' '}
            <a href={view.definition.source.url}>Source</a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
