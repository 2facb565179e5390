import { useEffect, useId, useState, type DragEvent } from 'react';
import DownloadButton from '@site/src/components/DownloadButton';
import { textDownload } from '@site/src/lib/files';
import { RECORD_KINDS, SAMPLE_FILE_NAMES } from '@site/src/lib/measure/formats';
import styles from './Loader.module.css';

/** What pasted text is called in messages. */
export const PASTED_NAME = 'pasted text';

interface Props {
  onFiles: (files: readonly File[]) => void;
  onPaste: (text: string) => void;
  onSample: () => void;
  busy: boolean;
}

/** Whether a drag carries files (not text or a link). */
const carriesFiles = (data: DataTransfer | null): boolean => data !== null && Array.from(data.types).includes('Files');

/**
 * The files of a drop, and the names of any folders dropped with them. A folder arrives as a File that
 * cannot be read; the drop's items say which ones are folders (where a browser lists items as files).
 */
export function droppedFiles(data: DataTransfer): { files: File[]; folders: string[] } {
  const files = Array.from(data.files);
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  if (items.length !== files.length) return { files, folders: [] };
  const isFolder = items.map((item) => typeof item.webkitGetAsEntry === 'function' && item.webkitGetAsEntry()?.isDirectory === true);
  return { files: files.filter((_, i) => !isFolder[i]), folders: files.filter((_, i) => isFolder[i]).map((file) => file.name) };
}

/** What a drop says while the files before are still being read; it goes once they are. */
const BUSY_MESSAGE = 'The files before are still being read: drop these again once their figures are shown.';

/** What a drop that hands nothing on says, or undefined when files were handed on and nothing was set aside. */
function dropMessage(files: readonly File[], folders: readonly string[], busy: boolean): string | undefined {
  if (busy) return BUSY_MESSAGE;
  const folderText =
    folders.length === 0
      ? undefined
      : `${folders.map((name) => `“${name}”`).join(', ')} ${folders.length === 1 ? 'is a folder' : 'are folders'}, so ${folders.length === 1 ? 'it was' : 'they were'} not read: drop or choose the files inside instead.`;
  if (files.length > 0) return folderText;
  return folderText ?? 'Nothing was read: what was dropped held no file. Drop record files (CSV or JSON), or choose them.';
}

/** Picking or dropping files, pasting CSV, or trying the sample (also offered for download). */
export default function Loader({ onFiles, onPaste, onSample, busy }: Props) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);

  // Files dropped beside the drop zone would open in the tab, in place of the page and its figures: there the
  // drag is refused (the pointer shows it), and a drop that still comes does nothing.
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent): void => {
      if (event.defaultPrevented || !carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.type === 'dragover' && event.dataTransfer !== null) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  // Once the files before are read, the message asking to wait is out of date.
  const shownMessage = message === BUSY_MESSAGE && !busy ? undefined : message;

  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    // While files are being read, the zone takes no more (the pointer shows it) and does not invite them.
    event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    setOver(!busy);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setOver(false);
    const { files, folders } = droppedFiles(event.dataTransfer);
    setMessage(dropMessage(files, folders, busy));
    if (files.length > 0 && !busy) onFiles(files);
  };
  return (
    <div className={styles.loader}>
      <div
        className={styles.drop}
        data-over={over || undefined}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={(event) => {
          // Leaving for the label or the input inside is not leaving the zone.
          if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setOver(false);
        }}
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
            setMessage(undefined);
            if (files.length > 0) onFiles(files);
          }}
        />
        {over && <p className={styles.release}>Release to read the files.</p>}
      </div>
      {shownMessage !== undefined && (
        <p className={styles.message} role="alert">
          {shownMessage}
        </p>
      )}
      <div className={styles.paste}>
        <label htmlFor={`${id}-paste`}>Or paste CSV text (one kind of record, with its header row)</label>
        <textarea id={`${id}-paste`} rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} spellCheck={false} />
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || pasted.trim() === ''}
          onClick={() => {
            setMessage(undefined);
            onPaste(pasted);
          }}
        >
          Read the pasted text
        </button>
      </div>
      <div className={styles.sample}>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => {
            setMessage(undefined);
            onSample();
          }}
        >
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
                  return textDownload(SAMPLE_FILE_NAMES[kind], 'text/csv', sampleRecords()[kind]);
                }}
              >
                {`Download ${SAMPLE_FILE_NAMES[kind]}`}
              </DownloadButton>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
