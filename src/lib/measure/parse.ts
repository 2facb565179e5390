/**
 * Reads one file's text into records: CSV (with papaparse) or JSON (an array of objects, checked with
 * valibot). The file's kind comes from its columns; column names match in any case and unknown columns
 * are ignored. A row that cannot be read is left out and counted, never guessed; a file where more than
 * half the rows cannot be read is refused whole. Pure TS: reading the file from disk happens elsewhere.
 */
import { parse as parseCsv } from 'papaparse';
import * as v from 'valibot';
import {
  RECORD_KINDS,
  recordColumns,
  requiredColumns,
  type Change,
  type ColumnSpec,
  type Deployment,
  type Incident,
  type RecordByKind,
  type RecordKind,
} from './formats';
import { ProblemLog, agree, countOf, describeLeftOut, quote, rowLabel, type FileProblemCode, type Problem, type ProblemGroup, type RowProblemCode } from './problems';
import { isoUtc, parseTimestamp } from './time';

/** A file's name and its text, as read by the File API or pasted. */
export interface FileInput {
  readonly name: string;
  readonly text: string;
}

export type FileFormat = 'csv' | 'json';

/** A file is refused whole when more than this share of its rows cannot be read. */
export const MAX_BAD_ROW_SHARE = 0.5;

/** Files larger than this (200 MB) are refused before they are read: engine.ts reads through lib/files with this cap. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The records of one kind. */
export type KindRecords = { [K in RecordKind]: { readonly kind: K; readonly records: readonly RecordByKind[K][] } }[RecordKind];

/** A file that was read: its records, and the rows left out and why. */
export type ReadFile = KindRecords & {
  readonly ok: true;
  readonly name: string;
  readonly format: FileFormat;
  /** Rows holding a record (blank rows are not counted). */
  readonly rows: number;
  /** Rows left out because they could not be read. */
  readonly leftOut: number;
  readonly problems: readonly ProblemGroup[];
  /** One sentence on the rows left out; undefined when none were. */
  readonly summary?: string;
  /** Ids of the rows left out, where the id itself was readable. */
  readonly leftOutIds: ReadonlySet<string>;
};

/** A file that was refused whole: nothing from it is used. */
export interface RefusedFile {
  readonly ok: false;
  readonly name: string;
  readonly code: FileProblemCode;
  /** A full sentence naming the file and what to do. */
  readonly message: string;
  /** The columns found, lower case, when the header was read. */
  readonly columns?: readonly string[];
  /** For a file refused for its rows: why they could not be read. */
  readonly problems?: readonly ProblemGroup[];
}

export type ParsedFile = ReadFile | RefusedFile;

const KIND_SINGULAR: Record<RecordKind, string> = { deployments: 'deployment', changes: 'change', incidents: 'incident' };

/** "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What each kind needs, for messages: "deployments need id and finished_at; …". */
export const kindsNeed = (): string => RECORD_KINDS.map((kind) => `${kind} need ${listWords(requiredColumns(kind))}`).join('; ');

const refuse = (name: string, code: FileProblemCode, message: string, extra: Partial<RefusedFile> = {}): RefusedFile => ({
  ok: false,
  name,
  code,
  message,
  ...extra,
});

