import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkUntrusted, jsonObject, parseJson, pathInWords } from '../untrusted';

const record = jsonObject({
  service: v.string(),
  deployments: v.array(jsonObject({ at: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date such as 2026-12-01')) })),
});

describe('untrusted JSON', () => {
  it('passes a value of the right shape through', () => {
    const value = { service: 'payments', deployments: [{ at: '2026-12-01' }] };
    expect(checkUntrusted(record, value)).toEqual({ ok: true, value });
  });

  it.each([
    ['a list where an object belongs', [], 'the file should be an object but is a list'],
    ['a list for an item', { service: 'a', deployments: [[]] }, 'item 1 of “deployments” should be an object but is a list'],
    ['nothing at all', null, 'the file should be an object but is null'],
    ['a number for a name', { service: 7, deployments: [] }, '“service” should be text but is 7'],
    ['an object for a list', { service: 'a', deployments: {} }, '“deployments” should be a list but is Object'],
    ['a wrong date deep inside', { service: 'a', deployments: [{ at: '2026-12-01' }, { at: '1 Dec' }] }, '“at” of item 2 of “deployments” is not a date such as 2026-12-01'],
    ['a missing field deep inside', { service: 'a', deployments: [{}] }, '“at” of item 1 of “deployments” is missing'],
  ])('refuses %s, naming the first problem and where it is', (_what, input, message) => {
    expect(checkUntrusted(record, input, 'the file')).toEqual({ ok: false, message });
  });

  it('names places innermost first, counting items from 1', () => {
    expect(pathInWords(['checks', 0, 'query', 'a'])).toBe('“a” of “query” of item 1 of “checks”');
    expect(pathInWords([], 'the entry')).toBe('the entry');
  });

  it('says text that is not JSON is not, without throwing', () => {
    expect(parseJson('{"a": 1')).toEqual({ ok: false, message: 'it is not JSON' });
    expect(parseJson('[1]')).toEqual({ ok: true, value: [1] });
  });
});
