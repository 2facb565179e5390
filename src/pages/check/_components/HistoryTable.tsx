import Link from '@docusaurus/Link';
import TableFrame, { Body, Cell, ColumnHeader, Head, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { checkSubjects, subjectName } from '@site/src/data/check';
import { scoreChanges, type LoadedCheck } from '@site/src/lib/checkHistory';
import { checkPath } from '@site/src/lib/checkLink';
import { formatMean, scoreCheck } from '@site/src/lib/checkScore';
import { plural } from '@site/src/lib/plural';
import { savedLabel } from './useCheckHistory';
import styles from './HistoryTable.module.css';

const change = (delta: number | undefined): string =>
  delta === undefined ? '' : delta === 0 ? ' (no change)' : delta > 0 ? ` (up ${formatMean(delta)})` : ` (down ${formatMean(-delta)})`;

interface Props {
  /** Oldest first. */
  checks: readonly LoadedCheck[];
  onDelete: (check: LoadedCheck) => void;
}

/** The saved checks, one row each, with every score and its change since the check before. */
export default function HistoryTable({ checks, onDelete }: Props) {
  return (
    <TableFrame label="Saved checks">
      <Table className={styles.historyTable}>
        <caption>Your saved checks, oldest first, with each score’s change since the check before</caption>
        <Head>
          <ColumnHeader>Saved</ColumnHeader>
          {checkSubjects.map((subject) => (
            <ColumnHeader key={subject.id}>{subjectName(subject)}</ColumnHeader>
          ))}
          <ColumnHeader>Actions</ColumnHeader>
        </Head>
        <Body>
          {checks.map((check, i) => {
            const scores = scoreCheck(check.state.answers);
            const previous = checks[i - 1];
            const changes = previous ? scoreChanges(previous.state, check.state) : [];
            const saved = savedLabel(check);
            return (
              <Row key={check.id}>
                <RowHeader>
                  {saved}
                  {check.carriedOver !== undefined && (
                    <span className={styles.version}>
                      {' '}
                      (made with version {check.carriedOver.fromVersion} of the statements: scored without its{' '}
                      {plural(check.carriedOver.cleared.length, { one: 'answer', other: 'answers' })} to reworded ones)
                    </span>
                  )}
                </RowHeader>
                {scores.all.map((score, s) => (
                  <Cell key={score.subject.id} column={subjectName(score.subject)}>
                    {score.mean === undefined ? 'no score' : `${formatMean(score.mean)}${change(changes[s])}`}
                  </Cell>
                ))}
                <Cell column="Actions">
                  <Link to={checkPath(check.query)}>Open</Link>{' '}
                  <button
                    type="button"
                    className="button button--sm button--secondary"
                    aria-label={`Delete the check saved ${saved}`}
                    onClick={() => onDelete(check)}
                  >
                    Delete
                  </button>
                </Cell>
              </Row>
            );
          })}
        </Body>
      </Table>
    </TableFrame>
  );
}
