/**
 * All files read, joined into one set of records: repeated ids resolved, contradictions named, and the
 * links the figures need computed once (each change's first successful production deployment, each
 * incident's causing deployment). Computing the figures for a service or a date range then only filters.
 * Pure TS, linear in the number of records apart from one sort of the deployments.
 */
import { isCounted, type Change, type Deployment, type Incident, type RecordByKind, type RecordKind, type SourceRow } from './formats';
import type { ReadFile } from './parse';
import { ProblemLog, quote, type ProblemGroup } from './problems';
import { DAY, isoUtc, utcDayStart } from './time';

/** Why a change is left out of lead time, in the order notices list them. */
export const CHANGE_LEFT_OUT = ['never-deployed', 'only-failed-or-staging', 'deployed-before-committed', 'no-record'] as const;
export type ChangeLeftOut = (typeof CHANGE_LEFT_OUT)[number];
/** Why an incident is left out of change fail rate and recovery time, in the order notices list them. */
export const INCIDENT_LEFT_OUT = ['no-cause', 'cause-not-counted', 'unknown-deployment', 'cause-left-out', 'no-deployments-file'] as const;
export type IncidentLeftOut = (typeof INCIDENT_LEFT_OUT)[number];


/** The records one view (a service, or all services) draws on. Long lists are parallel arrays of numbers. */
export interface ViewRecords {
  /** Every deployment, counted or not. */
  readonly deployments: Deployment[];
  /** Each change once, at its first successful production deployment in this view: when that finished, in ms. */
  readonly shipAt: number[];
  /** The same changes' lead times in ms, index for index. */
  readonly shipLead: number[];
  /** Incidents caused by a counted deployment of this view. */
  readonly incidents: Incident[];
  /** Changes left out: the timestamp that places each in time (see compute.ts), and why, index for index. */
  readonly changesLeftOutAt: number[];
  readonly changesLeftOutWhy: ChangeLeftOut[];
  /** Incidents left out, placed in time by started_at. */
  readonly incidentsLeftOut: { readonly at: number; readonly reason: IncidentLeftOut }[];
}

export interface RecordSet {
  /** The records used: repeated rows once, ids with conflicting rows not at all. */
  readonly deployments: readonly Deployment[];
  readonly changes: readonly Change[];
  readonly incidents: readonly Incident[];
  /** Which kinds of file were loaded. */
  readonly loaded: Readonly<Record<RecordKind, boolean>>;
  /** Every service named, sorted; '' stands for records without one. */
  readonly services: readonly string[];
  /** Whole UTC days from the earliest deployment or incident start to the latest; undefined without either. */
  readonly span: { readonly from: number; readonly to: number } | undefined;
  /** Contradictions between records; the records concerned are left out. */
  readonly contradictions: readonly ProblemGroup[];
  /** Rows that repeat another row exactly (same id, same values), counted once. */
  readonly repeated: readonly ProblemGroup[];
  /** Ids of successful production deployments that caused at least one incident. */
  readonly failedDeployments: ReadonlySet<string>;
  /** The records per service ('' for none), and for all services under `null`. */
  readonly views: ReadonlyMap<string | null, ViewRecords>;
}

const KIND_SINGULAR: Record<RecordKind, string> = { deployments: 'deployment', changes: 'change', incidents: 'incident' };

const where = (source: SourceRow): string => `${source.file} ${source.file.toLowerCase().endsWith('.json') ? 'item' : 'row'} ${source.row}`;

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

const sameRecord: { [K in RecordKind]: (a: RecordByKind[K], b: RecordByKind[K]) => boolean } = {
  deployments: (a, b) =>
    a.finishedAt === b.finishedAt &&
    a.service === b.service &&
    a.environment === b.environment &&
    a.status === b.status &&
    a.unplanned === b.unplanned &&
    sameList(a.changes, b.changes),
  changes: (a, b) => a.committedAt === b.committedAt && a.service === b.service,
  incidents: (a, b) => a.startedAt === b.startedAt && a.resolvedAt === b.resolvedAt && a.service === b.service && a.causedBy === b.causedBy,
};

