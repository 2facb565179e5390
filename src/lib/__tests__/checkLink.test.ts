import { describe, expect, it } from 'vitest';
import { doraMetrics } from '../../data';
import { CHECK_VERSION, checkStatements } from '../../data/check';
import {
  checkAddress,
  checkPath,
  decodeCheck,
  decodeCheckLink,
  describeLinkProblem,
  emptyState,
  encodeCheck,
  hasAnswers,
  MAX_LINK_LENGTH,
  type CheckState,
} from '../checkLink';
import type { Answer } from '../checkScore';

const CHOICES: Answer[] = [undefined, 1, 2, 3, 4, 5, 'dont-know'];
/** A check with every kind of answer, spread over the statements. */
const sample: CheckState = {
  answers: checkStatements.map((_, i) => CHOICES[i % CHOICES.length]),
  dora: [3, 'dont-know', 12, undefined, 100],
};
const searchOf = (state: CheckState): string => checkPath(encodeCheck(state)).replace(/^\/check/, '');

describe('a check in its address', () => {
  it('is one character per statement and the DORA figures after', () => {
    const query = encodeCheck(sample);
    expect(query.v).toBe(String(CHECK_VERSION));
    expect(query.a).toHaveLength(checkStatements.length);
    expect(query.a.slice(0, 7)).toBe('012345x');
    expect(query.d).toBe('3.x.12..100');
  });

  it('reads back as the same check', () => {
    expect(decodeCheck(searchOf(sample))).toEqual({ ok: true, state: sample });
    const noDora: CheckState = { ...sample, dora: doraMetrics.map(() => undefined) };
    expect(encodeCheck(noDora).d).toBeUndefined();
    expect(decodeCheck(searchOf(noDora))).toEqual({ ok: true, state: noDora });
  });

  it('is a plain address while nothing is answered', () => {
    expect(hasAnswers(emptyState())).toBe(false);
    expect(decodeCheck('')).toEqual({ ok: true, state: null });
    expect(decodeCheck('?utm_source=mail')).toEqual({ ok: true, state: null });
  });
});

/** No answer to any of the 26 statements, as a link writes it. */
const ANSWERED_NONE = '00000000000000000000000000';
const blank: CheckState = { answers: Array.from({ length: 26 }, () => undefined), dora: [undefined, undefined, undefined, undefined, undefined] };
const withAnswers = (answers: Record<number, Answer>, dora: CheckState['dora'] = blank.dora): CheckState => ({
  answers: blank.answers.map((answer, i) => answers[i] ?? answer),
  dora,
});

describe('the check’s address, written', () => {
  it.each<[string, CheckState, string]>([
    ['a blank check keeps the plain address', blank, ''],
    ['the first statement strongly agreed', withAnswers({ 0: 5 }), `?v=2&a=5${ANSWERED_NONE.slice(1)}`],
    ['“Don’t know” and the last statement', withAnswers({ 1: 'dont-know', 25: 1 }), '?v=2&a=0x000000000000000000000001'],
    [
      'DORA figures alone, in DORA’s order, a range’s place or a percentage, “x” for “I don’t know”',
      withAnswers({}, [2, undefined, 15, 'dont-know', 100]),
      `?v=2&a=${ANSWERED_NONE}&d=2..15.x.100`,
    ],
  ])('%s', (_what, state, search) => {
    expect(checkAddress.write({ state })).toBe(search);
    // A problem the address had is not written back: what is written is always a valid check.
    expect(checkAddress.write({ state, problem: { kind: 'damaged' } })).toBe(search);
  });

  it('gives the page’s path with it, or the plain page', () => {
    expect(checkPath()).toBe('/check');
    expect(checkPath({ v: '1', a: '5x', d: '' })).toBe('/check?v=1&a=5x');
    expect(checkPath({ v: '1', a: '5x', d: '3....' })).toBe('/check?v=1&a=5x&d=3....');
  });
});

describe('the check’s address, read', () => {
  it.each<[string, string, ReturnType<typeof checkAddress.read>]>([
    ['a plain address: a blank check, nothing to report', '', { state: blank }],
    ['another site’s parameters: the same', '?utm_source=mail', { state: blank }],
    ['answers', `?v=2&a=4${ANSWERED_NONE.slice(1, 25)}x`, { state: withAnswers({ 0: 4, 25: 'dont-know' }) }],
    ['answers and figures', `?v=2&a=${ANSWERED_NONE}&d=4.6.10..x`, { state: withAnswers({}, [4, 6, 10, undefined, 'dont-know']) }],
    ['answers cut short: blank, and why', '?v=2&a=4444', { state: blank, problem: { kind: 'damaged' } }],
    ['figures without answers', '?d=4....', { state: blank, problem: { kind: 'damaged' } }],
    ['a version of the statements this site never had', `?v=3&a=${ANSWERED_NONE}`, { state: blank, problem: { kind: 'unknown-version', version: '3' } }],
    ['an address far too long', `?v=2&a=${ANSWERED_NONE}&x=${'<script>'.repeat(125)}`, { state: blank, problem: { kind: 'too-long' } }],
  ])('%s', (_what, search, expected) => {
    expect(checkAddress.read(search)).toEqual(expected);
  });
});

