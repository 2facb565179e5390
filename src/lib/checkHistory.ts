/**
 * A reader's private history of loop checks, kept in the browser's localStorage only when they press
 * Save: one key per saved check, so a damaged entry spoils only itself, and saving or importing never
 * rewrites what is already there. Export and import as JSON, export as CSV rows. Pure TS: storage is
 * passed in.
 */
import * as v from 'valibot';
import { checkSubjects, subjectName } from '../data/check';
import { decodeCheck, type CarriedOver, type CheckQuery, type CheckState } from './checkLink';
import { formatMean, scoreCheck } from './checkScore';
import { checkUntrusted, jsonObject, parseJson, type Checked } from './untrusted';

/** Keys of saved checks start with this. */
export const STORAGE_PREFIX = 'value-delivery-loop:check:';
/** What an export file says it is. */
export const EXPORT_FORMAT = 'value-delivery-loop/check-history';
export const EXPORT_VERSION = 1;
/** Import files larger than this (1 MB, far more than any history export) are refused unread. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** A team name is cut to this many characters. */
export const MAX_TEAM_NAME = 80;

export interface SavedCheck {
  /** Unique; also the end of its storage key. */
  readonly id: string;
  /** When it was saved, as an ISO 8601 date and time. */
  readonly savedAt: string;
  /** The team's name, as the reader typed it; may be empty. */
  readonly team: string;
  /** The answers, as the check's address holds them. */
  readonly query: CheckQuery;
}

/** The part of Storage this needs, so tests can pass their own. */
export type CheckStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A saved check's time, as `Date.prototype.toISOString` writes it: sorting the text sorts the times. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A saved check with its answers read. One saved under an earlier statement list is read as its link
 * would be: its scores are worked out under today's list, without the answers to reworded statements
 * (`carriedOver` says which), never from a mix of the two lists.
 */
export type LoadedCheck = SavedCheck & { readonly state: CheckState; readonly carriedOver?: CarriedOver };

/** A check's answers as an address holds them, read as a link's are. */
const querySchema = v.pipe(
  jsonObject({ v: v.string(), a: v.string(), d: v.optional(v.string()) }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const { v: version, a, d } = dataset.value;
    const query: CheckQuery = { v: version, a, ...(d === undefined ? {} : { d }) };
    const decoded = decodeCheck(`?${new URLSearchParams({ ...query }).toString()}`);
    if (decoded.ok && decoded.state !== null) return { query, state: decoded.state, carriedOver: decoded.carriedOver };
    addIssue({ message: 'holds no loop check this site can read' });
    return NEVER;
  }),
);

/** A saved check as untrusted JSON holds it (storage or an import). */
const savedCheckSchema = v.pipe(
  jsonObject({
    id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'is not an id this site writes')),
    savedAt: v.pipe(
      v.string(),
      v.regex(ISO_INSTANT, 'is not a date and time as this site writes them'),
      v.check((text) => !Number.isNaN(Date.parse(text)), 'is not a date that exists'),
    ),
    team: v.pipe(v.string(), v.maxLength(MAX_TEAM_NAME, `is longer than ${MAX_TEAM_NAME} characters`)),
    query: querySchema,
  }),
  v.transform(
    ({ id, savedAt, team, query }): LoadedCheck => ({
      id,
      savedAt,
      team,
      query: query.query,
      state: query.state,
      ...(query.carriedOver === undefined ? {} : { carriedOver: query.carriedOver }),
    }),
  ),
);

/** A saved check read back from untrusted JSON; a refusal names what is wrong with it. */
export const readSavedCheck = (value: unknown): Checked<LoadedCheck> => checkUntrusted(savedCheckSchema, value, 'the entry');

/** A saved entry that could not be read: left where it is, and said what is wrong with it. */
export interface UnreadableEntry {
  readonly key: string;
  readonly problem: string;
}

export interface LoadedHistory {
  /** Oldest first. */
  readonly checks: readonly LoadedCheck[];
  /** Entries that could not be read; they are left as they are. */
  readonly unreadable: readonly UnreadableEntry[];
}

function readEntry(key: string, text: string | null): Checked<LoadedCheck> {
  const parsed = parseJson(text ?? '');
  if (!parsed.ok) return { ok: false, message: 'the entry is not JSON' };
  const check = readSavedCheck(parsed.value);
  if (check.ok && `${STORAGE_PREFIX}${check.value.id}` !== key) return { ok: false, message: `the entry’s “id” is not the one its key ends with` };
  return check;
}

/** Every saved check in storage, oldest first; damaged entries are set apart with their problem, never removed. */
export function loadHistory(storage: CheckStorage): LoadedHistory {
  const checks: LoadedCheck[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(STORAGE_PREFIX)) continue;
    const entry = readEntry(key, storage.getItem(key));
    if (entry.ok) checks.push(entry.value);
    else unreadable.push({ key, problem: entry.message });
  }
  checks.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  return { checks, unreadable };
}

export type StorageRefusal = { readonly ok: false; readonly message: string };
export type StorageResult = { readonly ok: true } | StorageRefusal;

