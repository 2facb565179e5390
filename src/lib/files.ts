/**
 * Files the reader hands the site or takes away, without the DOM: a text file read with a size cap
 * (refused unread when too big, refused when it is not text, each refusal naming the file), a
 * download described by its name, type and text, and file sizes in words. Clicking an object URL
 * is the browser's part: src/components/DownloadButton. Pure TS; a browser File fits `TextFile`.
 */

/** What reading needs of a file: a browser `File` has it. */
export interface TextFile {
  readonly name: string;
  /** In bytes. */
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
  text(): Promise<string>;
}

export type ReadText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** How much of a file is looked at for a NUL byte before the whole is read (git's heuristic looks at as much). */
export const SNIFF_BYTES = 8000;

const KB = 1024;
const MB = 1024 * KB;

/**
 * "812 B", "24.1 KB", "1 MB", "1.5 MB". Kilobytes keep their decimal, as the drawings' sizes are
 * listed; megabytes drop a ".0", so a limit reads "1 MB".
 */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${Number((bytes / MB).toFixed(1))} MB`;
}

/**
 * Reads a UTF-8 text file. A file over `maxBytes` is refused before any of it is read; a file with a
 * NUL byte (an image, a spreadsheet, a zip) is refused as not text, after a look at its start when
 * the start shows it. Every refusal names the file.
 */
export async function readTextFile(file: TextFile, maxBytes: number): Promise<ReadText> {
  const name = `“${file.name}”`;
  if (file.size > maxBytes) {
    return { ok: false, message: `${name} is larger than ${formatBytes(maxBytes)}, the most this page reads, so it was not read.` };
  }
  const notText = { ok: false, message: `${name} is not a text file (it holds binary data), so it was not read.` } as const;
  try {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    if (head.includes(0)) return notText;
    const text = await file.text();
    return text.includes('\u0000') ? notText : { ok: true, text };
  } catch {
    return { ok: false, message: `${name} could not be read; it may have been moved or changed since it was chosen.` };
  }
}

/** A file to hand the reader: its name, media type and text. */
export interface Download {
  readonly filename: string;
  readonly type: string;
  readonly text: string;
}

/** A download of text; the name must be a plain file name, since it is all the reader sees of it. */
export function textDownload(filename: string, type: string, text: string): Download {
  if (!/^[^\\/:*?"<>|]+\.[a-z0-9]+$/i.test(filename)) throw new Error(`“${filename}” is not a plain file name with an extension.`);
  return { filename, type, text };
}

/**
 * Cells a spreadsheet would run as a formula: those starting with =, +, -, @, a tab or a carriage
 * return. Given to papaparse's `escapeFormulae`, which then puts an apostrophe before them; its own
 * pattern (`true`) misses a formula followed by a line break.
 */
export const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/;

/**
 * Rows as a CSV download. A cell such as "=HYPERLINK(…)" stays text when a spreadsheet opens the
 * file (SPREADSHEET_FORMULA). papaparse loads only when a CSV is asked for.
 */
export async function csvDownload(filename: string, rows: readonly (readonly string[])[]): Promise<Download> {
  const { unparse } = await import('papaparse');
  return textDownload(filename, 'text/csv', unparse(rows.map((row) => [...row]), { escapeFormulae: SPREADSHEET_FORMULA }));
}
