// @vitest-environment node
import { parse } from 'papaparse';
import { computeFigures } from '../compute';
import { formatInZone, generateRecords, sampleRecords } from '../generate';
import { loadRecords } from '../index';

const asFiles = (records: { deployments: string; changes: string; incidents: string }) => [
  { name: 'deployments.csv', text: records.deployments },
  { name: 'changes.csv', text: records.changes },
  { name: 'incidents.csv', text: records.incidents },
];
const column = (text: string, name: string): string[] => {
  const [header = [], ...rows] = parse<string[]>(text, { skipEmptyLines: true }).data;
  const index = header.indexOf(name);
  return rows.map((row) => row[index] ?? '');
};

describe('sample records', () => {
  const sample = sampleRecords();
  const { files, set } = loadRecords(asFiles(sample));

  it('are the same for the same seed and differ for another', () => {
    expect(sampleRecords()).toEqual(sample);
    expect(sampleRecords(23).deployments).not.toBe(sample.deployments);
  });

  it('read without a problem or a contradiction, for two services', () => {
    expect(files.map((f) => (f.ok ? [f.kind, f.leftOut] : f.message))).toEqual([
      ['deployments', 0],
      ['changes', 0],
      ['incidents', 0],
    ]);
    expect(set.contradictions).toEqual([]);
    expect(set.services).toEqual(['checkout', 'search']);
  });

  it('hold the traps: staging and failed deployments, redeploys, changes never shipped, incidents without a cause, a week without deployments', () => {
    const all = computeFigures(set, { service: null });
    expect(all.notices.map((n) => n.code)).toEqual(
      expect.arrayContaining(['deployment-not-production', 'deployment-failed', 'change-never-deployed', 'incident-no-cause']),
    );
    expect(all.weeks.filter((w) => w.deploymentFrequency.deployments === 0).map((w) => w.week)).toEqual(['2025-W13']);
    const listed = column(sample.deployments, 'changes').flatMap((cell) => cell.split(' ').filter(Boolean));
    expect(new Set(listed).size).toBeLessThan(listed.length);
    expect(all.changeFailRate.failedDeployments).toBeGreaterThan(0);
    expect(all.reworkRate.unplannedDeployments).toBeGreaterThan(0);
  });

  it('write local times with their offsets, across both daylight-saving changes', () => {
    const offsets = new Set(column(sample.deployments, 'finished_at').map((t) => t.slice(19)));
    expect([...offsets].sort()).toEqual(['+01:00', '+02:00', '-04:00', '-05:00']);
  });
});

describe('generated records of a given size', () => {
  it('have exactly the counts asked for, split over the services', () => {
    const services = Array.from({ length: 4 }, (_, i) => ({ name: `s${i}`, zone: 'utc' as const }));
    const records = generateRecords({ seed: 1, services, start: '2025-01-06', weeks: 10, deployments: 403, changes: 4001, incidents: 21 });
    const { files } = loadRecords(asFiles(records));
    expect(files.map((f) => (f.ok ? f.records.length : f.message))).toEqual([403, 4001, 21]);
  });
});

describe('formatInZone', () => {
  it.each([
    ['2025-03-30T00:59:00Z', 'europe', '2025-03-30T01:59:00+01:00'],
    ['2025-03-30T01:00:00Z', 'europe', '2025-03-30T03:00:00+02:00'],
    ['2025-03-09T06:59:00Z', 'us-east', '2025-03-09T01:59:00-05:00'],
    ['2025-03-09T07:00:00Z', 'us-east', '2025-03-09T03:00:00-04:00'],
    ['2025-11-02T05:59:00Z', 'us-east', '2025-11-02T01:59:00-04:00'],
    ['2025-11-02T06:00:00Z', 'us-east', '2025-11-02T01:00:00-05:00'],
    ['2025-03-01T09:30:00Z', 'india', '2025-03-01T15:00:00+05:30'],
    ['2025-03-01T09:30:00Z', 'utc', '2025-03-01T09:30:00Z'],
  ] as const)('writes %s in %s as %s', (instant, zone, expected) => {
    expect(formatInZone(Date.parse(instant), zone)).toBe(expected);
  });
});
