import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame, { Body, Cell, ColumnHeader, Head, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import {
  counts,
  countWord,
  doraTable,
  getFramework,
  getMeasure,
  guideTitle,
  hasGuide,
  measuresByFramework,
  metricPath,
  phaseLabel,
  phasePath,
  phases,
  presentMeasure,
  type MeasureView,
} from '@site/src/data';

interface Props {
  /** Framework id: dora, space or essp. An unknown id throws, so a typo fails the build. */
  framework: string;
}

function PhaseList({ view }: { view: MeasureView }) {
  return (
    <ul className="clean-list">
      {view.phases.map((id) => (
        <li key={id}>
          <PhaseLink phase={id} />
        </li>
      ))}
    </ul>
  );
}

/** A measure's title, linked to its guide where it has one. */
function Title({ view }: { view: MeasureView }) {
  return hasGuide(view.id) ? <Link to={metricPath(view.id)}>{view.title}</Link> : <>{view.title}</>;
}

const DORA_COLUMNS = ['Metric', 'DORA’s definition', 'Primary phases (the model’s)', 'The model’s phrase'] as const;
const ESSP_COLUMNS = ['Zone', 'GitHub’s definition and metrics', 'The model’s reading', 'Phases (with the model’s notes)'] as const;

function DoraTable() {
  return (
    <TableFrame label="DORA metrics by phase">
      <Table>
        <caption>How the {countWord(counts.mappedDoraMetrics)} DORA metrics map to phases</caption>
        <HeaderRow columns={DORA_COLUMNS} />
        <Body>
          {doraTable.map((row) => {
            const view = presentMeasure(getMeasure(row.metric));
            return (
              <Row key={view.id}>
                <RowHeader>
                  <Title view={view} />
                  <br />
                  <small>DORA now: {view.names.current}</small>
                </RowHeader>
                <Cell column={DORA_COLUMNS[1]}>
                  {view.definition.text} <a href={view.definition.source.url}>Source</a>
                </Cell>
                <Cell column={DORA_COLUMNS[2]}>
                  <PhaseList view={view} />
                </Cell>
                <Cell column={DORA_COLUMNS[3]}>“{view.modelPhrase}”</Cell>
              </Row>
            );
          })}
        </Body>
      </Table>
    </TableFrame>
  );
}

function SpaceMatrix() {
  return (
    <TableFrame label="SPACE dimensions by phase">
      <Table>
        <caption>The loop model’s label for what each SPACE dimension looks at in each phase</caption>
        <Head>
          <ColumnHeader>SPACE dimension</ColumnHeader>
          {phases.map((phase) => (
            <ColumnHeader key={phase.id}>
              <Link to={phasePath(phase.id)}>{phaseLabel(phase, { short: true })}</Link>
            </ColumnHeader>
          ))}
        </Head>
        <Body>
          {measuresByFramework('space').map(presentMeasure).map((view) => (
            <Row key={view.id}>
              <RowHeader>
                <Title view={view} />
              </RowHeader>
              {phases.map((phase) => (
                <Cell key={phase.id} column={phaseLabel(phase, { short: true })}>
                  {view.perPhase.find((entry) => entry.phase === phase.id)?.label}
                </Cell>
              ))}
            </Row>
          ))}
        </Body>
      </Table>
    </TableFrame>
  );
}

function EsspTable() {
  return (
    <TableFrame label="ESSP zones by phase">
      <Table>
        <caption>The {countWord(counts.esspZones)} ESSP zones and the phases that call them out</caption>
        <HeaderRow columns={ESSP_COLUMNS} />
        <Body>
          {measuresByFramework('essp')
            .filter((measure) => measure.kind === 'zone')
            .map(presentMeasure)
            .map((view) => (
              <Row key={view.id}>
                <RowHeader>{view.title}</RowHeader>
                <Cell column={ESSP_COLUMNS[1]}>
                  <p>
                    {view.definition.text} <a href={view.definition.source.url}>Source</a>
                  </p>
                  <ul className="clean-list">
                    {view.zoneMetrics?.map((metric) => (
                      <li key={metric.id}>
                        <Link to={metricPath(metric.id)}>{guideTitle(metric)}</Link>
                      </li>
                    ))}
                  </ul>
                </Cell>
                <Cell column={ESSP_COLUMNS[2]}>
                  <p>“{view.question}”</p>
                  <p>{view.modelNote}</p>
                  {view.frameworkDiffers !== undefined && <p>{view.frameworkDiffers}</p>}
                </Cell>
                <Cell column={ESSP_COLUMNS[3]}>
                  <ul className="clean-list">
                    {view.perPhase
                      .filter((entry) => entry.covered)
                      .map(({ phase, note }) => (
                        <li key={phase}>
                          <PhaseLink phase={phase} />
                          {note && <> ({note})</>}
                        </li>
                      ))}
                  </ul>
                </Cell>
              </Row>
            ))}
        </Body>
      </Table>
    </TableFrame>
  );
}

/** A framework's whole phase mapping, rendered from the model. */
export default function MappingTable({ framework }: Props) {
  switch (getFramework(framework).id) {
    case 'dora':
      return <DoraTable />;
    case 'space':
      return <SpaceMatrix />;
    case 'essp':
      return <EsspTable />;
  }
}
