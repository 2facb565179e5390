// @vitest-environment node
import type { TextFile } from '../../files';
import { MeasureEngine } from '../engine';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

const deployments = lines('id,finished_at,service', 'd1,2025-03-03T10:00:00Z,shop', 'd2,2025-03-05T10:00:00Z,shop');

/** A file that fails the test if its contents are read. */
const unreadable = (name: string, size: number): TextFile => ({
  name,
  size,
  slice: () => {
    throw new Error('read');
  },
  text: () => {
    throw new Error('read');
  },
});

const fileOf = (name: string, bytes: Uint8Array): TextFile => ({
  name,
  size: bytes.length,
  slice: (start, end) => ({ arrayBuffer: async () => bytes.slice(start, end).buffer }),
  text: async () => new TextDecoder().decode(bytes),
});

describe('the engine /measure runs', () => {
  it('keeps the previous records when a new file of the same kind is refused, and replaces them when one is read', async () => {
    const engine = new MeasureEngine();
    await engine.load([{ name: 'deploys.csv', text: deployments }]);
    const bad = await engine.load([{ name: 'deploys-2.csv', text: lines('id,finished_at', 'd9,2025-03-03T10:00:00') }]);
    expect(bad.changed).toBe(false);
    expect(bad.files).toEqual([expect.objectContaining({ ok: false, name: 'deploys-2.csv' })]);
    expect(engine.figures({ service: 'shop' })?.deploymentFrequency.deployments).toBe(2);

    await engine.load([{ name: 'deploys-3.csv', text: lines('id,finished_at,service', 'd7,2025-03-03T10:00:00Z,shop') }]);
    expect(engine.figures({ service: 'shop' })?.deploymentFrequency.deployments).toBe(1);
    expect(engine.summary()?.files).toEqual([{ kind: 'deployments', name: 'deploys-3.csv', records: 1 }]);
  });

  it('adds a file of another kind to the records already loaded', async () => {
    const engine = new MeasureEngine();
    await engine.load([{ name: 'deploys.csv', text: deployments }]);
    await engine.load([{ name: 'incidents.csv', text: lines('id,started_at,resolved_at,caused_by', 'i1,2025-03-03T12:00:00Z,2025-03-03T14:00:00Z,d1') }]);
    const figures = engine.figures({ service: 'shop' });
    expect(figures?.changeFailRate.percent).toBe(50);
    expect(figures?.recoveryTime.medianHours).toBe(2);
  });

  it('refuses a file over 200 MB without reading it, and a binary file, naming each', async () => {
    const engine = new MeasureEngine();
    const result = await engine.load([unreadable('huge.csv', 210 * 1024 * 1024), fileOf('picture.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))]);
    expect(result.files).toEqual([
      { ok: false, name: 'huge.csv', message: '“huge.csv” is larger than 200 MB, the most this page reads, so it was not read.' },
      { ok: false, name: 'picture.csv', message: '“picture.csv” is not a text file (it holds binary data), so it was not read.' },
    ]);
    expect(result.summary).toBeUndefined();
  });

  it('reports progress through each file and exports every service and all together', async () => {
    const engine = new MeasureEngine();
    const steps: string[] = [];
    await engine.loadSample((p) => steps.push(p.text));
    expect(steps).toContain('Reading the records in “sample-deployments.csv”');
    expect(steps.at(-1)).toBe('Joining the records');
    expect(engine.summary()?.services).toEqual(['checkout', 'search']);
    const csv = engine.exports({})?.figuresCsv.split('\r\n').map((row) => row.split(',')[0]);
    expect(csv?.slice(0, 4)).toEqual(['service', '(all services)', 'checkout', 'search']);
  });
});
