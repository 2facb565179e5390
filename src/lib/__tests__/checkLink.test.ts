import { describe, expect, it } from 'vitest';
import { checkPath } from '../../data';
import { CHECK_VERSION, checkStatements, doraFigures } from '../../data/check';
import {
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
    const noDora: CheckState = { ...sample, dora: doraFigures.map(() => undefined) };
    expect(encodeCheck(noDora).d).toBeUndefined();
    expect(decodeCheck(searchOf(noDora))).toEqual({ ok: true, state: noDora });
  });

  it('is a plain address while nothing is answered', () => {
    expect(hasAnswers(emptyState())).toBe(false);
    expect(decodeCheck('')).toEqual({ ok: true, state: null });
    expect(decodeCheck('?utm_source=mail')).toEqual({ ok: true, state: null });
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
    const result = decodeCheck(search({ v: '2', a: good.a }));
    expect(result).toEqual({ ok: false, problem: 'unknown-version', version: '2' });
    expect(describeLinkProblem('unknown-version', '2')).toMatch(/version 2 of the check's statements; this site asks version 1's/);
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
