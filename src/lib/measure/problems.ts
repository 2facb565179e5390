/**
 * What goes wrong with records, in words a reader can act on: every message names the file, and for a
 * row problem the row and column. Rows count as a spreadsheet shows a CSV file: the header is row 1, the
 * first record row 2, a blank line is a row too, and a quoted cell holding line breaks stays one row. A
 * JSON file's records count as items from 1. Pure TS.
 */
import { plural, pluralForm } from '../plural';

/** Why a row was left out of a file. */
export type RowProblemCode =
  | 'missing-value'
  | 'timestamp-no-offset'
  | 'timestamp-date-only'
  | 'timestamp-invalid'
  | 'timestamp-unreadable'
  | 'bad-status'
  | 'bad-unplanned'
  | 'bad-value'
  | 'not-an-object'
  | 'cell-count'
  | 'bad-quotes'
  | 'resolved-before-started';

/** Why a whole file was refused. */
export type FileProblemCode =
  | 'too-large'
  | 'empty'
  | 'not-text'
  | 'bad-json'
  | 'json-shape'
  | 'unclosed-quote'
  | 'unknown-kind'
  | 'missing-column'
  | 'ambiguous-kind'
  | 'duplicate-column'
  | 'no-rows'
  | 'too-many-bad-rows';

/** A contradiction between records, found once all files are read. */
export type ContradictionCode = 'duplicate-id' | 'deployed-before-committed' | 'unknown-deployment';

/** Not a problem, but said: a row that repeats another exactly is counted once. */
export type NoteCode = 'repeated-record';

export type ProblemCode = RowProblemCode | FileProblemCode | ContradictionCode | NoteCode;

export interface Problem {
  readonly code: ProblemCode;
  /** A full sentence naming the file and, for a row, the row and column. */
  readonly message: string;
  readonly file?: string;
  /** The row (CSV) or item (JSON) number, as described above. */
  readonly row?: number;
  readonly column?: string;
}

/** Problems of one kind, counted, with the first few as examples. */
export interface ProblemGroup {
  readonly code: ProblemCode;
  readonly column?: string;
  readonly count: number;
  /** A short clause for summaries: "finished_at has no UTC offset". */
  readonly reason: string;
  readonly examples: readonly Problem[];
}

/** How many examples each group keeps. */
export const MAX_EXAMPLES = 10;

/** Counts problems by code and column, keeping the first examples of each. */
export class ProblemLog {
  private readonly groups = new Map<string, { code: ProblemCode; column?: string; count: number; reason: string; examples: Problem[] }>();
  total = 0;

  /** Counts one problem; `describe` is called only while the group still keeps examples. */
  add(code: ProblemCode, column: string | undefined, reason: string, describe: () => Problem): void {
    const key = `${code}\u0000${column ?? ''}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { code, ...(column === undefined ? {} : { column }), count: 0, reason, examples: [] };
      this.groups.set(key, group);
    }
    group.count += 1;
    this.total += 1;
    if (group.examples.length < MAX_EXAMPLES) group.examples.push(describe());
  }

  /** The groups, largest first (ties in the order first met). */
  list(): ProblemGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count);
  }
}

/** A count and its noun: "1 cell", "3 cells". */
export const countOf = (n: number, one: string, other: string): string => plural(n, { one, other });

/** The form of a word that agrees with a count: "is" or "are". */
export const agree = (n: number, one: string, other: string): string => pluralForm(n, { one, other });

/** A value from a file, quoted for a message and cut to 60 characters. */
export function quote(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 59)}…` : value;
  return `"${cut}"`;
}

/** "row 7" for CSV, "item 7" for JSON. */
export const rowLabel = (format: 'csv' | 'json', row: number): string => `${format === 'csv' ? 'row' : 'item'} ${row}`;

/** "rows 4, 9 and 12" from the groups' example rows (the first few only). */
function rowList(format: 'csv' | 'json', rows: readonly number[], count: number): string {
  const word = format === 'csv' ? 'row' : 'item';
  const listed = rows.slice(0, 3);
  const more = count > listed.length ? ', …' : '';
  return `${agree(count, word, `${word}s`)} ${listed.join(', ')}${more}`;
}

/** One sentence saying how many rows of a file were left out and why, e.g. for a notice beside its figures. */
export function describeLeftOut(file: string, format: 'csv' | 'json', leftOut: number, rows: number, groups: readonly ProblemGroup[]): string {
  const unit = format === 'csv' ? 'rows' : 'items';
  const reasons = groups
    .map((g) => `${g.count} because ${g.reason} (${rowList(format, g.examples.flatMap((p) => (p.row === undefined ? [] : [p.row])), g.count)})`)
    .join('; ');
  const verb = agree(leftOut, 'was', 'were');
  return `${leftOut} of ${rows} ${unit} in ${file} ${verb} left out: ${reasons}.`;
}
