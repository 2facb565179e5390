// @vitest-environment node
import { parse } from 'papaparse';
import { computeFigures } from '../compute';
import { figuresCsv, figuresJson, weeklyCsv } from '../export';
import { loadRecords } from '../index';

const services = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', 'plain, with "quotes"', 'line\nbreak', '=cmd\nsecond', 'shop', 'search'];

const { set } = loadRecords([
  {
    name: 'deployments.csv',
    text: ['id,service,finished_at', ...services.map((s, i) => `d${i},"${s.replace(/"/g, '""')}",${i % 2 === 0 ? '2025-03-03' : '2025-03-10'}T10:00:00Z`)].join('\n'),
  },
]);
// Files' cells are trimmed, so names starting with a tab or a carriage return only reach the export from elsewhere.
const results = [null, ...set.services, '\tsneaky', '\rreturn'].map((service) => computeFigures(set, { service }));

describe('CSV export', () => {
  it('puts an apostrophe before anything a spreadsheet would run, and quotes what needs quoting', () => {
    const rows = parse<string[]>(figuresCsv(results), { skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 5)).toEqual(['service', 'from', 'to', 'lead_time_median_hours', 'lead_time_p90_hours']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      '(all services)',
      "'+1",
      "'-2",
      '\'=HYPERLINK("http://x","y")',
      "'=cmd\nsecond",
      "'@SUM(A1)",
      'line\nbreak',
      'plain, with "quotes"',
      'search',
      'shop',
      "'\tsneaky",
      "'\rreturn",
    ]);
  });

  it('writes one row per service and ISO week, the week without deployments too', () => {
    const rows = parse<string[]>(weeklyCsv(results.slice(0, 1)), { skipEmptyLines: true }).data;
    // Deployments on 3 March (W10) and 10 March (W11): five and four of them.
    expect(rows.map((row) => row.slice(0, 4).concat(row[7] ?? ''))).toEqual([
      ['service', 'week', 'week_start', 'days', 'deployments'],
      ['(all services)', '2025-W10', '2025-03-03', '7', '5'],
      ['(all services)', '2025-W11', '2025-03-10', '1', '4'],
    ]);
  });

  it('leaves a figure that could not be computed empty', () => {
    const [header, all] = parse<string[]>(figuresCsv(results.slice(0, 1)), { skipEmptyLines: true }).data;
    const cell = (column: string) => all?.[header?.indexOf(column) ?? -1];
    expect(cell('lead_time_median_hours')).toBe('');
    expect(cell('deployments')).toBe('9');
    expect(cell('deployments_per_week')).toBe('7.875');
  });
});

describe('JSON export', () => {
  it('holds the definitions, the figures in hours and percent, times in UTC, and the weeks', () => {
    const json = JSON.parse(figuresJson(results.slice(0, 1)));
    expect(json.units.durations).toBe('hours');
    expect(json.definitions.reworkRate).toBe('Share of successful production deployments marked unplanned.');
    expect(json.services[0]).toMatchObject({
      service: null,
      from: '2025-03-03T00:00:00.000Z',
      to: '2025-03-11T00:00:00.000Z',
      deploymentFrequency: { deployments: 9, perWeek: 7.875, perDay: 1.125, days: 8 },
      reworkRate: { percent: 0, unplannedDeployments: 0, deployments: 9 },
    });
    expect(json.services[0].weeks.map((w: { week: string }) => w.week)).toEqual(['2025-W10', '2025-W11']);
  });
});
