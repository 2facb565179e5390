import type { FileReport, SetSummary } from '@site/src/lib/measure/engine';
import type { ProblemGroup } from '@site/src/lib/measure/problems';
import { plural } from '@site/src/lib/plural';
import styles from './Reports.module.css';

/** A group's count, its reason and its first examples, each naming file, row and column. */
function Group({ group }: { group: ProblemGroup }) {
  return (
    <li>
      {plural(group.count, { one: 'record', other: 'records' })}: {group.reason}.
      {group.examples.length > 0 && (
        <ul>
          {group.examples.slice(0, 5).map((problem, i) => (
            <li key={i}>{problem.message}</li>
          ))}
          {group.count > 5 && <li>…and {plural(group.count - 5, { one: 'more', other: 'more' })}.</li>}
        </ul>
      )}
    </li>
  );
}

/** What became of each file of the last batch: read (with rows left out, and why) or refused, and why. */
export function FileReports({ files, kept }: { files: readonly FileReport[]; kept: boolean }) {
  if (files.length === 0) return null;
  const refused = files.filter((file) => !file.ok);
  return (
    <div className={styles.reports}>
      {refused.length > 0 && (
        <div role="alert" className={styles.refused}>
          <p>
            <strong>{refused.length === files.length && kept ? 'Nothing new was read; the records and figures below are the ones from before.' : `${plural(refused.length, { one: 'file was', other: 'files were' })} not used.`}</strong>
          </p>
          <ul>
            {refused.map((file, i) => (
              <li key={i}>
                {!file.ok && file.message}
                {!file.ok && file.problems !== undefined && (
                  <ul>
                    {file.problems.map((group, j) => (
                      <Group key={j} group={group} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className={styles.read}>
        {files.map((file, i) =>
          file.ok ? (
            <li key={i}>
              Read “{file.name}” as {file.kind}: {plural(file.rows - file.leftOut, { one: 'record', other: 'records' })}.
              {file.summary !== undefined && (
                <>
                  {' '}
                  {file.summary}
                  <ul>
                    {file.problems.map((group, j) => (
                      <Group key={j} group={group} />
                    ))}
                  </ul>
                </>
              )}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

/** The records in use, and the contradictions and repeats found between them. */
export function RecordsInUse({ summary }: { summary: SetSummary }) {
  return (
    <div className={styles.inUse}>
      <p>
        In use:{' '}
        {summary.files.map((file, i) => (
          <span key={i}>
            {i > 0 && '; '}“{file.name}” ({plural(file.records, { one: file.kind.replace(/s$/, ''), other: file.kind })})
          </span>
        ))}
        .
      </p>
      {summary.contradictions.length > 0 && (
        <div className={styles.contradictions}>
          <h3>Contradictions in the records</h3>
          <p>These records contradict each other or themselves; the records concerned are left out of the figures.</p>
          <ul>
            {summary.contradictions.map((group, i) => (
              <Group key={i} group={group} />
            ))}
          </ul>
        </div>
      )}
      {summary.repeated.length > 0 && (
        <ul>
          {summary.repeated.map((group, i) => (
            <Group key={i} group={group} />
          ))}
        </ul>
      )}
    </div>
  );
}
