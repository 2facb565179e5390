import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import Link from '@docusaurus/Link';
import TableFrame, { Body, Cell, ColumnHeader, Head, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { checkPath, type CheckQuery } from '@site/src/lib/checkLink';
import { checkSubjects, subjectName } from '@site/src/data/check';
import {
  deleteAllChecks,
  deleteCheck,
  exportHistory,
  historyCsvRows,
  importChecks,
  loadHistory,
  MAX_IMPORT_BYTES,
  MAX_TEAM_NAME,
  newSavedCheck,
  readHistoryImport,
  saveCheck,
  scoreChanges,
  type CheckStorage,
  type LoadedHistory,
} from '@site/src/lib/checkHistory';
import { formatMean, scoreCheck } from '@site/src/lib/checkScore';
import styles from './styles.module.css';

/** The browser's localStorage, or undefined where it is switched off (some private modes throw on access). */
function browserStorage(): CheckStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

const dateOf = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

const change = (delta: number | undefined): string =>
  delta === undefined ? '' : delta === 0 ? ' (no change)' : delta > 0 ? ` (up ${formatMean(delta)})` : ` (down ${formatMean(-delta)})`;

interface Props {
  /** The check on the page, in its address's form; undefined while nothing is answered. */
  query: CheckQuery | undefined;
}

/** Save the current check, see earlier ones and how each score moved, export, import and delete. */
export default function History({ query }: Props) {
  const [history, setHistory] = useState<LoadedHistory>({ checks: [], unreadable: [] });
  const [team, setTeam] = useState('');
  // `count` tells one message from the same words said again, so the status re-announces it.
  const [message, setMessageState] = useState<{ kind: 'done' | 'error'; text: string; count: number } | null>(null);
  const [confirmingDeleteAll, setConfirmingDeleteAll] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const deleteAllRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const teamId = useId();
  const setMessage = (next: { kind: 'done' | 'error'; text: string }): void =>
    setMessageState((last) => ({ ...next, count: (last?.count ?? 0) + 1 }));

  // Focus follows the confirmation: onto "Yes, delete all" when it appears, back to "Delete all"
  // when the reader keeps the checks. After a deletion the focused button is gone, so focus goes to
  // the message that says what happened.
  const focusAfter = useRef<'confirm' | 'delete-all' | 'status' | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'confirm') confirmRef.current?.focus();
    else if (target === 'delete-all') deleteAllRef.current?.focus();
    else if (target === 'status') statusRef.current?.focus();
  });

  const reload = (): void => {
    const storage = browserStorage();
    if (storage) setHistory(loadHistory(storage));
  };
  // The history lives in this browser only: read it after hydration, never during server rendering.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(reload, []);

  const withStorage = (act: (storage: CheckStorage) => void): void => {
    const storage = browserStorage();
    if (!storage) {
      setMessage({ kind: 'error', text: 'This browser does not let the site store anything, so checks cannot be saved here.' });
      return;
    }
    act(storage);
    reload();
  };

  const onSave = (): void =>
    withStorage((storage) => {
      if (!query) return;
      const result = saveCheck(storage, newSavedCheck(query, team, new Date()));
      setMessage(result.ok ? { kind: 'done', text: 'Saved in this browser.' } : { kind: 'error', text: result.message });
    });

  const onImport = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // The size is checked before the file is read.
    const read = file.size > MAX_IMPORT_BYTES ? readHistoryImport('', file.size) : readHistoryImport(await file.text(), file.size);
    if (!read.ok) {
      setMessage({ kind: 'error', text: `${read.message} Your saved checks were not changed.` });
      return;
    }
    withStorage((storage) => {
      const result = importChecks(storage, read.checks);
      setMessage(
        result.ok
          ? { kind: 'done', text: `Imported ${result.added} new ${result.added === 1 ? 'check' : 'checks'}; ${read.checks.length - (result.added ?? 0)} were already saved.` }
          : { kind: 'error', text: result.message },
      );
    });
  };

  const onCsv = async (): Promise<void> => {
    const { unparse } = await import('papaparse');
    // A team name such as "=HYPERLINK(…)" must stay text when a spreadsheet opens the file.
    download('loop-checks.csv', 'text/csv', unparse(historyCsvRows(history.checks), { escapeFormulae: true }));
  };

  const { checks, unreadable } = history;
  return (
    <>
      <div className={styles.saveRow}>
        <label htmlFor={teamId}>Team name (optional, kept with the saved check)</label>
        <input id={teamId} type="text" maxLength={MAX_TEAM_NAME} value={team} onChange={(event) => setTeam(event.target.value)} />
        <button type="button" className="button button--primary" onClick={onSave} disabled={!query}>
          Save this check
        </button>
      </div>
      <p role="status" ref={statusRef} tabIndex={-1} className={message?.kind === 'error' ? styles.error : styles.done}>
        {message && <span key={message.count}>{message.text}</span>}
      </p>
      {unreadable.length > 0 && (
        <p className={styles.warning}>
          {unreadable.length === 1 ? 'One saved check' : `${unreadable.length} saved checks`} could not be read (damaged or from
          another version of this site) and {unreadable.length === 1 ? 'is' : 'are'} left out below. Nothing was deleted.
        </p>
      )}
      {checks.length === 0 ? (
        <p>No check is saved in this browser yet.</p>
      ) : (
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
                const saved = `${dateOf(check.savedAt)}${check.team ? `, ${check.team}` : ''}`;
                return (
                  <Row key={check.id}>
                    <RowHeader>{saved}</RowHeader>
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
                        onClick={() =>
                          withStorage((storage) => {
                            deleteCheck(storage, check.id);
                            focusAfter.current = 'status';
                            setMessage({ kind: 'done', text: `Deleted the check saved ${saved}.` });
                          })
                        }
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
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary"
          disabled={checks.length === 0}
          onClick={() => download('loop-checks.json', 'application/json', exportHistory(checks, new Date()))}
        >
          Export as JSON
        </button>
        <button type="button" className="button button--secondary" disabled={checks.length === 0} onClick={() => void onCsv()}>
          Export as CSV
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          Import a JSON export
        </button>
        <input
          ref={fileInput}
          hidden
          type="file"
          aria-label="A loop check history export (JSON)"
          accept="application/json,.json"
          onChange={(event) => void onImport(event)}
        />
        {!confirmingDeleteAll ? (
          <button
            ref={deleteAllRef}
            type="button"
            className="button button--secondary"
            disabled={checks.length + unreadable.length === 0}
            onClick={() => {
              focusAfter.current = 'confirm';
              setConfirmingDeleteAll(true);
            }}
          >
            Delete all
          </button>
        ) : (
          <span className={styles.confirm}>
            Delete every saved check from this browser?{' '}
            <button
              ref={confirmRef}
              type="button"
              className="button button--danger"
              onClick={() => {
                withStorage(deleteAllChecks);
                setConfirmingDeleteAll(false);
                focusAfter.current = 'status';
                setMessage({ kind: 'done', text: 'Every saved check was deleted.' });
              }}
            >
              Yes, delete all
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                focusAfter.current = 'delete-all';
                setConfirmingDeleteAll(false);
              }}
            >
              Keep them
            </button>
          </span>
        )}
      </div>
    </>
  );
}
