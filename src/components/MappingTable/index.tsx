import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame from '@site/src/components/TableFrame';
import { getFramework, metricsByFramework, phasePath, phases, type Metric } from '@site/src/data';

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

function DoraTable() {
  return (
    <TableFrame label="DORA metrics by phase">
      <table>
        <caption>How the four DORA metrics map to phases</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Primary phases</th>
            <th scope="col">What it measures</th>
          </tr>
        </thead>
        <tbody>
          {metricsByFramework('dora').map((metric) => (
            <tr key={metric.id}>
              <th scope="row">
                {metric.name}
                {metric.framework === 'dora' && (
                  <>
                    <br />
                    <small>DORA now: {metric.currentName}</small>
                  </>
                )}
              </th>
              <td>
                <PhaseList metric={metric} />
              </td>
              <td>{metric.measures}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function SpaceMatrix() {
  return (
    <TableFrame label="SPACE dimensions by phase">
      <table>
        <caption>What each SPACE dimension looks at in each phase</caption>
        <thead>
          <tr>
            <th scope="col">SPACE dimension</th>
            {phases.map((phase) => (
              <th scope="col" key={phase.id}>
                <Link to={phasePath(phase.id)}>
                  {phase.numeral} {phase.shortName}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metricsByFramework('space').map((metric) => (
            <tr key={metric.id}>
              <th scope="row">{metric.name}</th>
              {phases.map((phase) => (
                <td key={phase.id}>{metric.perPhase[phase.id]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function EsspTable() {
  return (
    <TableFrame label="ESSP zones by phase">
      <table>
        <caption>The four ESSP zones and the phases that call them out</caption>
        <thead>
          <tr>
            <th scope="col">Zone</th>
            <th scope="col">What it asks</th>
            <th scope="col">Phases</th>
          </tr>
        </thead>
        <tbody>
          {metricsByFramework('essp').map((metric) => (
            <tr key={metric.id}>
              <th scope="row">{metric.name}</th>
              <td>
                {metric.framework === 'essp' && <p>{metric.question}</p>}
                <p>{metric.definition}</p>
              </td>
              <td>
                <ul className="clean-list">
                  {metric.phases.map((id) => (
                    <li key={id}>
                      <PhaseLink phase={id} />
                      {metric.perPhase[id] && <> ({metric.perPhase[id]})</>}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
