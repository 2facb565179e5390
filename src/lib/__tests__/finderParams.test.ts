import { describe, expect, it } from 'vitest';
import { emptyParams, finderAddress, finderPath, parseFrameworkParam, parsePhaseParam, readParams, type FinderParams } from '../finderParams';
import { normalizeText } from '../textNormalize';

describe('the finder’s address, written', () => {
  it.each<[string, FinderParams, string]>([
    ['nothing typed or chosen: the plain address', emptyParams, ''],
    ['a query', { q: 'MTTR', phase: '', framework: '' }, '?q=MTTR'],
    ['a query with spaces and markup, encoded', { q: 'lead time & <more>', phase: 'verify', framework: '' }, '?q=lead+time+%26+%3Cmore%3E&phase=verify'],
    ['characters that mean something in an address', { q: '#?&=', phase: '', framework: '' }, '?q=%23%3F%26%3D'],
    ['a filter alone', { q: '', phase: '', framework: 'space' }, '?framework=space'],
    ['every part, in a fixed order', { q: 'x', phase: '4', framework: 'dora' }, '?q=x&phase=4&framework=dora'],
  ])('%s', (_what, params, search) => {
    expect(finderAddress.write(params)).toBe(search);
  });

  it('gives the finder’s path with it', () => {
    expect(finderPath()).toBe('/metrics');
    expect(finderPath({ q: 'MTTR' })).toBe('/metrics?q=MTTR');
    expect(finderPath({ q: 'Satisfaction', framework: 'space' })).toBe('/metrics?q=Satisfaction&framework=space');
  });
});

describe('the finder’s address, read', () => {
  it.each<[string, string, FinderParams]>([
    ['the plain address (and the server’s)', '', emptyParams],
    ['a query with its spaces', '?q=cylce%20time&framework=space', { q: 'cylce time', phase: '', framework: 'space' }],
    ['a plus as a space', '?q=lead+time&phase=verify', { q: 'lead time', phase: 'verify', framework: '' }],
    ['values as given, checked later', '?phase=foo%3Cscript%3E', { q: '', phase: 'foo<script>', framework: '' }],
    ['another site’s parameters ignored', '?utm_source=mail&q=MTTR', { q: 'MTTR', phase: '', framework: '' }],
  ])('%s', (_what, search, params) => {
    expect(finderAddress.read(search)).toEqual(params);
  });
});

describe('the finder’s address, checked', () => {
  it.each([
    { given: 'verify', value: 'verify' },
    { given: '4', value: 'verify' },
    { given: '④', value: 'verify' },
    { given: ' Build ', value: 'build' },
    { given: '', value: undefined },
    { given: null, value: undefined },
  ])('phase "$given" reads as $value', ({ given, value }) => {
    expect(parsePhaseParam(given)).toEqual({ ok: true, value });
  });

  it.each(['foo', '7', '<b>x</b>', 'verify;drop'])('phase "%s" is reported, not guessed', (given) => {
    expect(parsePhaseParam(given)).toEqual({ ok: false, given });
  });

  it('reads framework ids in any case and reports unknown ones', () => {
    expect(parseFrameworkParam('DORA')).toEqual({ ok: true, value: 'dora' });
    expect(parseFrameworkParam('scrum')).toEqual({ ok: false, given: 'scrum' });
  });

  it('reads back what it writes', () => {
    const params = { q: 'lead time & <more> #?', phase: 'verify', framework: 'dora' };
    expect(readParams(finderAddress.write(params))).toEqual(params);
  });
});

describe('normalizeText', () => {
  it('ignores case, accents and circled numerals', () => {
    expect(normalizeText('Rélease Satisfacción ③')).toBe('release satisfaccion 3');
  });
});
