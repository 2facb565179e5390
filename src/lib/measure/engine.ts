/**
 * The records calculator as /measure runs it, in a Web Worker (or on the page when a browser has none):
 * it keeps the files read so far, one set per kind, reads new ones through lib/files (refused unread over
 * 200 MB, refused when binary), and answers with plain data that crosses a worker boundary. A batch of
 * files replaces the records of the kinds it brings only for the files read successfully: a bad file
 * leaves the previous records, and so the previous figures, in place. Pure TS (no DOM, no React).
 */
import { readTextFile, type TextFile } from '../files';
import { computeFigures, type Figures } from './compute';
import { figuresCsv, figuresJson, weeklyCsv } from './export';
import { RECORD_KINDS, SAMPLE_FILE_NAMES, type RecordKind } from './formats';
import { sampleRecords, type GeneratedRecords } from './generate';
import { MAX_FILE_BYTES, parseRecordFile, type FileInput, type ParsedFile, type ReadFile } from './parse';
import type { ProblemGroup } from './problems';
import { buildRecordSet, type RecordSet } from './recordSet';

/** What the page shows of one file of a batch. */
export type FileReport =
  | {
      readonly ok: true;
      readonly name: string;
      readonly kind: RecordKind;
      readonly rows: number;
      readonly leftOut: number;
      /** One sentence on the rows left out; undefined when none were. */
      readonly summary?: string;
      readonly problems: readonly ProblemGroup[];
    }
  | { readonly ok: false; readonly name: string; readonly message: string; readonly problems?: readonly ProblemGroup[] };

/** What the page shows of the records in use. */
export interface SetSummary {
  /** The files in use, per kind, with their record counts. */
  readonly files: readonly { readonly kind: RecordKind; readonly name: string; readonly records: number }[];
  readonly loaded: Readonly<Record<RecordKind, boolean>>;
  /** Every service named, sorted; '' stands for records without one. */
  readonly services: readonly string[];
  readonly span: { readonly from: number; readonly to: number } | undefined;
  readonly contradictions: readonly ProblemGroup[];
  readonly repeated: readonly ProblemGroup[];
}

export interface LoadResult {
  readonly files: readonly FileReport[];
  /** Whether any file of the batch was read, so the records changed. */
  readonly changed: boolean;
  /** The records in use after the batch (the previous ones when nothing was read); undefined before any. */
  readonly summary: SetSummary | undefined;
}

export interface FigureRequest {
  readonly service: string | null;
  readonly from?: number;
  readonly to?: number;
}

export interface Exports {
  readonly figuresCsv: string;
  readonly weeklyCsv: string;
  readonly json: string;
}

/** A step of the work, for a progress indicator: `done` of `total` steps. */
export interface Progress {
  readonly text: string;
  readonly done: number;
  readonly total: number;
}

export type OnProgress = (progress: Progress) => void;

/** A file chosen in the browser, or text pasted or made on the page. */
export type EngineInput = TextFile | FileInput;

const isText = (input: EngineInput): input is FileInput => typeof (input as FileInput).text === 'string';

const report = (file: ParsedFile): FileReport =>
  file.ok
    ? { ok: true, name: file.name, kind: file.kind, rows: file.rows, leftOut: file.leftOut, problems: file.problems, ...(file.summary === undefined ? {} : { summary: file.summary }) }
    : { ok: false, name: file.name, message: file.message, ...(file.problems === undefined ? {} : { problems: file.problems }) };


export const sampleInputs = (records: GeneratedRecords = sampleRecords()): FileInput[] =>
  RECORD_KINDS.map((kind) => ({ name: SAMPLE_FILE_NAMES[kind], text: records[kind] }));

export class MeasureEngine {
  private readonly files = new Map<RecordKind, ReadFile[]>();
  private set: RecordSet | undefined;

  /** Reads a batch of files; the kinds it brings replace the earlier files of those kinds. */
  async load(inputs: readonly EngineInput[], onProgress: OnProgress = () => {}): Promise<LoadResult> {
    const total = inputs.length * 2 + 1;
    const parsed: ParsedFile[] = [];
    for (const [i, input] of inputs.entries()) {
      const name = `“${input.name}”`;
      onProgress({ text: `Reading ${name}`, done: i * 2, total });
      let text: string;
      if (isText(input)) text = input.text;
      else {
        const read = await readTextFile(input, MAX_FILE_BYTES);
        if (!read.ok) {
          parsed.push({ ok: false, name: input.name, code: input.size > MAX_FILE_BYTES ? 'too-large' : 'not-text', message: read.message });
          continue;
        }
        text = read.text;
      }
      onProgress({ text: `Reading the records in ${name}`, done: i * 2 + 1, total });
      parsed.push(parseRecordFile({ name: input.name, text }));
    }
    const read = parsed.filter((file): file is ReadFile => file.ok);
    if (read.length > 0) {
      onProgress({ text: 'Joining the records', done: total - 1, total });
      const next = new Map(this.files);
      for (const kind of RECORD_KINDS) {
        const ofKind = read.filter((file) => file.kind === kind);
        if (ofKind.length > 0) next.set(kind, ofKind);
      }
      this.set = buildRecordSet([...next.values()].flat());
      this.files.clear();
      for (const [kind, files] of next) this.files.set(kind, files);
    }
    return { files: parsed.map(report), changed: read.length > 0, summary: this.summary() };
  }

  /** Reads the page's sample records. */
  loadSample(onProgress?: OnProgress): Promise<LoadResult> {
    this.files.clear();
    return this.load(sampleInputs(), onProgress);
  }

  /** Forgets every record. */
  clear(): void {
    this.files.clear();
    this.set = undefined;
  }

  summary(): SetSummary | undefined {
    const { set } = this;
    if (set === undefined) return undefined;
    return {
      files: RECORD_KINDS.flatMap((kind) => (this.files.get(kind) ?? []).map((file) => ({ kind, name: file.name, records: file.records.length }))),
      loaded: set.loaded,
      services: set.services,
      span: set.span,
      contradictions: set.contradictions,
      repeated: set.repeated,
    };
  }

  figures(request: FigureRequest): Figures | undefined {
    return this.set === undefined ? undefined : computeFigures(this.set, request);
  }

  /** The figures of all services together and of each service, over one range, as CSV and JSON. */
  exports(range: Omit<FigureRequest, 'service'>): Exports | undefined {
    const { set } = this;
    if (set === undefined) return undefined;
    const results = [null, ...set.services].map((service) => computeFigures(set, { ...range, service }));
    return { figuresCsv: figuresCsv(results), weeklyCsv: weeklyCsv(results), json: figuresJson(results) };
  }
}