const STORAGE_FULL =
  'Your browser would not store this check: its storage for this site is full or switched off. Nothing you had saved was changed.';

/** Stores one check under its own key; a refusal (storage full, private mode) leaves everything as it was. */
export function saveCheck(storage: CheckStorage, check: SavedCheck): StorageResult {
  const { id, savedAt, team, query } = check;
  try {
    storage.setItem(`${STORAGE_PREFIX}${id}`, JSON.stringify({ id, savedAt, team, query }));
    return { ok: true };
  } catch {
    return { ok: false, message: STORAGE_FULL };
  }
}

export function deleteCheck(storage: CheckStorage, id: string): void {
  storage.removeItem(`${STORAGE_PREFIX}${id}`);
}

/** Removes every saved check (and damaged entries of ours), nothing else the site's storage holds. */
export function deleteAllChecks(storage: CheckStorage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** A new check to save, with a name cut to length; `id` is new and unique (`crypto.randomUUID()` in the browser). */
export function newSavedCheck(query: CheckQuery, team: string, now: Date, id: string): SavedCheck {
  return { id, savedAt: now.toISOString(), team: team.trim().slice(0, MAX_TEAM_NAME), query };
}

/** The history as an export file's text. */
export function exportHistory(checks: readonly SavedCheck[], now: Date): string {
  const plain = checks.map(({ id, savedAt, team, query }) => ({ id, savedAt, team, query }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), checks: plain }, null, 2)}\n`;
}

export type ImportResult =
  | { readonly ok: true; readonly checks: readonly LoadedCheck[] }
  | { readonly ok: false; readonly message: string };

/** Reads an export file's text; anything that is not a whole, valid export is refused with a reason. */
export function readHistoryImport(text: string): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, message: 'This file is not a loop check history export: it is not JSON.' };
  const marked = checkUntrusted(jsonObject({ format: v.literal(EXPORT_FORMAT), version: v.unknown() }), parsed.value);
  if (!marked.ok) return { ok: false, message: 'This file is not a loop check history export.' };
  if (marked.value.version !== EXPORT_VERSION) {
    return { ok: false, message: `This export is version ${String(marked.value.version).slice(0, 20)}; this site reads version ${EXPORT_VERSION}.` };
  }
  const listed = checkUntrusted(jsonObject({ checks: v.array(v.unknown()) }), parsed.value, 'the file');
  if (!listed.ok) return { ok: false, message: `This export is damaged: ${listed.message}, so nothing was imported.` };
  const checks: LoadedCheck[] = [];
  for (const [i, entry] of listed.value.checks.entries()) {
    const check = readSavedCheck(entry);
    if (!check.ok) return { ok: false, message: `Check ${i + 1} in this file is damaged (${check.message}), so nothing was imported.` };
    checks.push(check.value);
  }
  return { ok: true, checks };
}

/**
 * Stores imported checks that are not saved yet. If storage refuses one, the ones this import
 * already wrote are taken out again, so the history is either all imported or untouched.
 */
export function importChecks(storage: CheckStorage, checks: readonly SavedCheck[]): { readonly ok: true; readonly added: number } | StorageRefusal {
  // Damaged entries count as taken too: an import never writes over an entry it cannot read.
  const { checks: saved, unreadable } = loadHistory(storage);
  const existing = new Set([...saved.map((check) => check.id), ...unreadable.map(({ key }) => key.slice(STORAGE_PREFIX.length))]);
  const written: string[] = [];
  for (const check of checks) {
    if (existing.has(check.id) || written.includes(check.id)) continue;
    const result = saveCheck(storage, check);
    if (!result.ok) {
      for (const id of written) deleteCheck(storage, id);
      return result;
    }
    written.push(check.id);
  }
  return { ok: true, added: written.length };
}

/** The history as CSV rows: a header, then one row per check with every phase's and arc's score. */
export function historyCsvRows(checks: readonly LoadedCheck[]): string[][] {
  const header = ['Saved', 'Team', ...scoreCheckNames()];
  return [
    header,
    ...checks.map((check) => {
      const scores = scoreCheck(check.state.answers);
      return [check.savedAt, check.team, ...scores.all.map((s) => (s.mean === undefined ? '' : formatMean(s.mean)))];
    }),
  ];
}

/** The name of every subject, phases then arcs, as the CSV's header writes them. */
export function scoreCheckNames(): string[] {
  return checkSubjects.map(subjectName);
}

/**
 * How each subject's score moved since the check before, as the difference of the scores the
 * table shows (rounded to one decimal), so 3.0 after 2.7 reads "up 0.3"; undefined where either has
 * no score.
 */
export function scoreChanges(previous: CheckState, current: CheckState): (number | undefined)[] {
  const shown = (mean: number | undefined): number | undefined => (mean === undefined ? undefined : Number(formatMean(mean)));
  const before = scoreCheck(previous.answers).all;
  return scoreCheck(current.answers).all.map((score, i) => {
    const now = shown(score.mean);
    const old = shown(before[i]?.mean);
    return now === undefined || old === undefined ? undefined : Math.round((now - old) * 10) / 10;
  });
}