/** Which kind a file's columns fit, or why none does. */
function detectKind(name: string, columns: readonly string[]): RecordKind | RefusedFile {
  const present = new Set(columns);
  const fits = RECORD_KINDS.filter((kind) => requiredColumns(kind).every((c) => present.has(c)));
  const found = columns.filter((c) => c !== '');
  const foundText = found.length === 0 ? 'no column names' : `the columns ${listWords(found)}`;
  if (fits.length > 1) {
    return refuse(name, 'ambiguous-kind', `${name} has the required columns of both ${listWords(fits)}; keep each kind of record in its own file.`, {
      columns: found,
    });
  }
  const [kind] = fits;
  if (kind !== undefined) return kind;
  // A kind is "meant" when the file has a column only that kind has (ids and services are shared).
  const meant = RECORD_KINDS.filter((k) => recordColumns[k].some((c: ColumnSpec) => c.name !== 'id' && c.name !== 'service' && present.has(c.name)));
  const [only] = meant;
  if (meant.length === 1 && only !== undefined) {
    const missing = requiredColumns(only).filter((c) => !present.has(c));
    return refuse(
      name,
      'missing-column',
      `${name} looks like ${only} but has no ${listWords(missing)} ${agree(missing.length, 'column', 'columns')}; it has ${foundText}. ${capitalise(kindsNeed())}.`,
      { columns: found },
    );
  }
  return refuse(name, 'unknown-kind', `${name} fits none of the three kinds: it has ${foundText}. ${capitalise(kindsNeed())}.`, { columns: found });
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A row's problem: what, in which column, and the value found. */
interface RowIssue {
  readonly code: RowProblemCode;
  readonly column?: string;
  readonly detail: string;
  readonly reason: string;
  readonly id?: string;
}

const missing = (column: string, kind: RecordKind): RowIssue => ({
  code: 'missing-value',
  column,
  detail: `${column} is empty; every ${KIND_SINGULAR[kind]} needs one`,
  reason: `${column} is empty`,
});

/** A timestamp cell read, or its problem. */
function readTime(value: string, column: string, kind: RecordKind): number | RowIssue {
  if (value === '') return missing(column, kind);
  const ms = parseTimestamp(value);
  if (typeof ms === 'number') return ms;
  const q = quote(value);
  switch (ms) {
    case 'no-offset':
      return { code: 'timestamp-no-offset', column, detail: `${q} has no UTC offset; add Z or an offset such as +01:00`, reason: `${column} has no UTC offset` };
    case 'date-only':
      return {
        code: 'timestamp-date-only',
        column,
        detail: `${q} is a date without a time and UTC offset`,
        reason: `${column} has no time and UTC offset`,
      };
    case 'invalid':
      return { code: 'timestamp-invalid', column, detail: `${q} is not a real date and time`, reason: `${column} is not a real date and time` };
    default:
      return {
        code: 'timestamp-unreadable',
        column,
        detail: `${q} is not an ISO 8601 date and time such as 2025-03-01T09:30:00Z`,
        reason: `${column} is not an ISO 8601 date and time`,
      };
  }
}

const isIssue = (value: number | RowIssue): value is RowIssue => typeof value !== 'number';

/** Splits a `changes` cell on spaces and semicolons, dropping repeats. */
export function splitChanges(cell: string): string[] {
  if (cell === '') return [];
  const ids = cell.split(/[\s;]+/).filter((id) => id !== '');
  return ids.length > 1 ? [...new Set(ids)] : ids;
}

/** What a reader needs besides the row: the file's name, and one copy of each repeated short value. */
interface ReadContext {
  readonly file: string;
  readonly intern: (value: string) => string;
}

// A reader takes the row's cells and, for each of recordColumns[kind] in order, its cell's index (-1 when the
// file has no such column). Cells are trimmed here.
type Reader<R> = (cells: readonly string[], ix: readonly number[], context: ReadContext, row: number) => R | RowIssue;

const cellAt = (cells: readonly string[], ix: readonly number[], j: number): string => {
  const i = ix[j] as number;
  return i < 0 ? '' : (cells[i] ?? '').trim();
};

const readDeployment: Reader<Deployment> = (cells, ix, context, row) => {
  const id = cellAt(cells, ix, 0);
  if (id === '') return missing('id', 'deployments');
  const finishedAt = readTime(cellAt(cells, ix, 1), 'finished_at', 'deployments');
  if (isIssue(finishedAt)) return { ...finishedAt, id };
  const statusCell = cellAt(cells, ix, 4);
  const statusLower = statusCell.toLowerCase();
  const status = statusLower === '' || statusLower === 'success' ? 'success' : statusLower === 'failure' || statusLower === 'failed' ? 'failure' : undefined;
  if (status === undefined) {
    return {
      code: 'bad-status',
      column: 'status',
      detail: `${quote(statusCell)} is not a status this page reads: use success, failure or failed`,
      reason: 'status is not success, failure or failed',
      id,
    };
  }
  const unplannedCell = cellAt(cells, ix, 6);
  const unplannedLower = unplannedCell.toLowerCase();
  if (unplannedLower !== '' && unplannedLower !== 'true' && unplannedLower !== 'false') {
    return {
      code: 'bad-unplanned',
      column: 'unplanned',
      detail: `${quote(unplannedCell)} is neither true nor false`,
      reason: 'unplanned is neither true nor false',
      id,
    };
  }
  const environment = cellAt(cells, ix, 3);
  return {
    id,
    finishedAt,
    service: context.intern(cellAt(cells, ix, 2)),
    environment: environment === '' ? 'production' : context.intern(environment),
    status,
    changes: splitChanges(cellAt(cells, ix, 5)),
    unplanned: unplannedLower === 'true',
    file: context.file,
    row,
  };
};

const readChange: Reader<Change> = (cells, ix, context, row) => {
  const id = cellAt(cells, ix, 0);
  if (id === '') return missing('id', 'changes');
  const committedAt = readTime(cellAt(cells, ix, 1), 'committed_at', 'changes');
  if (isIssue(committedAt)) return { ...committedAt, id };
  return { id, committedAt, service: context.intern(cellAt(cells, ix, 2)), file: context.file, row };
};

const readIncident: Reader<Incident> = (cells, ix, context, row) => {
  const id = cellAt(cells, ix, 0);
  if (id === '') return missing('id', 'incidents');
  const startedAt = readTime(cellAt(cells, ix, 1), 'started_at', 'incidents');
  if (isIssue(startedAt)) return { ...startedAt, id };
  const resolvedAt = readTime(cellAt(cells, ix, 2), 'resolved_at', 'incidents');
  if (isIssue(resolvedAt)) return { ...resolvedAt, id };
  if (resolvedAt < startedAt) {
    return {
      code: 'resolved-before-started',
      column: 'resolved_at',
      detail: `incident ${quote(id)} was resolved (${isoUtc(resolvedAt)}) before it started (${isoUtc(startedAt)})`,
      reason: 'the incident was resolved before it started',
      id,
    };
  }
  return {
    id,
    startedAt,
    resolvedAt,
    service: context.intern(cellAt(cells, ix, 3)),
    causedBy: cellAt(cells, ix, 4),
    file: context.file,
    row,
  };
};

const readers: { [K in RecordKind]: Reader<RecordByKind[K]> } = { deployments: readDeployment, changes: readChange, incidents: readIncident };

/** Collects a file's records and the rows left out. */
class RowCollector<K extends RecordKind> {
  readonly records: RecordByKind[K][] = [];
  readonly log = new ProblemLog();
  readonly leftOutIds = new Set<string>();
  rows = 0;
  private readonly read: Reader<RecordByKind[K]>;
  private readonly context: ReadContext;

  constructor(
    readonly name: string,
    readonly format: FileFormat,
    readonly kind: K,
  ) {
    this.read = readers[kind];
    // Services and environments repeat on every row: one string each keeps a large file's records small.
    const seen = new Map<string, string>();
    const intern = (value: string): string => {
      const known = seen.get(value);
      if (known !== undefined) return known;
      if (seen.size < 10_000) seen.set(value, value);
      return value;
    };
    this.context = { file: name, intern };
  }

  /** Reads one row's cells. */
  row(cells: readonly string[], ix: readonly number[], row: number): void {
    this.rows += 1;
    const result = this.read(cells, ix, this.context, row);
    if ('code' in result) this.issue(row, result);
    else this.records.push(result);
  }

  /** Leaves a row out for a reason found before its cells were read. */
  issue(row: number, issue: RowIssue): void {
    if (issue.id !== undefined) this.leftOutIds.add(issue.id);
    this.log.add(issue.code, issue.column, issue.reason, (): Problem => ({
      code: issue.code,
      message: `${this.name}, ${rowLabel(this.format, row)}${issue.column === undefined ? '' : `, column ${issue.column}`}: ${issue.detail}.`,
      file: this.name,
      row,
      ...(issue.column === undefined ? {} : { column: issue.column }),
    }));
  }

  /** Counts a row and leaves it out. */
  reject(row: number, issue: RowIssue): void {
    this.rows += 1;
    this.issue(row, issue);
  }

  /** The file read, or refused when it has no rows or too many bad ones. */
  finish(): ParsedFile {
    const { name, format, rows } = this;
    const leftOut = this.log.total;
    const problems = this.log.list();
    const unit = format === 'csv' ? 'rows' : 'items';
    if (rows === 0) {
      return refuse(name, 'no-rows', `${name} has ${this.kind} columns but no ${unit} with records.`);
    }
    if (leftOut > rows * MAX_BAD_ROW_SHARE) {
      const first = problems[0]?.examples[0]?.message ?? '';
      return refuse(
        name,
        'too-many-bad-rows',
        `${name} was not used: ${leftOut} of its ${rows} ${unit} cannot be read, more than half. ${first}`.trim(),
        { problems },
      );
    }
    const base = { ok: true as const, name, format, rows, leftOut, problems, leftOutIds: this.leftOutIds };
    const summary = leftOut === 0 ? {} : { summary: describeLeftOut(name, format, leftOut, rows, problems) };
    // The collector's kind and records match by construction; the union needs them paired again.
    return { ...base, ...summary, ...({ kind: this.kind, records: this.records } as KindRecords) };
  }
}

/** The first non-blank line decides the delimiter: comma, else tab, else semicolon (some spreadsheets' CSV). */
function headerDelimiter(text: string): string {
  const start = text.search(/\S/);
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? undefined : end);
  if (line.includes(',')) return ',';
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  return ',';
}

