import { describe, expect, it } from 'vitest';
import { readLoopDownloads } from '../loopDownloads';

const svg = { path: '/img/loop-light.svg', mode: 'light', format: 'svg', width: 960, height: 720, bytes: 24_678 };

describe('the drawings the build publishes', () => {
  it('are read as the plugin wrote them', () => {
    expect(readLoopDownloads({ downloads: [svg] })).toEqual({ ok: true, value: [svg] });
  });

  it.each([
    [undefined, 'the loop-images plugin’s data is missing'],
    [[], 'the loop-images plugin’s data should be an object but is a list'],
    [{}, '“downloads” is missing'],
    [{ downloads: [{ ...svg, format: 'gif' }] }, '“format” of item 1 of “downloads” is not “svg” or “png”'],
    [{ downloads: [svg, { ...svg, bytes: 0 }] }, '“bytes” of item 2 of “downloads” is not a size'],
  ])('are refused, naming what is wrong, when the data is %j', (data, message) => {
    expect(readLoopDownloads(data)).toEqual({ ok: false, message });
  });
});
