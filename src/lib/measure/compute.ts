/**
 * DORA's five figures for one service (or all services) over a date range [from, to), each with the number
 * of records it rests on, a weekly trend, and notices for the records left out and why.
 *
 * Definitions (issue 22). A deployment counts when it succeeded and went to production.
 * - Change lead time: from a change's committed_at to the finish of the first counted deployment listing it;
 *   each change once; median, and the 90th percentile by nearest rank (stats.ts).
 * - Deployment frequency: counted deployments per week (and per day) of the range.
 * - Change fail rate: the share of counted deployments named by at least one incident's caused_by.
 * - Failed deployment recovery time: the median of resolved_at − started_at over incidents caused by a
 *   counted deployment; incidents no change caused are left out, as DORA does since 2023.
 * - Deployment rework rate: the share of counted deployments marked unplanned.
 * Which timestamp puts a record in the range (and in a week): a deployment's finished_at; a change's first
 * counted deployment's finished_at (its committed_at when no deployment shipped it); an incident's started_at.
 * Weeks are ISO weeks, Monday 00:00 to Monday 00:00 UTC; every week the range touches is listed, empty ones too.
 * With no range given, the range is the record set's span: whole UTC days from the first deployment or incident
 * to the last, the same for every service, so quiet services are not flattered.
 * Pure TS.
 */
import { isCounted } from './formats';
import { CHANGE_LEFT_OUT, INCIDENT_LEFT_OUT, type ChangeLeftOut, type IncidentLeftOut, type RecordSet, type ViewRecords } from './recordSet';
import { agree, countOf } from './problems';
import { median, nearestRank } from './stats';
import { DAY, HOUR, WEEK, isoWeekLabel, isoWeekStart } from './time';

import { FIGURE_DEFINITIONS, FIGURE_KEYS, type FigureKey } from './definitions';

export { FIGURE_DEFINITIONS, FIGURE_KEYS, type FigureKey };

export interface LeadTimeFigure {
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
  /** Changes it rests on. */
  readonly changes: number;
}

export interface FrequencyFigure {
  /** Successful production deployments in the range. */
  readonly deployments: number;
  readonly perWeek: number | null;
  readonly perDay: number | null;
  /** Days in the range (a partial week at either end has fewer than 7). */
  readonly days: number;
}

export interface ChangeFailFigure {
  /** 0–100. */
  readonly percent: number | null;
  readonly failedDeployments: number;
  /** Deployments it rests on. */
  readonly deployments: number;
}

export interface RecoveryFigure {
  readonly medianHours: number | null;
  /** Incidents it rests on. */
  readonly incidents: number;
}

export interface ReworkFigure {
  /** 0–100. */
  readonly percent: number | null;
  readonly unplannedDeployments: number;
  /** Deployments it rests on. */
  readonly deployments: number;
}

/** The five figures; null where there is nothing to compute them from. */
export interface FiveFigures {
  readonly leadTime: LeadTimeFigure;
  readonly deploymentFrequency: FrequencyFigure;
  readonly changeFailRate: ChangeFailFigure;
  readonly recoveryTime: RecoveryFigure;
  readonly reworkRate: ReworkFigure;
}

export interface WeekFigures extends FiveFigures {
  /** Monday 00:00 UTC, in milliseconds. */
  readonly weekStart: number;
  /** "2025-W09". */
  readonly week: string;
}

export type NoticeCode =
  | 'no-deployments-file'
  | 'no-changes-file'
  | 'no-incidents-file'
  | 'deployment-not-production'
  | 'deployment-failed'
  | `change-${ChangeLeftOut}`
  | `incident-${IncidentLeftOut}`;

/** Records left out of the figures, and why. */
export interface Notice {
  readonly code: NoticeCode;
  readonly count: number;
  /** One sentence for the page. */
  readonly message: string;
  /** For deployments to other environments: how many to each, as written. */
  readonly breakdown?: readonly { readonly label: string; readonly count: number }[];
}

export interface Figures extends FiveFigures {
  /** The service, '' for records without one, or null for all services. */
  readonly service: string | null;
  /** The range used, [from, to) in milliseconds; undefined when the set has no deployments or incidents. */
  readonly range: { readonly from: number; readonly to: number } | undefined;
  readonly weeks: readonly WeekFigures[];
  readonly notices: readonly Notice[];
}

export interface FigureOptions {
  /** A service, '' for records without one, or null for all services. */
  readonly service: string | null;
  /** Start of the range, inclusive, in milliseconds; the set's span when omitted. */
  readonly from?: number;
  /** End of the range, exclusive. */
  readonly to?: number;
}

