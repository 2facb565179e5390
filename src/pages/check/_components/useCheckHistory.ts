import { useEffect, useState } from 'react';
import type { CheckQuery } from '@site/src/lib/checkLink';
import {
  deleteAllChecks,
  deleteCheck,
  exportHistory,
  historyCsvRows,
  importChecks,
  loadHistory,
  MAX_IMPORT_BYTES,
  newSavedCheck,
  readHistoryImport,
  saveCheck,
  type CheckStorage,
  type LoadedCheck,
  type LoadedHistory,
  type SavedCheck,
} from '@site/src/lib/checkHistory';
import { csvDownload, readTextFile, textDownload, type Download, type TextFile } from '@site/src/lib/files';
import { plural } from '@site/src/lib/plural';

export interface HistoryMessage {
  readonly kind: 'done' | 'error';
  readonly text: string;
  /** Tells one message from the same words said again, so the status re-announces it. */
  readonly count: number;
}

/** The browser's localStorage, or undefined where it is switched off (some private modes throw on access). */
function browserStorage(): CheckStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const NO_STORAGE = 'This browser does not let the site store anything, so checks cannot be saved here.';
const UNCHANGED = 'Your saved checks were not changed.';

const dateOf = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A saved check as the table and messages name it: "2 Dec 2026, 10:00, Payments". */
export const savedLabel = (check: SavedCheck): string => `${dateOf(check.savedAt)}${check.team ? `, ${check.team}` : ''}`;

/** "Imported 1 new check; 1 was already saved." */
export const importedText = (added: number, inFile: number): string =>
  `Imported ${plural(added, { one: 'new check', other: 'new checks' })}; ${plural(inFile - added, { one: 'was', other: 'were' })} already saved.`;

export interface CheckHistory extends LoadedHistory {
  /** What the last action did, for the status line; null before any. */
  readonly message: HistoryMessage | null;
  save: (query: CheckQuery, team: string) => void;
  remove: (check: LoadedCheck) => void;
  removeAll: () => void;
  /** Reads an export the reader chose; a wrong or damaged file changes nothing and says why. */
  importFile: (file: TextFile) => Promise<void>;
  jsonExport: () => Download;
  csvExport: () => Promise<Download>;
}

/**
 * The reader's saved checks in this browser's storage, and what they can do with them: save,
 * delete, export and import (merging only the checks not saved yet). Storage is read after
 * hydration, never while the server renders.
 */
export default function useCheckHistory(): CheckHistory {
  const [history, setHistory] = useState<LoadedHistory>({ checks: [], unreadable: [] });
  const [message, setMessage] = useState<HistoryMessage | null>(null);
  const say = (kind: HistoryMessage['kind'], text: string): void => setMessage((last) => ({ kind, text, count: (last?.count ?? 0) + 1 }));

  useEffect(() => {
    const storage = browserStorage();
    // The history lives in this browser only: read it after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (storage) setHistory(loadHistory(storage));
  }, []);

  const withStorage = (act: (storage: CheckStorage) => void): void => {
    const storage = browserStorage();
    if (!storage) {
      say('error', NO_STORAGE);
      return;
    }
    act(storage);
    setHistory(loadHistory(storage));
  };

  return {
    ...history,
    message,
    save: (query, team) =>
      withStorage((storage) => {
        const result = saveCheck(storage, newSavedCheck(query, team, new Date(), crypto.randomUUID()));
        if (result.ok) say('done', 'Saved in this browser.');
        else say('error', result.message);
      }),
    remove: (check) =>
      withStorage((storage) => {
        deleteCheck(storage, check.id);
        say('done', `Deleted the check saved ${savedLabel(check)}.`);
      }),
    removeAll: () =>
      withStorage((storage) => {
        deleteAllChecks(storage);
        say('done', 'Every saved check was deleted.');
      }),
    importFile: async (file) => {
      const read = await readTextFile(file, MAX_IMPORT_BYTES);
      const parsed = read.ok ? readHistoryImport(read.text) : read;
      if (!parsed.ok) {
        say('error', `${parsed.message} ${UNCHANGED}`);
        return;
      }
      withStorage((storage) => {
        const result = importChecks(storage, parsed.checks);
        if (result.ok) say('done', importedText(result.added, parsed.checks.length));
        else say('error', result.message);
      });
    },
    jsonExport: () => textDownload('loop-checks.json', 'application/json', exportHistory(history.checks, new Date())),
    csvExport: () => csvDownload('loop-checks.csv', historyCsvRows(history.checks)),
  };
}