const isBlank = (cells: readonly string[]): boolean => {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
};

/** The header's index for each of the kind's columns (-1 when absent), or a refusal for a repeated column. */
function columnIndexes(name: string, kind: RecordKind, columns: readonly string[]): number[] | RefusedFile {
  const indexes: number[] = [];
  for (const spec of recordColumns[kind] as readonly ColumnSpec[]) {
    const first = columns.indexOf(spec.name);
    if (first >= 0 && columns.indexOf(spec.name, first + 1) >= 0) {
      return refuse(name, 'duplicate-column', `${name} has more than one column named ${spec.name}; keep one.`, { columns });
    }
    indexes.push(first);
  }
  return indexes;
}

interface CsvState {
  readonly collector: RowCollector<RecordKind>;
  readonly ix: readonly number[];
  readonly width: number;
}

function readCsvText(name: string, text: string): ParsedFile {
  let index = -1;
  let state: CsvState | undefined;
  let refused: RefusedFile | undefined;
  // Row by row (papaparse's step) rather than all rows at once: a large file never exists twice in memory.
  parseCsv<string[]>(text, {
    delimiter: headerDelimiter(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      index += 1;
      const row = index + 1;
      const cells = result.data;
      const quoteError = result.errors.length === 0 ? undefined : result.errors.find((e) => e.type === 'Quotes');
      if (quoteError?.code === 'MissingQuotes') {
        refused = refuse(name, 'unclosed-quote', `${name}, row ${row}: a quote opens a cell and is never closed, so the rest of the file cannot be read.`);
        parser.abort();
        return;
      }
      if (isBlank(cells)) return;
      if (state === undefined) {
        const columns = cells.map((cell) => cell.trim().toLowerCase());
        const kind = detectKind(name, columns);
        const ix = typeof kind === 'string' ? columnIndexes(name, kind, columns) : kind;
        if (typeof kind !== 'string' || !Array.isArray(ix)) {
          refused = Array.isArray(ix) ? undefined : ix;
          parser.abort();
          return;
        }
        state = { collector: new RowCollector(name, 'csv', kind), ix, width: columns.length };
        return;
      }
      const { collector, ix, width } = state;
      if (quoteError !== undefined) {
        collector.reject(row, { code: 'bad-quotes', detail: 'a quote sits inside a cell that is not quoted, or after a closing quote', reason: 'of misplaced quotes' });
        return;
      }
      // Extra empty cells at the end are harmless; any other difference in width means cells may have shifted.
      if (cells.length !== width && (cells.length < width || !isBlank(cells.slice(width)))) {
        collector.reject(row, {
          code: 'cell-count',
          detail: `it has ${countOf(cells.length, 'cell', 'cells')} where the header has ${width}, so its cells cannot be matched to columns`,
          reason: 'its number of cells differs from the header’s',
        });
        return;
      }
      collector.row(cells, ix, row);
    },
  });
  if (refused !== undefined) return refused;
  if (state === undefined) return refuse(name, 'empty', `${name} is empty.`);
  return state.collector.finish();
}

