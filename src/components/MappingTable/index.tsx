import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame, { Body, Cell, ColumnHeader, Head, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { counts, countWord, getFramework, metricsByFramework, phaseLabel, phasePath, phases, type Metric } from '@site/src/data';

interface Props {
  /** Framework id: dora, space or essp. An unknown id throws, so a typo fails the build. */
  framework: string;
}

function PhaseList({ metric }: { metric: Metric }) {
  return (
    <ul className="clean-list">
      {metric.phases.map((id) => (
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
        <caption>How the {countWord(counts.doraMetrics)} DORA metrics map to phases</caption>
        <HeaderRow columns={DORA_COLUMNS} />
        <Body>
          {metricsByFramework('dora').map((metric) => (
            <Row key={metric.id}>
              <RowHeader>
                {metric.name}
                {metric.framework === 'dora' && (
                  <>
                    <br />
                    <small>DORA now: {metric.currentName}</small>
                  </>
                )}
              </RowHeader>
              <Cell column={DORA_COLUMNS[1]}>
                <PhaseList metric={metric} />
              </Cell>
              <Cell column={DORA_COLUMNS[2]}>{metric.measures}</Cell>
            </Row>
          ))}
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
          {metricsByFramework('space').map((metric) => (
            <Row key={metric.id}>
              <RowHeader>{metric.name}</RowHeader>
              {phases.map((phase) => (
                <Cell key={phase.id} column={phaseLabel(phase, { short: true })}>
                  {metric.perPhase[phase.id]}
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
          {metricsByFramework('essp').map((metric) => (
            <Row key={metric.id}>
              <RowHeader>{metric.name}</RowHeader>
              <Cell column={ESSP_COLUMNS[1]}>
                {metric.framework === 'essp' && <p>{metric.question}</p>}
                <p>{metric.definition}</p>
              </Cell>
              <Cell column={ESSP_COLUMNS[2]}>
                <ul className="clean-list">
                  {metric.phases.map((id) => (
                    <li key={id}>
                      <PhaseLink phase={id} />
                      {metric.perPhase[id] && <> ({metric.perPhase[id]})</>}
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
