/**
 * A loop check in its address, so a link reopens the same answers in any browser:
 * `/check?v=2&a=54x30…&d=3.5.10.x.` holds the statement list's version, one character per
 * statement ("1"–"5" on the agreement scale, "x" for "Don't know", "0" for not answered) and,
 * when given, the five DORA figures in DORA's order, separated by dots (a range's place in DORA's
 * list from 1, slowest first, or a percentage; "x" for "I don't know"; empty when not given).
 * Reading a link checks every part: a link that is not exactly right is refused as a whole, never
 * half used. A link of an earlier statement list (`EARLIER_VERSIONS`) is read against that list's length and
 * checked the same way; its answers to unchanged statements carry over and those to reworded ones are left blank.
 * Pure TS.
 */
import { doraMetrics, paths, readPercent, type DoraMetric } from '../data';
import { CHECK_VERSION, checkStatements, EARLIER_VERSIONS } from '../data/check';
import type { Answer, Answers } from './checkScore';

/** A DORA figure: a range's place in DORA's list (1 = slowest) or a percentage; or "I don't know". */
export type DoraAnswer = number | 'dont-know';

export interface CheckState {
  /** One per statement, in list order. */
  readonly answers: Answers;
  /** One per DORA figure, in DORA's order. */
  readonly dora: readonly (DoraAnswer | undefined)[];
}

/** An address this long or longer is refused before it is read. */
export const MAX_LINK_LENGTH = 1000;

export const emptyState = (): CheckState => ({ answers: checkStatements.map(() => undefined), dora: doraMetrics.map(() => undefined) });

const answerChar = (answer: Answer): string => (answer === undefined ? '0' : answer === 'dont-know' ? 'x' : String(answer));

/** An answer from its character in a link; null when the character is not one. */
export function readAnswer(char: string): Answer | null {
  if (char === '0') return undefined;
  if (char === 'x') return 'dont-know';
  const value = Number(char);
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5 ? value : null;
}

const doraField = (answer: DoraAnswer | undefined): string => (answer === undefined ? '' : answer === 'dont-know' ? 'x' : String(answer));

/** A DORA field read against its metric's kind of answer; null when it is not a valid answer. */
function readDora(field: string, metric: DoraMetric): DoraAnswer | undefined | null {
  if (field === '') return undefined;
  if (field === 'x') return 'dont-know';
  if (!/^\d{1,3}$/.test(field)) return null;
  const { answer } = metric.survey;
  const value = Number(field);
  if (answer.kind === 'range') return value >= 1 && value <= answer.choices.length ? value : null;
  return readPercent(field);
}

/** Whether the check has any answer at all, so an empty check keeps a plain address. */
export const hasAnswers = (state: CheckState): boolean =>
  state.answers.some((answer) => answer !== undefined) || state.dora.some((answer) => answer !== undefined);

/** A loop check's answers as its address holds them (see above). */
export interface CheckQuery {
  /** The statement list's version. */
  readonly v: string;
  /** One character per statement. */
  readonly a: string;
  /** The DORA figures, when any were given. */
  readonly d?: string;
}

/** "?v=1&a=5…" (with "&d=…" when figures were given): the query string of a check's address. */
export function checkSearch(query: CheckQuery): string {
  const params = new URLSearchParams({ v: query.v, a: query.a });
  if (query.d !== undefined && query.d !== '') params.set('d', query.d);
  return `?${params.toString()}`;
}

/** The loop check, showing these answers: `checkPath({ v: '1', a: '5…' })` → "/check?v=1&a=5…". */
export const checkPath = (query?: CheckQuery): string => (query ? `${paths.check}${checkSearch(query)}` : paths.check);

/** The address's query for a check. */
export function encodeCheck(state: CheckState): CheckQuery {
  const d = state.dora.some((answer) => answer !== undefined) ? state.dora.map(doraField).join('.') : undefined;
  return { v: String(CHECK_VERSION), a: checkStatements.map((_, i) => answerChar(state.answers[i])).join(''), ...(d === undefined ? {} : { d }) };
}

export type LinkProblem = 'too-long' | 'unknown-version' | 'damaged' | 'not-a-check';

/** How a link of an earlier statement list was read: its version, and the places whose answers were left blank. */
export interface CarriedOver {
  readonly fromVersion: string;
  /** Reworded statements (0-based places) that the old link had answered: their answers were not carried over. */
  readonly cleared: readonly number[];
  /** Every reworded statement, answered or not. */
  readonly reworded: readonly number[];
}

export type DecodedCheck =
  | { readonly ok: true; readonly state: CheckState; readonly carriedOver?: CarriedOver }
  /** No check in the address at all: a fresh, blank check, and nothing to report. */
  | { readonly ok: true; readonly state: null }
  | { readonly ok: false; readonly problem: LinkProblem; readonly version?: string };