// JSON values each column accepts: text (ids may be whole numbers), true/false for unplanned, a list for changes.
const SafeInteger = v.pipe(v.number(), v.safeInteger());
const TextValue = v.union([v.string(), SafeInteger, v.null()]);
const TimeValue = v.union([v.string(), v.null()]);
const FlagValue = v.union([v.boolean(), v.string(), v.null()]);
const ListValue = v.union([v.string(), v.array(v.union([v.string(), SafeInteger])), v.null()]);
const JsonRecords = v.array(v.unknown());
const JsonObject = v.pipe(
  v.record(v.string(), v.unknown()),
  v.check((value) => !Array.isArray(value)),
);

const valueSchema = (column: string): { schema: v.GenericSchema; expected: string } => {
  if (column.endsWith('_at')) return { schema: TimeValue, expected: 'a timestamp as text' };
  if (column === 'unplanned') return { schema: FlagValue, expected: 'true or false' };
  if (column === 'changes') return { schema: ListValue, expected: 'text or a list of ids' };
  return { schema: TextValue, expected: 'text' };
};

const describeJson = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'text' : `a ${typeof value}`;

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value).trim();

function readJsonText(name: string, text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(name, 'bad-json', `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const list = v.safeParse(JsonRecords, data);
  if (!list.success) {
    return refuse(name, 'json-shape', `${name} holds ${describeJson(data)}; it should hold a list of records, one object per record: [{"id": …}, …].`);
  }
  const items = list.output;
  // Each object's keys, lower case; the file's columns are all the keys any object has.
  const objects: (Map<string, unknown> | undefined)[] = items.map((item) => {
    const parsed = v.safeParse(JsonObject, item);
    if (!parsed.success) return undefined;
    const keys = new Map<string, unknown>();
    for (const [key, value] of Object.entries(parsed.output)) {
      const lower = key.trim().toLowerCase();
      if (!keys.has(lower)) keys.set(lower, value);
    }
    return keys;
  });
  const columns = [...new Set(objects.flatMap((keys) => (keys === undefined ? [] : [...keys.keys()])))];
  if (items.length === 0) return refuse(name, 'no-rows', `${name} holds an empty list: no records.`);
  const kind = detectKind(name, columns);
  if (typeof kind !== 'string') return kind;
  const collector = new RowCollector(name, 'json', kind);
  const specs = recordColumns[kind] as readonly ColumnSpec[];
  const schemas = specs.map((spec) => valueSchema(spec.name));
  const ix = specs.map((_, j) => j);
  objects.forEach((keys, index) => {
    const row = index + 1;
    if (keys === undefined) {
      collector.reject(row, {
        code: 'not-an-object',
        detail: `it is ${describeJson(items[index])}, not an object with the record’s fields`,
        reason: 'it is not an object',
      });
      return;
    }
    const cells: string[] = [];
    for (let j = 0; j < specs.length; j++) {
      const column = (specs[j] as ColumnSpec).name;
      const value = keys.get(column);
      const { schema, expected } = schemas[j] as ReturnType<typeof valueSchema>;
      if (value !== undefined && !v.safeParse(schema, value).success) {
        collector.reject(row, { code: 'bad-value', column, detail: `it holds ${describeJson(value)}, not ${expected}`, reason: `${column} holds a value of the wrong type` });
        return;
      }
      cells.push(cellText(value));
    }
    collector.row(cells, ix, row);
  });
  return collector.finish();
}

/**
 * Whether the text is likely a binary file decoded as text: many undecodable bytes at the start. (A NUL byte is
 * refused earlier, by lib/files' readTextFile, for files; pasted text is checked for one here too.)
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 65_536);
  let replaced = 0;
  for (let i = head.indexOf('\uFFFD'); i >= 0; i = head.indexOf('\uFFFD', i + 1)) replaced += 1;
  return replaced > head.length / 100;
}

/** The format a file is read as: its extension, else JSON when the text starts with [ or {. */
export function formatOf(input: FileInput): FileFormat {
  const lower = input.name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return /^\s*[[{]/.test(input.text) ? 'json' : 'csv';
}

/** Reads one file's text: its kind, its records, and the rows left out; or why the whole file was refused. */
export function parseRecordFile(input: FileInput, format: FileFormat = formatOf(input)): ParsedFile {
  const { name } = input;
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  if (looksBinary(text)) return refuse(name, 'not-text', `${name} is not a text file; export CSV or JSON.`);
  if (!/\S/.test(text)) return refuse(name, 'empty', `${name} is empty.`);
  return format === 'json' ? readJsonText(name, text) : readCsvText(name, text);
}