const counted = countOf;
const verb = agree;

/** Builds one figure set from what fell in a span of `days` days. */
class Tally {
  deployments = 0;
  failed = 0;
  unplanned = 0;
  readonly leads: number[] = [];
  readonly recoveries: number[] = [];

  figures(days: number, has: RecordSet['loaded']): FiveFigures {
    const leads = Float64Array.from(this.leads).sort();
    const recoveries = Float64Array.from(this.recoveries).sort();
    const hours = (ms: number | null): number | null => (ms === null ? null : ms / HOUR);
    const share = (part: number): number | null => (this.deployments === 0 ? null : (part / this.deployments) * 100);
    return {
      leadTime: {
        medianHours: hours(median(leads)),
        p90Hours: hours(nearestRank(leads, 90)),
        changes: leads.length,
      },
      deploymentFrequency: {
        deployments: this.deployments,
        perWeek: has.deployments && days > 0 ? (this.deployments / days) * 7 : null,
        perDay: has.deployments && days > 0 ? this.deployments / days : null,
        days,
      },
      changeFailRate: { percent: has.incidents ? share(this.failed) : null, failedDeployments: this.failed, deployments: this.deployments },
      recoveryTime: { medianHours: hours(median(recoveries)), incidents: recoveries.length },
      reworkRate: { percent: share(this.unplanned), unplannedDeployments: this.unplanned, deployments: this.deployments },
    };
  }
}

/** The five figures for a service (or all services) over a range, with a weekly trend and notices. */
export function computeFigures(set: RecordSet, options: FigureOptions): Figures {
  const { service } = options;
  const view: ViewRecords | undefined = set.views.get(service);
  const from = options.from ?? set.span?.from;
  const to = options.to ?? set.span?.to;
  const bounded = options.from !== undefined || options.to !== undefined;
  if (from === undefined || to === undefined || to <= from) {
    const none = new Tally().figures(0, set.loaded);
    return { service, range: undefined, ...none, weeks: [], notices: notices(set, view, () => true) };
  }
  const inRange = (t: number): boolean => t >= from && t < to;
  const firstWeek = isoWeekStart(from);
  const weekCount = (isoWeekStart(to - 1) - firstWeek) / WEEK + 1;
  const total = new Tally();
  const weeks = Array.from({ length: weekCount }, () => new Tally());
  const weekOf = (t: number): Tally => weeks[Math.floor((t - firstWeek) / WEEK)] as Tally;

  if (view !== undefined) {
    for (const deployment of view.deployments) {
      if (!isCounted(deployment) || !inRange(deployment.finishedAt)) continue;
      const failed = set.failedDeployments.has(deployment.id) ? 1 : 0;
      const unplanned = deployment.unplanned ? 1 : 0;
      const week = weekOf(deployment.finishedAt);
      total.deployments += 1;
      total.failed += failed;
      total.unplanned += unplanned;
      week.deployments += 1;
      week.failed += failed;
      week.unplanned += unplanned;
    }
    const { shipAt, shipLead } = view;
    for (let i = 0; i < shipAt.length; i++) {
      const at = shipAt[i] as number;
      if (!inRange(at)) continue;
      const lead = shipLead[i] as number;
      total.leads.push(lead);
      weekOf(at).leads.push(lead);
    }
    for (const incident of view.incidents) {
      if (!inRange(incident.startedAt)) continue;
      const recovery = incident.resolvedAt - incident.startedAt;
      total.recoveries.push(recovery);
      weekOf(incident.startedAt).recoveries.push(recovery);
    }
  }

  const overlapDays = (start: number, end: number): number => (Math.min(end, to) - Math.max(start, from)) / DAY;
  return {
    service,
    range: { from, to },
    ...total.figures((to - from) / DAY, set.loaded),
    weeks: weeks.map((tally, i) => {
      const weekStart = firstWeek + i * WEEK;
      return { weekStart, week: isoWeekLabel(weekStart), ...tally.figures(overlapDays(weekStart, weekStart + WEEK), set.loaded) };
    }),
    notices: notices(set, view, bounded ? inRange : () => true),
  };
}

