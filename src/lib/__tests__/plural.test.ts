import { describe, expect, it } from 'vitest';
import { plural, pluralForm } from '../plural';

describe('plural', () => {
  it.each([
    [0, '0 checks'],
    [1, '1 check'],
    [2, '2 checks'],
    [11, '11 checks'],
    [21, '21 checks'],
    [1.5, '1.5 checks'],
  ])('counts %s as “%s”', (count, words) => {
    expect(plural(count, { one: 'check', other: 'checks' })).toBe(words);
  });

  it('picks the verb that agrees, without the number', () => {
    expect(pluralForm(1, { one: 'was', other: 'were' })).toBe('was');
    expect(pluralForm(0, { one: 'was', other: 'were' })).toBe('were');
    expect(pluralForm(3, { one: 'was', other: 'were' })).toBe('were');
  });

  it('takes whole phrases, so a sentence can open with a word for one', () => {
    expect(pluralForm(1, { one: 'One saved check', other: '2 saved checks' })).toBe('One saved check');
  });
});
