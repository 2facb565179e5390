// @vitest-environment node
import fc from 'fast-check';
import { computeFigures, type Figures, type FiveFigures } from '../compute';
import { loadRecords } from '../index';
import type { FileInput } from '../parse';

// Small random record sets: few ids, so repeats, conflicting rows, unknown changes and unknown causes all occur.
const OFFSETS = { Z: 0, '+01:00': 60, '+02:00': 120, '-05:00': -300, '+05:30': 330 } as const;
const offset = fc.constantFrom(...(Object.keys(OFFSETS) as (keyof typeof OFFSETS)[]));
const START = Date.UTC(2025, 0, 6);
const minutes = fc.integer({ min: 0, max: 8 * 7 * 24 * 60 });

function stamp(minute: number, zone: keyof typeof OFFSETS): string {
  const ms = START + minute * 60_000;
  return new Date(ms + OFFSETS[zone] * 60_000).toISOString().slice(0, 19) + zone;
}

const deployment = fc.record({
  id: fc.nat(24),
  at: minutes,
  zone: offset,
  service: fc.constantFrom('a', 'b'),
  environment: fc.constantFrom('production', 'Production', 'staging', ''),
  status: fc.constantFrom('success', 'failure', 'failed', ''),
  changes: fc.array(fc.nat(40), { maxLength: 5 }),
  unplanned: fc.constantFrom('true', 'false', ''),
});
const change = fc.record({ id: fc.nat(40), at: minutes, zone: offset, service: fc.constantFrom('a', 'b', '') });
const incident = (readable: boolean) =>
  fc.record({
    id: fc.nat(12),
    at: minutes,
    minutes: fc.integer({ min: readable ? 0 : -90, max: 3000 }),
    zone: offset,
    service: fc.constantFrom('a', 'b', ''),
    cause: fc.oneof(fc.constant(''), fc.constant('ghost'), fc.nat(24).map((n) => `d${n}`)),
  });
const recordSet = (readable: boolean) =>
  fc.record({
    deployments: fc.array(deployment, { maxLength: 25 }),
    changes: fc.array(change, { maxLength: 30 }),
    incidents: fc.array(incident(readable), { maxLength: 12 }),
  });
type RandomSet = ReturnType<typeof recordSet> extends fc.Arbitrary<infer T> ? T : never;
type Generated = { deployments: string[]; changes: string[]; incidents: string[] };

/** Each kind's rows as CSV lines, without the header. */
const toRows = (set: RandomSet): Generated => ({
  deployments: set.deployments.map(
    (d) => `d${d.id},${d.service},${d.environment},${d.status},${stamp(d.at, d.zone)},${d.changes.map((c) => `c${c}`).join(';')},${d.unplanned}`,
  ),
  changes: set.changes.map((c) => `c${c.id},${c.service},${stamp(c.at, c.zone)}`),
  incidents: set.incidents.map((i) => `i${i.id},${i.service},${stamp(i.at, i.zone)},${stamp(i.at + i.minutes, i.zone)},${i.cause}`),
});

const HEADERS: Generated = {
  deployments: ['id,service,environment,status,finished_at,changes,unplanned'],
  changes: ['id,service,committed_at'],
  incidents: ['id,service,started_at,resolved_at,caused_by'],
};
const file = (name: string, header: string[], rows: readonly string[]): FileInput => ({ name, text: [...header, ...rows].join('\n') + '\n' });
const files = (rows: Generated): FileInput[] => [
  file('deployments.csv', HEADERS.deployments, rows.deployments),
  file('changes.csv', HEADERS.changes, rows.changes),
  file('incidents.csv', HEADERS.incidents, rows.incidents),
];

/** The figures for all services and each service. */
function everyView(inputs: readonly FileInput[]): Figures[] {
  const { set } = loadRecords(inputs);
  return [null, ...set.services].map((service) => computeFigures(set, { service }));
}

