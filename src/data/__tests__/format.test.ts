import { describe, expect, it } from 'vitest';
import { inSentence } from '../format';

describe('inSentence', () => {
  it.each([
    ['Product managers and TPMs', 'product managers and TPMs'],
    ['Platform, DevOps, SRE and release', 'platform, DevOps, SRE and release'],
    ['Platform Engineers, SREs, Release Managers', 'platform engineers, SREs, release managers'],
    ['CI/CD systems', 'CI/CD systems'],
    ['Learnings reshape priorities', 'learnings reshape priorities'],
    ['Product leadership and strategy', 'product leadership and strategy'],
    ['', ''],
  ])('%j reads %j inside a sentence', (input, expected) => {
    expect(inSentence(input)).toBe(expected);
  });
});
