import Link from '@docusaurus/Link';
import { esspLabel, getFramework, guideTitle, hasGuide, measuresByFramework, metricPath, presentMeasure, type MeasureView } from '@site/src/data';
import { finderPath } from '@site/src/lib/finderParams';

interface Props {
  /** Framework id; an unknown id throws. */
  framework: string;
}

/** The framework's definition first, then what only some kinds have, each line shown where the measure has it. */
function Details({ view }: { view: MeasureView }) {
  const framework = getFramework(view.framework);
  return (
    <>
      <dd>
        {framework.name}’s definition: {view.definition.text}
      </dd>
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
          {view.layer === 'top' ? 'Top layer' : 'Foundation'}. The model asks: “{view.question}”
        </dd>
      )}
      {view.history !== undefined && <dd>{view.history}</dd>}
      {view.zoneMetrics !== undefined && (
        <dd>
          GitHub’s metrics for this zone:{' '}
          {view.zoneMetrics.map((metric, i) => (
            <span key={metric.id}>
              {i > 0 && '; '}
              <Link to={metricPath(metric.id)}>{esspLabel(metric)}</Link>
            </span>
          ))}
          .
        </dd>
      )}
    </>
  );
}

/** Each measure of a framework that the model maps: its definition and source first, then its names; links to its guide and the finder. */
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
            {hasGuide(view.id) && (
              <>
                <Link to={metricPath(view.id)}>{guideTitle(view.measure)}: how to measure it</Link> ·{' '}
              </>
            )}
            <Link to={finderPath({ q: view.title })}>Find its phases</Link> · <a href={view.definition.source.url}>Source</a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