const shuffled = <T>(items: readonly T[], keys: readonly number[]): T[] =>
  items.map((item, i) => ({ item, key: keys[i] ?? 0, i })).sort((a, b) => a.key - b.key || a.i - b.i).map(({ item }) => item);

function checkRanges(f: FiveFigures): void {
  for (const percent of [f.changeFailRate.percent, f.reworkRate.percent]) {
    if (percent !== null) {
      expect(percent).toBeGreaterThanOrEqual(0);
      expect(percent).toBeLessThanOrEqual(100);
    }
  }
  for (const hours of [f.leadTime.medianHours, f.leadTime.p90Hours, f.recoveryTime.medianHours]) if (hours !== null) expect(hours).toBeGreaterThanOrEqual(0);
  if (f.leadTime.p90Hours !== null) expect(f.leadTime.p90Hours).toBeGreaterThanOrEqual(f.leadTime.medianHours as number);
  expect(f.changeFailRate.failedDeployments).toBeLessThanOrEqual(f.changeFailRate.deployments);
}

describe('properties of any record set', () => {
  it('keeps rates within 0–100 % and durations non-negative, in total and every week; weeks add up to the total', () => {
    fc.assert(
      fc.property(recordSet(false), (set) => {
        for (const figures of everyView(files(toRows(set)))) {
          checkRanges(figures);
          figures.weeks.forEach(checkRanges);
          const sum = (pick: (f: FiveFigures) => number) => figures.weeks.reduce((total, w) => total + pick(w), 0);
          expect(sum((w) => w.deploymentFrequency.deployments)).toBe(figures.deploymentFrequency.deployments);
          expect(sum((w) => w.leadTime.changes)).toBe(figures.leadTime.changes);
          expect(sum((w) => w.recoveryTime.incidents)).toBe(figures.recoveryTime.incidents);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same figures whatever the order of the rows', () => {
    fc.assert(
      fc.property(recordSet(false), fc.array(fc.double({ noNaN: true }), { minLength: 70, maxLength: 70 }), (set, keys) => {
        const rows = toRows(set);
        const mixed = {
          deployments: shuffled(rows.deployments, keys),
          changes: shuffled(rows.changes, keys.slice(25)),
          incidents: shuffled(rows.incidents, keys.slice(55)),
        };
        expect(everyView([...files(mixed)].reverse())).toEqual(everyView(files(rows)));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same figures when each file is split in two and both halves are loaded', () => {
    fc.assert(
      fc.property(recordSet(true), fc.double({ min: 0, max: 1, noNaN: true }), (set, at) => {
        const rows = toRows(set);
        const halves = (Object.keys(rows) as (keyof Generated)[]).flatMap((kind) => {
          const cut = Math.round(at * rows[kind].length);
          return [file(`${kind}-1.csv`, HEADERS[kind], rows[kind].slice(0, cut)), file(`${kind}-2.csv`, HEADERS[kind], rows[kind].slice(cut))];
        });
        // A half with no rows is refused and adds nothing; the other half carries the file.
        expect(everyView(halves)).toEqual(everyView(files(rows)));
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same figures from JSON as from CSV', () => {
    fc.assert(
      fc.property(recordSet(false), (set) => {
        const rows = toRows(set);
        const asJson = (Object.keys(rows) as (keyof Generated)[]).map((kind) => {
          const columns = (HEADERS[kind][0] as string).split(',');
          const objects = rows[kind].map((row) => Object.fromEntries(row.split(',').map((cell, i) => [columns[i], cell])));
          return { name: `${kind}.json`, text: JSON.stringify(objects) };
        });
        const strip = (figures: Figures[]) => figures.map((f) => ({ ...f, notices: f.notices.map((n) => n.code) }));
        expect(strip(everyView(asJson))).toEqual(strip(everyView(files(rows))));
      }),
      { numRuns: 50 },
    );
  });
});
