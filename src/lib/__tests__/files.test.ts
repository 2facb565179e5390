import { File } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { csvDownload, formatBytes, readTextFile, textDownload } from '../files';

// jsdom's File cannot be read (no text() or arrayBuffer()); Node's can, as a browser's File can.
const file = (name: string, parts: (string | Uint8Array)[]) => new File(parts, name);

describe('reading a text file', () => {
  it('reads a text file under the cap, as UTF-8', async () => {
    expect(await readTextFile(file('checks.json', ['{"café": 1}']), 100)).toEqual({ ok: true, text: '{"café": 1}' });
  });

  it('reads a file of exactly the cap', async () => {
    expect(await readTextFile(file('ten.txt', ['0123456789']), 10)).toEqual({ ok: true, text: '0123456789' });
  });

  it('refuses a file over the cap before reading it, naming the file and the limit', async () => {
    let read = false;
    const big = { name: 'huge.json', size: 3 * 1024 * 1024, slice: () => ({ arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) }), text: async () => ((read = true), '') };
    expect(await readTextFile(big, 1024 * 1024)).toEqual({ ok: false, message: '“huge.json” is larger than 1 MB, the most this page reads, so it was not read.' });
    expect(read).toBe(false);
  });

  it('refuses a binary file, naming it', async () => {
    const png = file('loop.png', [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])]);
    expect(await readTextFile(png, 1000)).toEqual({ ok: false, message: '“loop.png” is not a text file (it holds binary data), so it was not read.' });
  });

  it('refuses a file whose NUL byte comes after the part looked at first', async () => {
    const late = file('late.csv', ['a,b\n'.repeat(3000), new Uint8Array([0]), 'c,d\n']);
    expect(await readTextFile(late, 1024 * 1024)).toMatchObject({ ok: false, message: expect.stringContaining('“late.csv” is not a text file') });
  });

  it('says a file that cannot be read could not be, naming it', async () => {
    const gone = {
      name: 'moved.json',
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }),
      text: () => Promise.reject(new Error('NotReadableError')),
    };
    expect(await readTextFile(gone, 100)).toEqual({ ok: false, message: expect.stringMatching(/^“moved\.json” could not be read/) });
  });
});

describe('file sizes', () => {
  it.each([
    [812, '812 B'],
    [1024, '1.0 KB'],
    [24_678, '24.1 KB'],
    [1024 * 1024, '1 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [200 * 1024 * 1024, '200 MB'],
  ])('%s bytes read “%s”', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });
});

describe('downloads', () => {
  it('keep the name, type and text', () => {
    expect(textDownload('loop-checks.json', 'application/json', '{}')).toEqual({ filename: 'loop-checks.json', type: 'application/json', text: '{}' });
  });

  it.each(['../etc/passwd.txt', 'no-extension', 'a/b.csv'])('refuse “%s” as a file name', (name) => {
    expect(() => textDownload(name, 'text/plain', '')).toThrow(/not a plain file name/);
  });

  it('write CSV with a formula left as text', async () => {
    const csv = await csvDownload('teams.csv', [
      ['Team', 'Score'],
      ['=HYPERLINK("https://example.com")', '4.0'],
    ]);
    expect(csv.type).toBe('text/csv');
    expect(csv.text).toBe('Team,Score\r\n"\'=HYPERLINK(""https://example.com"")",4.0');
  });

  it('write CSV with a formula followed by a line break left as text too', async () => {
    const csv = await csvDownload('teams.csv', [['=1+1\nsecond line', '@SUM(A1)']]);
    expect(csv.text).toBe('"\'=1+1\nsecond line","\'@SUM(A1)"');
  });
});
