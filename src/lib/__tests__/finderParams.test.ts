import { describe, expect, it } from 'vitest';
import { finderSearch } from '../../data';
import { emptyParams, parseFrameworkParam, parsePhaseParam, readParams } from '../finderParams';
import { normalizeText } from '../textNormalize';

describe('the finder’s address', () => {
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

  it('reads back what it writes, and ignores other parameters', () => {
    const params = { q: 'lead time & <more>', phase: 'verify', framework: '' };
    expect(readParams(finderSearch(params))).toEqual(params);
    expect(readParams('?utm_source=x')).toEqual(emptyParams);
  });
});

describe('normalizeText', () => {
  it('ignores case, accents and circled numerals', () => {
    expect(normalizeText('Rélease Satisfacción ③')).toBe('release satisfaccion 3');
  });
});
