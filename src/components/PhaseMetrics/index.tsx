import Link from '@docusaurus/Link';
import TableFrame, { Body, Cell, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { frameworkPath, metricsByFramework, phaseLabel, type Metric, type Phase } from '@site/src/data';
import { finderPath } from '@site/src/lib/finderParams';
import styles from './styles.module.css';

const calloutNote = (phase: Phase, metric: Metric): string | undefined =>
  phase.metricCallouts.find((callout) => callout.metric === metric.id)?.note;
const isCalledOut = (phase: Phase, metric: Metric): boolean =>
  phase.metricCallouts.some((callout) => callout.metric === metric.id);

function Dora({ phase }: { phase: Phase }) {
  const covering = metricsByFramework('dora').filter((metric) => metric.phases.includes(phase.id));
  return (
    <div className={styles.group}>
      <h3>
        <Link to={frameworkPath('dora')}>DORA</Link> metrics
      </h3>
      {covering.length === 0 ? (
        <p>{phase.metricsNote ?? 'No DORA metric covers this phase.'}</p>
      ) : (
        <ul>
          {covering.map((metric) => {
            const note = calloutNote(phase, metric);
            return (
              <li key={metric.id}>
                <strong>{metric.name}</strong>: {metric.measures}.
                {note && <span> In this phase: {note}.</span>}
                {!isCalledOut(phase, metric) && (
                  <span className={styles.aside}>
                    {' '}
                    The DORA table counts this phase, though the phase’s own list of metrics does not name it.
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const SPACE_COLUMNS = ['Dimension', 'In this phase', 'Called out for this phase'] as const;

function Space({ phase }: { phase: Phase }) {
  return (
    <div className={styles.group}>
      <h3>
        <Link to={frameworkPath('space')}>SPACE</Link> dimensions
      </h3>
      <TableFrame label={`SPACE in ${phase.shortName}`}>
        <Table>
          <caption>
            What each SPACE dimension looks at in {phaseLabel(phase)}
          </caption>
          <HeaderRow columns={SPACE_COLUMNS} />
          <Body>
            {metricsByFramework('space').map((metric) => {
              const note = calloutNote(phase, metric);
              return (
                <Row key={metric.id}>
                  <RowHeader>{metric.name}</RowHeader>
                  <Cell column={SPACE_COLUMNS[1]}>{metric.perPhase[phase.id]}</Cell>
                  <Cell column={SPACE_COLUMNS[2]}>{isCalledOut(phase, metric) ? `Yes${note ? `: ${note}` : ''}` : 'No'}</Cell>
                </Row>
              );
            })}
          </Body>
        </Table>
      </TableFrame>
    </div>
  );
}

function Essp({ phase }: { phase: Phase }) {
  const zones = metricsByFramework('essp').filter((metric) => metric.phases.includes(phase.id));
  return (
    <div className={styles.group}>
      <h3>
        <Link to={frameworkPath('essp')}>ESSP</Link> zone
      </h3>
      <ul>
        {zones.map((zone) => {
          const note = calloutNote(phase, zone);
          return (
            <li key={zone.id}>
              <strong>{zone.name}</strong>: {zone.framework === 'essp' && zone.question}
              {note && <span> In this phase: {note}.</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The "Metrics for this phase" panel: DORA coverage, the phase's SPACE cells and its ESSP zone, with the seed's notes. */
export default function PhaseMetrics() {
  const phase = useCurrentPhase('PhaseMetrics');
  return (
    <section className={styles.panel} aria-label={`Metrics for ${phase.name}`}>
      <Dora phase={phase} />
      <Space phase={phase} />
      <Essp phase={phase} />
      <p className={styles.more}>
        <Link to={finderPath({ phase: phase.id })}>
          Everything that measures {phaseLabel(phase, { short: true })} in the metric finder
        </Link>
      </p>
    </section>
  );
}
