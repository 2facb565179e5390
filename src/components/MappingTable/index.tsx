import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame, { Body, Cell, ColumnHeader, Head, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import {
  counts,
  countWord,
  doraTable,
  getFramework,
  getMeasure,
  measuresByFramework,
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

const DORA_COLUMNS = ['Metric', 'Primary phases', 'What it measures'] as const;
const ESSP_COLUMNS = ['Zone', 'What it asks', 'Phases'] as const;

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
                  {view.title}
                  <br />
                  <small>DORA now: {view.names.current}</small>
                </RowHeader>
                <Cell column={DORA_COLUMNS[1]}>
                  <PhaseList view={view} />
                </Cell>
                <Cell column={DORA_COLUMNS[2]}>{view.modelPhrase}</Cell>
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
        <caption>What each SPACE dimension looks at in each phase</caption>
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
              <RowHeader>{view.title}</RowHeader>
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
                  <p>{view.question}</p>
                  <p>{view.modelNote}</p>
                </Cell>
                <Cell column={ESSP_COLUMNS[2]}>
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
