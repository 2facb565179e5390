import Link from '@docusaurus/Link';
import TableFrame, { Body, Cell, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { frameworkPath, hasGuide, listWords, metricPath, measuresByFramework, phaseCallouts, phaseLabel, presentMeasure, type FrameworkId, type MeasureView, type Phase, type PhaseEntry } from '@site/src/data';
import { finderPath } from '@site/src/lib/finderParams';
import styles from './styles.module.css';

/** A framework's measures with what the model says of each in this phase; `covering` keeps those it maps here. */
function inPhase(framework: FrameworkId, phase: Phase, { covering }: { covering: boolean }): { view: MeasureView; entry?: PhaseEntry }[] {
  return measuresByFramework(framework)
    .map(presentMeasure)
    .map((view) => ({ view, entry: view.perPhase.find((e) => e.phase === phase.id) }))
    .filter(({ entry }) => !covering || entry?.covered === true);
}

/** A measure's name, linked to its guide where it has one. */
function MeasureName({ view }: { view: MeasureView }) {
  return <strong>{hasGuide(view.id) ? <Link to={metricPath(view.id)}>{view.title}</Link> : view.title}</strong>;
}

function Dora({ phase }: { phase: Phase }) {
  const covering = inPhase('dora', phase, { covering: true });
  return (
    <div className={styles.group}>
      <h3>
        <Link to={frameworkPath('dora')}>DORA</Link> metrics
      </h3>
      {covering.length === 0 ? (
        <p>{phaseCallouts[phase.id].remark ?? 'No DORA metric covers this phase.'}</p>
      ) : (
        <ul>
          {covering.map(({ view, entry }) => (
            <li key={view.id}>
              <MeasureName view={view} />: {view.definition.text}
              {view.modelPhrase !== undefined && <span> The model’s phrase: “{view.modelPhrase}”.</span>}
              {entry?.note && <span> The model’s note for this phase: {entry.note}.</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const SPACE_COLUMNS = ['Dimension', 'The model’s label here'] as const;

function Space({ phase }: { phase: Phase }) {
  const rows = inPhase('space', phase, { covering: false });
  const singled = rows.filter(({ entry }) => entry?.calledOut === true);
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
            {rows.map(({ view, entry }) => (
              <Row key={view.id}>
                <RowHeader>
                  <Link to={hasGuide(view.id) ? metricPath(view.id) : frameworkPath('space')}>{view.title}</Link>
                </RowHeader>
                <Cell column={SPACE_COLUMNS[1]}>{entry?.label}</Cell>
              </Row>
            ))}
          </Body>
        </Table>
      </TableFrame>
      {singled.length > 0 && (
        <p>
          The model singles out{' '}
          {listWords(singled.map(({ view, entry }) => `${view.title}${entry?.note ? ` (${entry.note})` : ''}`))} for this phase.
        </p>
      )}
    </div>
  );
}

function Essp({ phase }: { phase: Phase }) {
  return (
    <div className={styles.group}>
      <h3>
        <Link to={frameworkPath('essp')}>ESSP</Link> zone
      </h3>
      <ul>
        {inPhase('essp', phase, { covering: true }).map(({ view, entry }) => (
          <li key={view.id}>
            <MeasureName view={view} />: {view.definition.text} The model asks: “{view.question}”
            {entry?.note && <span> The model’s note for this phase: {entry.note}.</span>}
          </li>
        ))}
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
