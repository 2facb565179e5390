import { useId, useState, type DragEvent } from 'react';
import DownloadButton from '@site/src/components/DownloadButton';
import { textDownload } from '@site/src/lib/files';
import { RECORD_KINDS } from '@site/src/lib/measure/formats';
import styles from './Loader.module.css';

/** The names the page gives the sample's files; the same as the engine gives them (engine.ts). */
const SAMPLE_NAMES = { deployments: 'sample-deployments.csv', changes: 'sample-changes.csv', incidents: 'sample-incidents.csv' } as const;

/** What pasted text is called in messages. */
export const PASTED_NAME = 'pasted text';

interface Props {
  onFiles: (files: readonly File[]) => void;
  onPaste: (text: string) => void;
  onSample: () => void;
  busy: boolean;
}

/** Picking or dropping files, pasting CSV, or trying the sample (also offered for download). */
export default function Loader({ onFiles, onPaste, onSample, busy }: Props) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0 && !busy) onFiles(files);
  };
  return (
    <div className={styles.loader}>
      <div
        className={styles.drop}
        data-over={over || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-files`} className={styles.fileLabel}>
          Choose record files (CSV or JSON; several at once), or drop them here
        </label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.json,text/csv,application/json,text/plain"
          disabled={busy}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared, so choosing the same file again after fixing it reads it again.
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      <div className={styles.paste}>
        <label htmlFor={`${id}-paste`}>Or paste CSV text (one kind of record, with its header row)</label>
        <textarea id={`${id}-paste`} rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} spellCheck={false} />
        <button type="button" className="button button--secondary" disabled={busy || pasted.trim() === ''} onClick={() => onPaste(pasted)}>
          Read the pasted text
        </button>
      </div>
      <div className={styles.sample}>
        <button type="button" className="button button--primary" disabled={busy} onClick={onSample}>
          Try it with sample records
        </button>
        <p>
          Sample records: two made-up services over twenty weeks, generated on this page. Download them to see the
          format:
        </p>
        <ul className={styles.downloads}>
          {RECORD_KINDS.map((kind) => (
            <li key={kind}>
              <DownloadButton
                className="button button--link"
                file={async () => {
                  const { sampleRecords } = await import('@site/src/lib/measure/generate');
                  return textDownload(SAMPLE_NAMES[kind], 'text/csv', sampleRecords()[kind]);
                }}
              >
                {`Download ${SAMPLE_NAMES[kind]}`}
              </DownloadButton>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
