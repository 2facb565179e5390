import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame, { Cell } from '@site/src/components/TableFrame';
import { frameworkPath, frameworks, metricsByFramework, phases } from '@site/src/data';
import styles from './styles.module.css';

/** Which framework reaches which phase, with the metrics named, so gaps (DORA at ①) show at a glance. */
export default function FrameworkCoverage() {
  return (
    <TableFrame label="Framework coverage by phase">
      <table role="table" className={styles.table}>
        <caption>Which frameworks cover each phase</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">Phase</th>
            {frameworks.map((framework) => (
              <th role="columnheader" scope="col" key={framework.id}>
                <Link to={frameworkPath(framework.id)}>{framework.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {phases.map((phase) => (
            <tr role="row" key={phase.id}>
              <th role="rowheader" scope="row">
                <PhaseLink phase={phase.id} />
              </th>
              {frameworks.map((framework) => {
                const covering = metricsByFramework(framework.id).filter((m) => m.phases.includes(phase.id));
                return (
                  <Cell key={framework.id} column={framework.name} className={covering.length > 0 ? styles.covered : styles.gap}>
                    {covering.length > 0 ? (
                      <>
                        <span aria-hidden="true">✓ </span>
                        {covering.length === 5 && framework.id === 'space'
                          ? 'All five dimensions'
                          : covering.map((m) => m.name).join(', ')}
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">✗ </span>
                        <strong>Not covered</strong>
                      </>
                    )}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
