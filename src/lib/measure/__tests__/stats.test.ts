// @vitest-environment node
import { median, nearestRank } from '../stats';

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[1, 3, 8], 3],
    [[1, 3, 8, 10], 5.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('nearestRank (the 90th percentile)', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[1, 2, 3, 4], 4],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10],
    [Array.from({ length: 20 }, (_, i) => i + 1), 18],
    [Array.from({ length: 30 }, (_, i) => i + 1), 27],
  ])('of %j is %s', (values, expected) => {
    expect(nearestRank(values, 90)).toBe(expected);
  });
});
