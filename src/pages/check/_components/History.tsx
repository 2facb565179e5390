import { useEffect, useId, useRef, useState } from 'react';
import type { CheckQuery } from '@site/src/lib/checkLink';
import { MAX_TEAM_NAME, STORAGE_PREFIX, type UnreadableEntry } from '@site/src/lib/checkHistory';
import { pluralForm } from '@site/src/lib/plural';
import HistoryActions from './HistoryActions';
import HistoryTable from './HistoryTable';
import useCheckHistory from './useCheckHistory';
import fields from './fields.module.css';
import styles from './History.module.css';

/** Saved entries that could not be read, each with what is wrong with it; they stay in storage. */
function Unreadable({ entries }: { entries: readonly UnreadableEntry[] }) {
  const n = entries.length;
  return (
    <div className={styles.warning}>
      <p>
        {pluralForm(n, { one: 'One saved check', other: `${n} saved checks` })} could not be read (damaged or from another version of this
        site) and {pluralForm(n, { one: 'is', other: 'are' })} left out below. Nothing was deleted.
      </p>
      <ul aria-label="What could not be read">
        {entries.map(({ key, problem }) => (
          <li key={key}>
            Saved as “{key.slice(STORAGE_PREFIX.length)}”: {problem}.
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Props {
  /** The check on the page, in its address's form; undefined while nothing is answered. */
  query: CheckQuery | undefined;
}

/** Save the current check, see earlier ones and how each score moved, export, import and delete. */
export default function History({ query }: Props) {
  const history = useCheckHistory();
  const { checks, unreadable, message } = history;
  const [team, setTeam] = useState('');
  const teamId = useId();

  // A deletion removes the focused button, so focus goes to the message that says what happened.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusStatus = useRef(false);
  useEffect(() => {
    if (!focusStatus.current) return;
    focusStatus.current = false;
    statusRef.current?.focus();
  });
  const thenFocusStatus = (act: () => void): void => {
    focusStatus.current = true;
    act();
  };

  return (
    <>
      <div className={styles.saveRow}>
        <label htmlFor={teamId}>Team name (optional, kept with the saved check)</label>
        <input id={teamId} className={fields.input} type="text" maxLength={MAX_TEAM_NAME} value={team} onChange={(event) => setTeam(event.target.value)} />
        <button type="button" className="button button--primary" onClick={() => query && history.save(query, team)} disabled={!query}>
          Save this check
        </button>
      </div>
      <p role="status" ref={statusRef} tabIndex={-1} className={message?.kind === 'error' ? styles.error : styles.done}>
        {message && <span key={message.count}>{message.text}</span>}
      </p>
      {unreadable.length > 0 && <Unreadable entries={unreadable} />}
      {checks.length === 0 ? (
        <p>No check is saved in this browser yet.</p>
      ) : (
        <HistoryTable checks={checks} onDelete={(check) => thenFocusStatus(() => history.remove(check))} />
      )}
      <HistoryActions
        canExport={checks.length > 0}
        canDeleteAll={checks.length + unreadable.length > 0}
        jsonExport={history.jsonExport}
        csvExport={history.csvExport}
        onImport={(file) => void history.importFile(file)}
        onDeleteAll={() => thenFocusStatus(history.removeAll)}
      />
    </>
  );
}
