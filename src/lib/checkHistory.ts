/**
 * A reader's private history of loop checks, kept in the browser's localStorage only when they press
 * Save: one key per saved check, so a damaged entry spoils only itself, and saving or importing never
 * rewrites what is already there. Export and import as JSON, export as CSV rows. Pure TS: storage is
 * passed in.
 */
import { checkSubjects, subjectName } from '../data/check';
import { decodeCheck, type CheckQuery, type CheckState } from './checkLink';
import { formatMean, scoreCheck } from './checkScore';

/** Keys of saved checks start with this. */
export const STORAGE_PREFIX = 'value-delivery-loop:check:';
/** What an export file says it is. */
export const EXPORT_FORMAT = 'value-delivery-loop/check-history';
export const EXPORT_VERSION = 1;
/** Import files larger than this are refused unread. */
export const MAX_IMPORT_BYTES = 1_000_000;
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A saved check read back from untrusted JSON (storage or an import), or undefined when it is not one. */
export function readSavedCheck(value: unknown): (SavedCheck & { readonly state: CheckState }) | undefined {
  if (!isObject(value) || !isObject(value.query)) return undefined;
  const { id, savedAt, team, query } = value;
  if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id)) return undefined;
  if (typeof savedAt !== 'string' || !ISO_INSTANT.test(savedAt) || Number.isNaN(Date.parse(savedAt))) return undefined;
  if (typeof team !== 'string' || team.length > MAX_TEAM_NAME) return undefined;
  const { v, a, d } = query;
  if (typeof v !== 'string' || typeof a !== 'string' || (d !== undefined && typeof d !== 'string')) return undefined;
  const search = new URLSearchParams({ v, a, ...(d === undefined ? {} : { d }) }).toString();
  const decoded = decodeCheck(`?${search}`);
  if (!decoded.ok || decoded.state === null) return undefined;
  return { id, savedAt, team, query: { v, a, ...(d === undefined ? {} : { d }) }, state: decoded.state };
}

export interface LoadedHistory {
  /** Oldest first. */
  readonly checks: readonly (SavedCheck & { readonly state: CheckState })[];
  /** Keys of entries that could not be read; they are left as they are. */
  readonly unreadable: readonly string[];
}

/** Every saved check in storage, oldest first; damaged entries are skipped and counted, never removed. */
export function loadHistory(storage: CheckStorage): LoadedHistory {
  const checks: (SavedCheck & { state: CheckState })[] = [];
  const unreadable: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(STORAGE_PREFIX)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(storage.getItem(key) ?? '');
    } catch {
      parsed = undefined;
    }
    const check = readSavedCheck(parsed);
    if (check && `${STORAGE_PREFIX}${check.id}` === key) checks.push(check);
    else unreadable.push(key);
  }
  checks.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  return { checks, unreadable };
}

export type StorageResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

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

/** A new check to save, with a name cut to length and an id from the time and a random part. */
export function newSavedCheck(query: CheckQuery, team: string, now: Date, random: () => number = Math.random): SavedCheck {
  const id = `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
  return { id, savedAt: now.toISOString(), team: team.trim().slice(0, MAX_TEAM_NAME), query };
}

/** The history as an export file's text. */
export function exportHistory(checks: readonly SavedCheck[], now: Date): string {
  const plain = checks.map(({ id, savedAt, team, query }) => ({ id, savedAt, team, query }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), checks: plain }, null, 2)}\n`;
}

export type ImportResult =
  | { readonly ok: true; readonly checks: readonly (SavedCheck & { readonly state: CheckState })[] }
  | { readonly ok: false; readonly message: string };

/** Reads an export file; anything that is not a whole, valid export is refused with a reason. */
export function readHistoryImport(text: string, byteLength: number): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, message: `This file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB, far more than any history export, so it was not read.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a loop check history export: it is not JSON.' };
  }
  if (!isObject(parsed) || parsed.format !== EXPORT_FORMAT || !Array.isArray(parsed.checks)) {
    return { ok: false, message: 'This file is not a loop check history export.' };
  }
  if (parsed.version !== EXPORT_VERSION) {
    return { ok: false, message: `This export is version ${String(parsed.version).slice(0, 20)}; this site reads version ${EXPORT_VERSION}.` };
  }
  const checks = parsed.checks.map(readSavedCheck);
  const bad = checks.findIndex((check) => check === undefined);
  if (bad !== -1) return { ok: false, message: `Check ${bad + 1} in this file is damaged, so nothing was imported.` };
  return { ok: true, checks: checks.filter((check) => check !== undefined) };
}

/**
 * Stores imported checks that are not saved yet. If storage refuses one, the ones this import
 * already wrote are taken out again, so the history is either all imported or untouched.
 */
export function importChecks(storage: CheckStorage, checks: readonly SavedCheck[]): StorageResult & { readonly added?: number } {
  // Damaged entries count as taken too: an import never writes over an entry it cannot read.
  const { checks: saved, unreadable } = loadHistory(storage);
  const existing = new Set([...saved.map((check) => check.id), ...unreadable.map((key) => key.slice(STORAGE_PREFIX.length))]);
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
export function historyCsvRows(checks: readonly (SavedCheck & { readonly state: CheckState })[]): string[][] {
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

