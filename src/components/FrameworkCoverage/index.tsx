import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame, { Body, Cell, ColumnHeader, Head, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { counts, countWord, frameworkPath, frameworks, measuresByPhase, phases, presentMeasure } from '@site/src/data';
import styles from './styles.module.css';

/** Which framework reaches which phase, with the metrics named, so gaps (DORA at ①) show at a glance. */
export default function FrameworkCoverage() {
  return (
    <TableFrame label="Framework coverage by phase">
      <Table className={styles.table}>
        <caption>Which frameworks cover each phase</caption>
        <Head>
          <ColumnHeader>Phase</ColumnHeader>
          {frameworks.map((framework) => (
            <ColumnHeader key={framework.id}>
              <Link to={frameworkPath(framework.id)}>{framework.name}</Link>
            </ColumnHeader>
          ))}
        </Head>
        <Body>
          {phases.map((phase) => (
            <Row key={phase.id}>
              <RowHeader>
                <PhaseLink phase={phase.id} />
              </RowHeader>
              {frameworks.map((framework) => {
                const covering = measuresByPhase(phase.id)
                  .filter((measure) => measure.framework === framework.id)
                  .map(presentMeasure);
                return (
                  <Cell key={framework.id} column={framework.name} className={covering.length > 0 ? styles.covered : styles.gap}>
                    {covering.length > 0 ? (
                      <>
                        <span aria-hidden="true">✓ </span>
                        {framework.id === 'space' && covering.length === counts.spaceDimensions
                          ? `All ${countWord(counts.spaceDimensions)} dimensions`
                          : covering.map((view) => view.title).join(', ')}
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
            </Row>
          ))}
        </Body>
      </Table>
    </TableFrame>
  );
}