describe('a bad address is refused whole, never half used', () => {
  const good = encodeCheck(sample);
  const search = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

  it.each([
    ['cut short', search({ v: good.v, a: good.a.slice(0, -3) })],
    ['too long', search({ v: good.v, a: `${good.a}5` })],
    ['a wrong character', search({ v: good.v, a: `7${good.a.slice(1)}` })],
    ['markup in the answers', search({ v: good.v, a: `<img src=x onerror=alert(1)>`.padEnd(good.a.length, '0').slice(0, good.a.length) })],
    ['no answers', search({ v: good.v })],
    ['answers without a version', search({ a: good.a })],
    ['a DORA range out of DORA’s list', search({ v: good.v, a: good.a, d: '7....' })],
    ['a percentage over 100', search({ v: good.v, a: good.a, d: '..101..' })],
    ['too few DORA fields', search({ v: good.v, a: good.a, d: '1.2' })],
    ['a DORA field that is not a number', search({ v: good.v, a: good.a, d: '1e2....' })],
  ])('%s', (_what, tampered) => {
    expect(decodeCheck(tampered)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('names another version of the statements', () => {
    const result = decodeCheck(search({ v: '3', a: good.a }));
    expect(result).toEqual({ ok: false, problem: 'unknown-version', version: '3' });
    expect(describeLinkProblem('unknown-version', '3')).toMatch(/version 3 of the check's statements; this site asks version 2's/);
    expect(decodeCheck(search({ v: 'constructor', a: good.a }))).toEqual({ ok: false, problem: 'unknown-version', version: 'constructor' });
  });

  it(`refuses an address of ${MAX_LINK_LENGTH} characters or more unread, however it starts`, () => {
    expect(decodeCheck(`${searchOf(sample)}&x=${'a'.repeat(10_000)}`)).toEqual({ ok: false, problem: 'too-long' });
  });
});

describe('a pasted link', () => {
  it('is read from a full address, under any base path, or as a query string alone', () => {
    const query = searchOf(sample);
    expect(decodeCheckLink(`https://example.org/check${query}`)).toEqual({ ok: true, state: sample });
    expect(decodeCheckLink(`  http://127.0.0.1:3000/value-delivery-loop/check${query}\t`)).toEqual({ ok: true, state: sample });
    expect(decodeCheckLink(query)).toEqual({ ok: true, state: sample });
  });

  it.each(['hello team', 'https://example.org/metrics?q=MTTR', 'https://example.org/check', '<script>alert(1)</script>'])(
    '"%s" is not a check link',
    (text) => {
      expect(decodeCheckLink(text)).toEqual({ ok: false, problem: 'not-a-check' });
    },
  );
});

describe('a link of version 1 of the statements', () => {
  // Version 1 reworded 4, 8, 9, 10, 15, 16, 20 and 22 (1-based) in version 2; every other place kept its statement.
  // Every statement answered: 1–5 in turn, then "Don't know" at 26.
  const V1_ALL = '1234512345123451234512345x';
  const carried = (...answers: Answer[]): CheckState => ({ answers, dora: blank.dora });

  it('opens, carrying the unchanged answers over and leaving the reworded ones blank, and says which', () => {
    expect(decodeCheck(`?v=1&a=${V1_ALL}`)).toEqual({
      ok: true,
      state: carried(1, 2, 3, undefined, 5, 1, 2, undefined, undefined, undefined, 1, 2, 3, 4, undefined, undefined, 2, 3, 4, undefined, 1, undefined, 3, 4, 5, 'dont-know'),
      carriedOver: { fromVersion: '1', cleared: [3, 7, 8, 9, 14, 15, 19, 21], reworded: [3, 7, 8, 9, 14, 15, 19, 21] },
    });
  });

  it('counts as left blank only the reworded statements it had answered', () => {
    const result = decodeCheck(`?v=1&a=${'0'.repeat(7)}4${'0'.repeat(18)}&d=4....`);
    expect(result).toEqual({
      ok: true,
      state: { answers: blank.answers, dora: [4, undefined, undefined, undefined, undefined] },
      carriedOver: { fromVersion: '1', cleared: [7], reworded: [3, 7, 8, 9, 14, 15, 19, 21] },
    });
  });

  it('gives the address its notice, and is written back as version 2', () => {
    const read = checkAddress.read(`?v=1&a=${V1_ALL}`);
    expect(read.carriedOver?.cleared).toHaveLength(8);
    expect(checkAddress.write({ state: read.state })).toBe('?v=2&a=1230512000123400234010345x');
  });

  it.each([
    ['cut short', `?v=1&a=${V1_ALL.slice(0, 25)}`],
    ['a wrong character', `?v=1&a=9${V1_ALL.slice(1)}`],
    ['a DORA range out of DORA’s list', `?v=1&a=${V1_ALL}&d=9....`],
  ])('is refused whole when tampered with: %s', (_what, search) => {
    expect(decodeCheck(search)).toEqual({ ok: false, problem: 'damaged' });
  });
});
