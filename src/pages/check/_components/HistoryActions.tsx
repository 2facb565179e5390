import { useEffect, useRef, useState } from 'react';
import DownloadButton from '@site/src/components/DownloadButton';
import type { Download, TextFile } from '@site/src/lib/files';
import styles from './HistoryActions.module.css';

interface Props {
  /** Whether there is a check to export. */
  canExport: boolean;
  /** Whether there is anything of ours in storage, readable or not, to delete. */
  canDeleteAll: boolean;
  jsonExport: () => Download;
  csvExport: () => Promise<Download>;
  onImport: (file: TextFile) => void;
  /** After it, the button that was pressed is gone: the caller moves focus to what happened. */
  onDeleteAll: () => void;
}

/** Export, import, and delete every saved check after asking first. */
export default function HistoryActions({ canExport, canDeleteAll, jsonExport, csvExport, onImport, onDeleteAll }: Props) {
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteAllRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  // Focus follows the confirmation: onto "Yes, delete all" when it appears, back to "Delete all"
  // when the reader keeps the checks.
  const focusAfter = useRef<'confirm' | 'delete-all' | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'confirm') confirmRef.current?.focus();
    else if (target === 'delete-all') deleteAllRef.current?.focus();
  });

  return (
    <div className={styles.actions}>
      <DownloadButton disabled={!canExport} file={jsonExport}>
        Export as JSON
      </DownloadButton>
      <DownloadButton disabled={!canExport} file={csvExport}>
        Export as CSV
      </DownloadButton>
      <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
        Import a JSON export
      </button>
      <input
        ref={fileInput}
        hidden
        type="file"
        aria-label="A loop check history export (JSON)"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again is a change too.
          event.target.value = '';
          if (file) onImport(file);
        }}
      />
      {!confirming ? (
        <button
          ref={deleteAllRef}
          type="button"
          className="button button--secondary"
          disabled={!canDeleteAll}
          onClick={() => {
            focusAfter.current = 'confirm';
            setConfirming(true);
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
              setConfirming(false);
              onDeleteAll();
            }}
          >
            Yes, delete all
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              focusAfter.current = 'delete-all';
              setConfirming(false);
            }}
          >
            Keep them
          </button>
        </span>
      )}
    </div>
  );
}