interface Deduped<R> {
  /** One record per id, in first-seen order. */
  readonly kept: R[];
  /** Each kept id's place in `kept`. */
  readonly index: Map<string, number>;
  /** Ids whose rows disagree: none of their rows is kept. */
  readonly conflicting: Set<string>;
}

/** Keeps one of each id: exact repeats count once, ids whose rows disagree are left out and named. */
function dedupe<K extends RecordKind>(kind: K, records: RecordByKind[K][], contradictions: ProblemLog, repeated: ProblemLog): Deduped<RecordByKind[K]> {
  // One map write per record; a write that does not grow the map has met a repeated id. Repeats are rare,
  // so they are sorted out afterwards, in a second pass over the records.
  let index = new Map<string, number>();
  let repeatedIds: Set<string> | undefined;
  records.forEach((record, i) => {
    const size = index.size;
    index.set(record.id, i);
    if (index.size === size) (repeatedIds ??= new Set()).add(record.id);
  });
  const conflicting = new Set<string>();
  if (repeatedIds === undefined) return { kept: records, index, conflicting };
  const repeats = repeatedIds;

  const groups = new Map<string, RecordByKind[K][]>();
  for (const record of records) {
    if (!repeats.has(record.id)) continue;
    const group = groups.get(record.id);
    if (group === undefined) groups.set(record.id, [record]);
    else group.push(record);
  }
  const same = sameRecord[kind];
  for (const [id, [first, ...others]] of groups) {
    if (first === undefined) continue;
    if (others.every((record) => same(first, record))) {
      for (const record of others) {
        repeated.add('repeated-record', kind, `a row repeats another ${KIND_SINGULAR[kind]} exactly`, () => ({
          code: 'repeated-record',
          message: `${where(record)} repeats ${KIND_SINGULAR[kind]} ${quote(id)} from ${where(first)} exactly; it is counted once.`,
          file: record.file,
          row: record.row,
        }));
      }
      continue;
    }
    conflicting.add(id);
    const rows = [first, ...others];
    contradictions.add('duplicate-id', 'id', 'ids appear more than once with different values', () => ({
      code: 'duplicate-id',
      message: `${capitalise(KIND_SINGULAR[kind])} ${quote(id)} appears more than once with different values (${rows.map(where).join(', ')}); none of them is used.`,
      file: first.file,
      row: first.row,
      column: 'id',
    }));
  }
  const kept = records.filter((record) => !repeats.has(record.id) || (!conflicting.has(record.id) && groups.get(record.id)?.[0] === record));
  index = new Map(kept.map((record, i) => [record.id, i]));
  return { kept, index, conflicting };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const emptyView = (): ViewRecords => ({
  deployments: [],
  shipAt: [],
  shipLead: [],
  incidents: [],
  changesLeftOutAt: [],
  changesLeftOutWhy: [],
  incidentsLeftOut: [],
});

/** Joins the files read into one record set (files refused whole are not passed in). */
export function buildRecordSet(files: readonly ReadFile[]): RecordSet {
  const loaded: Record<RecordKind, boolean> = { deployments: false, changes: false, incidents: false };
  const all = { deployments: [] as Deployment[], changes: [] as Change[], incidents: [] as Incident[] };
  const leftOutIds = { deployments: new Set<string>(), changes: new Set<string>(), incidents: new Set<string>() };
  for (const file of files) {
    loaded[file.kind] = true;
    // push(...records) overflows the stack for large files.
    if (file.kind === 'deployments') for (const r of file.records) all.deployments.push(r);
    else if (file.kind === 'changes') for (const r of file.records) all.changes.push(r);
    else for (const r of file.records) all.incidents.push(r);
    for (const id of file.leftOutIds) leftOutIds[file.kind].add(id);
  }

  const contradictions = new ProblemLog();
  const repeated = new ProblemLog();
  const deploymentsDeduped = dedupe('deployments', all.deployments, contradictions, repeated);
  const changesDeduped = dedupe('changes', all.changes, contradictions, repeated);
  const incidentsDeduped = dedupe('incidents', all.incidents, contradictions, repeated);
  const deployments = deploymentsDeduped.kept;
  const changes = changesDeduped.kept;
  const incidents = incidentsDeduped.kept;
  const changeIndex = changesDeduped.index;
  for (const id of deploymentsDeduped.conflicting) leftOutIds.deployments.add(id);
  for (const id of changesDeduped.conflicting) leftOutIds.changes.add(id);

  const allView = emptyView();
  const views = new Map<string | null, ViewRecords>([[null, allView]]);
  // Records of one service tend to come together: the last view found is checked first.
  let lastService: string | undefined;
  let lastView = allView;
  const viewOf = (service: string): ViewRecords => {
    if (service === lastService) return lastView;
    let view = views.get(service);
    if (view === undefined) {
      view = emptyView();
      views.set(service, view);
    }
    lastService = service;
    lastView = view;
    return view;
  };

  // Deployments; changes listed by a deployment that is not counted are marked.
  const deploymentById = new Map<string, Deployment>();
  const counted: Deployment[] = [];
  const listedByUncounted = new Uint8Array(changes.length);
  for (const deployment of deployments) {
    deploymentById.set(deployment.id, deployment);
    viewOf(deployment.service).deployments.push(deployment);
    allView.deployments.push(deployment);
    if (isCounted(deployment)) counted.push(deployment);
    else {
      for (const id of deployment.changes) {
        const ordinal = changeIndex.get(id);
        if (ordinal !== undefined) listedByUncounted[ordinal] = 1;
      }
    }
  }

  // Each change's first counted deployment, per service when several services shipped it. Deployments go
  // in time order (ties by id, so row order never matters), so the first one met is the earliest.
  counted.sort((a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const firstShipped = new Int32Array(changes.length).fill(-1);
  const alsoShipped = new Map<number, number[]>();
  const unknown = new Map<string, number[]>();
  const isOtherService = (list: readonly number[], service: string): boolean => list.every((k) => (counted[k] as Deployment).service !== service);
  counted.forEach((deployment, k) => {
    for (const id of deployment.changes) {
      const ordinal = changeIndex.get(id);
      if (ordinal === undefined) {
        // Without a changes file every id is unknown: the figures say the file is missing instead.
        if (!loaded.changes || leftOutIds.changes.has(id)) continue;
        const list = unknown.get(id);
        if (list === undefined) unknown.set(id, [k]);
        else if (isOtherService(list, deployment.service)) list.push(k);
        continue;
      }
      const first = firstShipped[ordinal] as number;
      if (first < 0) firstShipped[ordinal] = k;
      else if ((counted[first] as Deployment).service !== deployment.service) {
        const list = alsoShipped.get(ordinal);
        if (list === undefined) alsoShipped.set(ordinal, [k]);
        else if (isOtherService(list, deployment.service)) list.push(k);
      }
    }
  });

  const leaveOut = (view: ViewRecords, at: number, reason: ChangeLeftOut): void => {
    view.changesLeftOutAt.push(at);
    view.changesLeftOutWhy.push(reason);
  };
  /** A change shipped by a counted deployment: its lead time, or a contradiction when the commit came later. */
  const ship = (change: Change, deployment: Deployment, isFirst: boolean): void => {
    const leadMs = deployment.finishedAt - change.committedAt;
    const view = viewOf(deployment.service);
    if (leadMs >= 0) {
      view.shipAt.push(deployment.finishedAt);
      view.shipLead.push(leadMs);
      if (isFirst) {
        allView.shipAt.push(deployment.finishedAt);
        allView.shipLead.push(leadMs);
      }
      return;
    }
    leaveOut(view, deployment.finishedAt, 'deployed-before-committed');
    if (!isFirst) return;
    leaveOut(allView, deployment.finishedAt, 'deployed-before-committed');
    contradictions.add('deployed-before-committed', 'committed_at', 'a change was deployed before it was committed', () => ({
      code: 'deployed-before-committed',
      message:
        `${where(change)}, column committed_at: change ${quote(change.id)} was committed at ${isoUtc(change.committedAt)}, ` +
        `after deployment ${quote(deployment.id)} (${where(deployment)}) that lists it finished at ${isoUtc(deployment.finishedAt)}; ` +
        'it is left out of lead time.',
      file: change.file,
      row: change.row,
      column: 'committed_at',
    }));
  };
  changes.forEach((change, ordinal) => {
    const first = firstShipped[ordinal] as number;
    if (first >= 0) {
      ship(change, counted[first] as Deployment, true);
      for (const k of alsoShipped.get(ordinal) ?? []) ship(change, counted[k] as Deployment, false);
      return;
    }
    // Without a deployments file no change could have shipped: the figures say the file is missing instead.
    if (!loaded.deployments) return;
    const reason: ChangeLeftOut = listedByUncounted[ordinal] === 1 ? 'only-failed-or-staging' : 'never-deployed';
    // A change no deployment shipped belongs to the service its own row names.
    leaveOut(viewOf(change.service), change.committedAt, reason);
    leaveOut(allView, change.committedAt, reason);
  });
  for (const list of unknown.values()) {
    list.forEach((k, i) => {
      const deployment = counted[k] as Deployment;
      leaveOut(viewOf(deployment.service), deployment.finishedAt, 'no-record');
      if (i === 0) leaveOut(allView, deployment.finishedAt, 'no-record');
    });
  }

  // Incidents and the deployments that caused them.
  const failedDeployments = new Set<string>();
  for (const incident of incidents) {
    const cause = incident.causedBy === '' ? undefined : deploymentById.get(incident.causedBy);
    if (cause !== undefined && isCounted(cause)) {
      // A change-caused incident counts for the service whose deployment caused it.
      failedDeployments.add(cause.id);
      viewOf(cause.service).incidents.push(incident);
      allView.incidents.push(incident);
      continue;
    }
    let reason: IncidentLeftOut;
    if (incident.causedBy === '') reason = 'no-cause';
    else if (cause !== undefined) reason = 'cause-not-counted';
    else if (!loaded.deployments) reason = 'no-deployments-file';
    else if (leftOutIds.deployments.has(incident.causedBy)) reason = 'cause-left-out';
    else {
      reason = 'unknown-deployment';
      contradictions.add('unknown-deployment', 'caused_by', 'caused_by names no deployment', () => ({
        code: 'unknown-deployment',
        message:
          `${where(incident)}, column caused_by: incident ${quote(incident.id)} names deployment ${quote(incident.causedBy)}, ` +
          'which is in no deployments file; it is left out of change fail rate and recovery time.',
        file: incident.file,
        row: incident.row,
        column: 'caused_by',
      }));
    }
    const service = incident.service !== '' || cause === undefined ? incident.service : cause.service;
    viewOf(service).incidentsLeftOut.push({ at: incident.startedAt, reason });
    allView.incidentsLeftOut.push({ at: incident.startedAt, reason });
  }

  let min = Infinity;
  let max = -Infinity;
  for (const d of deployments) {
    if (d.finishedAt < min) min = d.finishedAt;
    if (d.finishedAt > max) max = d.finishedAt;
  }
  for (const i of incidents) {
    if (i.startedAt < min) min = i.startedAt;
    if (i.startedAt > max) max = i.startedAt;
  }
  const span = min === Infinity ? undefined : { from: utcDayStart(min), to: utcDayStart(max) + DAY };

  // Records without a service make a service '' only when deployments or incidents are among them.
  const services = [...views]
    .flatMap(([key, view]) =>
      key !== null && (view.deployments.length + view.incidents.length + view.incidentsLeftOut.length > 0 || (key !== '' && view.changesLeftOutAt.length > 0))
        ? [key]
        : [],
    )
    .sort();
  return {
    deployments,
    changes,
    incidents,
    loaded,
    services,
    span,
    contradictions: contradictions.list(),
    repeated: repeated.list(),
    failedDeployments,
    views,
  };
}