const CHANGE_NOTICE: Record<ChangeLeftOut, (n: number) => string> = {
  'never-deployed': (n) => `${counted(n, 'change', 'changes')} no deployment shipped ${verb(n, 'is', 'are')} left out of lead time.`,
  'only-failed-or-staging': (n) =>
    `${counted(n, 'change', 'changes')} shipped only by failed or non-production deployments ${verb(n, 'is', 'are')} left out of lead time.`,
  'deployed-before-committed': (n) =>
    `${counted(n, 'change', 'changes')} listed by a deployment that finished before ${verb(n, 'it was', 'they were')} committed ${verb(n, 'is', 'are')} left out of lead time.`,
  'no-record': (n) =>
    `${counted(n, 'change id', 'change ids')} that deployments list ${verb(n, 'has', 'have')} no row in the changes files, so ${verb(n, 'its', 'their')} lead time is unknown.`,
};

const INCIDENT_NOTICE: Record<IncidentLeftOut, (n: number) => string> = {
  'no-cause': (n) =>
    `${counted(n, 'incident', 'incidents')} with no caused_by ${verb(n, 'is', 'are')} left out of recovery time: DORA counts only failures a change caused.`,
  'cause-not-counted': (n) =>
    `${counted(n, 'incident', 'incidents')} caused by a failed or non-production deployment ${verb(n, 'is', 'are')} left out of change fail rate and recovery time.`,
  'unknown-deployment': (n) =>
    `${counted(n, 'incident', 'incidents')} naming a deployment that is in no deployments file ${verb(n, 'is', 'are')} left out of change fail rate and recovery time.`,
  'cause-left-out': (n) =>
    `${counted(n, 'incident', 'incidents')} naming a deployment that was itself left out ${verb(n, 'is', 'are')} left out of change fail rate and recovery time.`,
  'no-deployments-file': (n) =>
    `${counted(n, 'incident', 'incidents')} with a caused_by cannot be linked to ${verb(n, 'its', 'their')} deployment without a deployments file.`,
};

/** What the view's figures leave out within the range, and why, in a fixed order. */
function notices(set: RecordSet, view: ViewRecords | undefined, inRange: (t: number) => boolean): Notice[] {
  const out: Notice[] = [];
  if (!set.loaded.deployments) {
    out.push({ code: 'no-deployments-file', count: 0, message: 'No deployments file is loaded: no figure can be computed without one.' });
  }
  if (!set.loaded.changes) {
    out.push({ code: 'no-changes-file', count: 0, message: 'No changes file is loaded: change lead time needs one.' });
  }
  if (!set.loaded.incidents) {
    out.push({ code: 'no-incidents-file', count: 0, message: 'No incidents file is loaded: change fail rate and recovery time need one.' });
  }
  if (view === undefined) return out;
  const environments = new Map<string, number>();
  let notProduction = 0;
  let failed = 0;
  for (const deployment of view.deployments) {
    if (isCounted(deployment) || !inRange(deployment.finishedAt)) continue;
    if (deployment.environment.toLowerCase() !== 'production') {
      notProduction += 1;
      environments.set(deployment.environment, (environments.get(deployment.environment) ?? 0) + 1);
    } else failed += 1;
  }
  if (notProduction > 0) {
    const breakdown = [...environments].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
    const list = breakdown.map((b) => `${b.label}: ${b.count}`).join(', ');
    out.push({
      code: 'deployment-not-production',
      count: notProduction,
      message: `${counted(notProduction, 'deployment', 'deployments')} to other environments (${list}) ${verb(notProduction, 'is', 'are')} not counted: only production deployments are.`,
      breakdown,
    });
  }
  if (failed > 0) {
    out.push({
      code: 'deployment-failed',
      count: failed,
      message: `${counted(failed, 'failed production deployment', 'failed production deployments')} ${verb(failed, 'is', 'are')} not counted as ${verb(failed, 'a deployment', 'deployments')}.`,
    });
  }
  const changeCounts = new Map<ChangeLeftOut, number>();
  view.changesLeftOutAt.forEach((at, i) => {
    const reason = view.changesLeftOutWhy[i] as ChangeLeftOut;
    if (inRange(at)) changeCounts.set(reason, (changeCounts.get(reason) ?? 0) + 1);
  });
  for (const reason of CHANGE_LEFT_OUT) {
    const count = changeCounts.get(reason) ?? 0;
    if (count > 0) out.push({ code: `change-${reason}`, count, message: CHANGE_NOTICE[reason](count) });
  }
  const incidentCounts = new Map<IncidentLeftOut, number>();
  for (const { at, reason } of view.incidentsLeftOut) if (inRange(at)) incidentCounts.set(reason, (incidentCounts.get(reason) ?? 0) + 1);
  for (const reason of INCIDENT_LEFT_OUT) {
    const count = incidentCounts.get(reason) ?? 0;
    if (count > 0) out.push({ code: `incident-${reason}`, count, message: INCIDENT_NOTICE[reason](count) });
  }
  return out;
}