/** Reads a check from a query string ("?v=1&a=…"). */
export function decodeCheck(search: string): DecodedCheck {
  if (search.length >= MAX_LINK_LENGTH) return { ok: false, problem: 'too-long' };
  const params = new URLSearchParams(search);
  const v = params.get('v');
  const a = params.get('a');
  const d = params.get('d');
  if (v === null && a === null && d === null) return { ok: true, state: null };
  if (v === null || a === null) return { ok: false, problem: 'damaged' };
  const earlier = v === String(CHECK_VERSION) ? undefined : Object.hasOwn(EARLIER_VERSIONS, v) ? EARLIER_VERSIONS[v] : undefined;
  if (v !== String(CHECK_VERSION) && earlier === undefined) return { ok: false, problem: 'unknown-version', version: v.slice(0, 20) };
  if (a.length !== (earlier?.length ?? checkStatements.length)) return { ok: false, problem: 'damaged' };
  const answers: Answer[] = [];
  for (const char of a) {
    const answer = readAnswer(char);
    if (answer === null) return { ok: false, problem: 'damaged' };
    answers.push(answer);
  }
  const dora: (DoraAnswer | undefined)[] = doraMetrics.map(() => undefined);
  if (d !== null) {
    const fields = d.split('.');
    if (fields.length !== doraMetrics.length) return { ok: false, problem: 'damaged' };
    for (const [i, metric] of doraMetrics.entries()) {
      const answer = readDora(fields[i] ?? '', metric);
      if (answer === null) return { ok: false, problem: 'damaged' };
      dora[i] = answer;
    }
  }
  if (earlier === undefined) return { ok: true, state: { answers, dora } };
  const reworded = earlier.reworded.map(({ index }) => index);
  const cleared = reworded.filter((index) => answers[index] !== undefined);
  const carried = checkStatements.map((_, i) => (reworded.includes(i) ? undefined : answers[i]));
  return { ok: true, state: { answers: carried, dora }, carriedOver: { fromVersion: v, cleared, reworded } };
}

/** What /check's address holds: the answers (blank when the link was refused), and why it was refused. */
export interface CheckAddress {
  readonly state: CheckState;
  readonly problem?: { readonly kind: LinkProblem; readonly version?: string };
  /** Set when the address held a check of an earlier statement list, read as described above. */
  readonly carriedOver?: CarriedOver;
}

/**
 * The check's address, read and written (for useAddressState): a blank check keeps the plain address,
 * and writing a check drops whatever problem the address had, since a written address is always valid.
 */
export const checkAddress = {
  read(search: string): CheckAddress {
    const decoded = decodeCheck(search);
    if (!decoded.ok) return { state: emptyState(), problem: { kind: decoded.problem, ...(decoded.version === undefined ? {} : { version: decoded.version }) } };
    if (decoded.state === null) return { state: emptyState() };
    return { state: decoded.state, ...(decoded.carriedOver === undefined ? {} : { carriedOver: decoded.carriedOver }) };
  },
  write({ state }: CheckAddress): string {
    return hasAnswers(state) ? checkSearch(encodeCheck(state)) : '';
  },
};

/** Reads a check from a pasted link, or from its query string alone; anything else is not a check. */
export function decodeCheckLink(text: string): DecodedCheck {
  const trimmed = text.trim();
  if (trimmed.length >= MAX_LINK_LENGTH) return { ok: false, problem: 'too-long' };
  let search: string;
  if (trimmed.startsWith('?')) search = trimmed;
  else {
    try {
      const url = new URL(trimmed);
      if (!/\/check\/?$/.test(url.pathname)) return { ok: false, problem: 'not-a-check' };
      search = url.search;
    } catch {
      return { ok: false, problem: 'not-a-check' };
    }
  }
  const decoded = decodeCheck(search);
  return decoded.ok && decoded.state === null ? { ok: false, problem: 'not-a-check' } : decoded;
}

/** Sentences for each problem, shown to the reader as text. */
export function describeLinkProblem(problem: LinkProblem, version?: string): string {
  switch (problem) {
    case 'too-long':
      return 'This link is far longer than a loop check link can be, so it was not read.';
    case 'unknown-version':
      return `This link was made with version ${version ?? '?'} of the check's statements; this site asks version ${CHECK_VERSION}'s, so its answers cannot be read.`;
    case 'damaged':
      return 'This link’s answers are incomplete or damaged (it may have been cut short when it was copied), so none of them were used.';
    case 'not-a-check':
      return 'This is not a loop check link.';
  }
}
