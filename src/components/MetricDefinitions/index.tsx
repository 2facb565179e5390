import Link from '@docusaurus/Link';
import { getFramework, metricsByFramework, type Metric } from '@site/src/data';
import { finderPath } from '@site/src/lib/finderParams';

interface Props {
  /** Framework id; an unknown id throws. */
  framework: string;
}

function Details({ metric }: { metric: Metric }) {
  switch (metric.framework) {
    case 'dora':
      return (
        <>
          <dd>
            DORA’s current name: <strong>{metric.currentName}</strong>. Factor: {metric.factor}.
          </dd>
          <dd>{metric.definition}</dd>
          {metric.history && <dd>{metric.history}</dd>}
        </>
      );
    case 'space':
      return (
        <>
          <dd>
            Full name: <strong>{metric.fullName}</strong> (the {metric.letter} of SPACE).
          </dd>
          <dd>{metric.definition}</dd>
        </>
      );
    case 'essp':
      return (
        <>
          <dd>
            {metric.layer === 'top' ? 'Top layer' : 'Foundation'}. {metric.question}
          </dd>
          <dd>GitHub’s metrics for this zone: {metric.esspMetrics.join('; ')}.</dd>
        </>
      );
  }
}

/** Each metric of a framework with its names, definition and source; search terms link to the finder. */
export default function MetricDefinitions({ framework }: Props) {
  const id = getFramework(framework).id;
  return (
    <dl>
      {metricsByFramework(id).map((metric) => (
        <div key={metric.id}>
          <dt>{metric.name}</dt>
          <Details metric={metric} />
          <dd>
            Also searched as: {metric.aliases.join(', ')}.{' '}
            <Link to={finderPath({ q: metric.name })}>Find its phases</Link> ·{' '}
            <a href={metric.sourceUrl}>Source</a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
