/**
 * The figures to download: CSV with one row per service, or per service and week, and JSON with both.
 * Service names come from the reader's files, so a CSV cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe. Numbers are rounded to
 * three decimals. Pure TS.
 */
import { unparse } from 'papaparse';
import { SPREADSHEET_FORMULA } from '../files';
import { FIGURE_DEFINITIONS, type FiveFigures, type Figures, type Notice } from './compute';
import { isoDay, isoUtc } from './time';

/** What an all-services row names as its service. */
export const ALL_SERVICES_LABEL = '(all services)';

const FIGURE_COLUMNS = [
  'lead_time_median_hours',
  'lead_time_p90_hours',
  'lead_time_changes',
  'deployments',
  'deployments_per_week',
  'deployments_per_day',
  'change_fail_rate_percent',
  'failed_deployments',
  'recovery_time_median_hours',
  'recovery_incidents',
  'rework_rate_percent',
  'unplanned_deployments',
] as const;

/** The columns of the per-service CSV. */
export const SERVICE_CSV_COLUMNS = ['service', 'from', 'to', ...FIGURE_COLUMNS] as const;
/** The columns of the per-week CSV. */
export const WEEKLY_CSV_COLUMNS = ['service', 'week', 'week_start', 'days', ...FIGURE_COLUMNS] as const;

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);
const serviceLabel = (service: string | null): string => (service === null ? ALL_SERVICES_LABEL : service);

function figureCells(f: FiveFigures): (number | null)[] {
  return [
    round(f.leadTime.medianHours),
    round(f.leadTime.p90Hours),
    f.leadTime.changes,
    f.deploymentFrequency.deployments,
    round(f.deploymentFrequency.perWeek),
    round(f.deploymentFrequency.perDay),
    round(f.changeFailRate.percent),
    f.changeFailRate.failedDeployments,
    round(f.recoveryTime.medianHours),
    f.recoveryTime.incidents,
    round(f.reworkRate.percent),
    f.reworkRate.unplannedDeployments,
  ];
}

const toCsv = (rows: (string | number | null)[][]): string => unparse(rows, { escapeFormulae: SPREADSHEET_FORMULA, newline: '\r\n' });

/** One row per figure set (a service or all services) over its whole range. */
export function figuresCsv(results: readonly Figures[]): string {
  const rows = results.map((f) => [
    serviceLabel(f.service),
    f.range === undefined ? '' : isoDay(f.range.from),
    f.range === undefined ? '' : isoDay(f.range.to),
    ...figureCells(f),
  ]);
  return toCsv([[...SERVICE_CSV_COLUMNS], ...rows]);
}

/** One row per figure set and ISO week, weeks with no deployment included. */
export function weeklyCsv(results: readonly Figures[]): string {
  const rows = results.flatMap((f) =>
    f.weeks.map((w) => [serviceLabel(f.service), w.week, isoDay(w.weekStart), round(w.deploymentFrequency.days), ...figureCells(w)]),
  );
  return toCsv([[...WEEKLY_CSV_COLUMNS], ...rows]);
}

const roundFigures = (f: FiveFigures): FiveFigures => ({
  leadTime: { ...f.leadTime, medianHours: round(f.leadTime.medianHours), p90Hours: round(f.leadTime.p90Hours) },
  deploymentFrequency: {
    ...f.deploymentFrequency,
    perWeek: round(f.deploymentFrequency.perWeek),
    perDay: round(f.deploymentFrequency.perDay),
    days: round(f.deploymentFrequency.days) ?? 0,
  },
  changeFailRate: { ...f.changeFailRate, percent: round(f.changeFailRate.percent) },
  recoveryTime: { ...f.recoveryTime, medianHours: round(f.recoveryTime.medianHours) },
  reworkRate: { ...f.reworkRate, percent: round(f.reworkRate.percent) },
});

/** The figures and their weeks as JSON, with the definitions used and times in ISO 8601 UTC. */
export function figuresJson(results: readonly Figures[]): string {
  const notice = ({ code, count, message }: Notice): Pick<Notice, 'code' | 'count' | 'message'> => ({ code, count, message });
  return JSON.stringify(
    {
      definitions: FIGURE_DEFINITIONS,
      units: { durations: 'hours', rates: 'percent', weeks: 'ISO weeks starting Monday 00:00 UTC' },
      services: results.map((f) => ({
        service: f.service,
        from: f.range === undefined ? null : isoUtc(f.range.from),
        to: f.range === undefined ? null : isoUtc(f.range.to),
        ...roundFigures(f),
        notices: f.notices.map(notice),
        weeks: f.weeks.map((w) => ({ week: w.week, weekStart: isoUtc(w.weekStart), ...roundFigures(w) })),
      })),
    },
    null,
    2,
  );
}
