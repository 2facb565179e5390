import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { paths } from '@site/src/data';
import { RECORD_KINDS, recordColumns, type ColumnSpec } from '@site/src/lib/measure/formats';
import styles from './Formats.module.css';

const KIND_INTRO = {
  deployments: 'One row per deployment, to any environment, successful or not: the page counts only successful production ones.',
  changes: 'One row per change (a commit or a pull request) that a deployment may list.',
  incidents: 'One row per incident, with what caused it when a deployment did.',
} as const;

const GIT_LOG = `# Changes: every commit on the main branch, with its commit time and offset
(echo "id,committed_at"; git log --first-parent --pretty=format:'%H,%cI' main) > changes.csv`;

const GH_DEPLOYMENTS = `# Deployments: GitHub's deployments of one repository, each with its last success or failure status
REPO=owner/name
echo "id,finished_at,environment,status,changes" > deployments.csv
gh api --paginate "repos/$REPO/deployments" --jq '.[] | [.id, .environment, .sha] | @tsv' |
while IFS=$'\\t' read -r id env sha; do
  gh api "repos/$REPO/deployments/$id/statuses" \\
    --jq "[.[] | select(.state == \\"success\\" or .state == \\"failure\\")][0]
          | select(. != null) | [\\"$id\\", .created_at, \\"$env\\", .state, \\"$sha\\"] | @csv"
done >> deployments.csv`;

const SPREADSHEET = `id,started_at,resolved_at,service,caused_by
INC-101,2025-03-04T14:05:00+01:00,2025-03-04T15:40:00+01:00,checkout,4711
INC-102,2025-03-09T02:30:00Z,2025-03-09T03:10:00Z,search,`;

/**
 * The record formats and the recipes to make them, as static HTML: readable without JavaScript, and the
 * same columns the calculator reads (src/lib/measure/formats.ts).
 */
export default function Formats() {
  const schemaUrl = useBaseUrl(paths.measureSchema);
  return (
    <>
      <section aria-labelledby="formats">
        <h2 id="formats">The record formats</h2>
        <p>
          Three kinds of file, each as CSV (comma, tab or semicolon separated, with a header row) or as JSON (a list of
          objects with the same fields). The page tells the kinds apart by their columns. Column names match in any case;
          other columns are ignored. Every timestamp is ISO 8601 with a UTC offset or <code>Z</code>, such as{' '}
          <code>2025-03-04T14:05:00+01:00</code>: a time without one is refused, never guessed. The formats are also
          published as a <a href={schemaUrl}>JSON Schema</a> for the JSON form.
        </p>
        {RECORD_KINDS.map((kind) => (
          <div key={kind} className={styles.kind}>
            <h3 id={`format-${kind}`}>{kind.charAt(0).toUpperCase() + kind.slice(1)}</h3>
            <p>{KIND_INTRO[kind]}</p>
            <div className={styles.tableFrame}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Column</th>
                    <th scope="col">Required</th>
                    <th scope="col">What it holds</th>
                  </tr>
                </thead>
                <tbody>
                  {(recordColumns[kind] as readonly ColumnSpec[]).map((column) => (
                    <tr key={column.name}>
                      <th scope="row">
                        <code>{column.name}</code>
                      </th>
                      <td>{column.required ? 'Yes' : 'No'}</td>
                      <td>{column.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>
      <section aria-labelledby="recipes">
        <h2 id="recipes">Making the files</h2>
        <h3 id="recipe-git">Changes from git log</h3>
        <p>
          <code>%cI</code> writes the commit time in strict ISO 8601 with its offset. Use the ids your deployments list
          (here, full commit SHAs).
        </p>
        <pre className={styles.code} tabIndex={0}>
          <code>{GIT_LOG}</code>
        </pre>
        <h3 id="recipe-github">Deployments from the GitHub CLI</h3>
        <p>
          For repositories that record deployments in GitHub (Actions environments do). Each deployment lists only the
          commit it deployed; to count every change it shipped, list the commits since the previous deployment (
          <code>git log --pretty=%H previous..sha</code>) in its <code>changes</code> cell, separated by spaces. Add a{' '}
          <code>service</code> column when you combine several repositories, and an <code>unplanned</code> column (
          <code>true</code> or <code>false</code>) for deployments made to fix a user-facing bug or incident.
        </p>
        <pre className={styles.code} tabIndex={0}>
          <code>{GH_DEPLOYMENTS}</code>
        </pre>
        <h3 id="recipe-spreadsheet">Incidents from a spreadsheet</h3>
        <p>
          Keep one row per incident with these column headings, write times with their offset (a custom cell format such as{' '}
          <code>yyyy-mm-ddThh:mm:ss"Z"</code> when the times are in UTC), and save as CSV. A semicolon-separated export
          reads too. Leave <code>caused_by</code> empty when no deployment caused the incident: DORA’s recovery time
          counts only failures a change caused.
        </p>
        <pre className={styles.code} tabIndex={0}>
          <code>{SPREADSHEET}</code>
        </pre>
        <p>
          Once you have your figures, you can carry them into the <Link to={paths.check}>loop check</Link>.
        </p>
      </section>
    </>
  );
}
