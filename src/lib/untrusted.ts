/**
 * Reading data the site did not write itself (a file the reader chose, a localStorage entry, a
 * plugin's global data) against a valibot schema, with the first problem said in words and its
 * place named: `“savedAt” of item 2 of “checks” is missing`. A refusal is a value, never a throw,
 * so one bad entry can be set apart while the others are used. Pure TS.
 */
import * as v from 'valibot';

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

type PathKey = string | number;

/** Where a problem is, innermost first: `“savedAt” of item 2 of “checks”`; `subject` when it is the whole value. */
export function pathInWords(path: readonly PathKey[], subject = 'the value'): string {
  if (path.length === 0) return subject;
  return path
    .map((key) => (typeof key === 'number' ? `item ${key + 1}` : `“${key}”`))
    .reverse()
    .join(' of ');
}

/** valibot's names for the types it expected, as a sentence says them. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
};

const keysOf = (issue: v.BaseIssue<unknown>): PathKey[] =>
  (issue.path ?? []).flatMap((item) => (typeof item.key === 'string' || typeof item.key === 'number' ? [item.key] : []));

/**
 * One issue as a clause: "“team” of item 3 should be text but is 7". A schema's own message (as
 * `v.regex(…, 'is not …')` or `v.picklist(…, 'is not …')` gives it) follows the place as a predicate.
 */
export function issueInWords(issue: v.BaseIssue<unknown>, subject?: string): string {
  const where = pathInWords(keysOf(issue), subject);
  if (issue.kind === 'schema' && issue.received === 'undefined') return `${where} is missing`;
  const expected = issue.kind === 'schema' ? TYPE_WORDS[issue.expected ?? ''] : undefined;
  if (expected) return `${where} should be ${expected} but is ${issue.received.slice(0, 40)}`;
  // valibot's own messages start "Invalid …"; a schema's own message is a predicate.
  if (issue.message.startsWith('Invalid ')) return `${where} is not what was expected (${issue.message})`;
  return `${where} ${issue.message}`;
}

const isPlainObject = (input: unknown): input is Record<string, unknown> => typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * An object with these entries. Use it for untrusted input instead of `v.object`, which takes a list
 * for an object and reads its keys from the list's methods (`[].at` is a function).
 */
export const jsonObject = <const TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, (issue) => `should be an object but is ${Array.isArray(issue.input) ? 'a list' : issue.received}`),
    v.object(entries),
  );

/**
 * Checks untrusted input against a schema; the refusal names the first problem and where it is.
 * `subject` names the whole value in the message ("the entry").
 */
export function checkUntrusted<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
  subject?: string,
): Checked<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  const [issue] = result.issues;
  return { ok: false, message: issueInWords(issue, subject) };
}

/** Parses JSON text; a refusal says so rather than throwing. */
export function parseJson(text: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: 'it is not JSON' };
  }
}
