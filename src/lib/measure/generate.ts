/**
 * Generated delivery records, the same for the same seed: the page's "Try it with sample records" (two
 * services over twenty weeks) and the benchmark's year of twenty services. The records behave like real ones:
 * changes wait for the next successful production deployment, some are first listed by a staging or failed
 * one, a few are redeployed or never shipped; incidents follow deployments or have no known cause; the
 * deployment after a change-caused incident is often an unplanned fix; a company-wide freeze leaves a week
 * without deployments; services write times in their own zones, daylight saving included. Pure TS.
 */
import { DAY, HOUR, parseUtcDay, WEEK } from './time';

/** How a service writes its timestamps: in UTC (Z), Central European time, US Eastern time or India's. */
export type Zone = 'utc' | 'europe' | 'us-east' | 'india';

export interface GenerateOptions {
  readonly seed: number;
  readonly services: readonly { readonly name: string; readonly zone: Zone }[];
  /** The first day, a Monday (YYYY-MM-DD). */
  readonly start: string;
  readonly weeks: number;
  /** Totals over all services (split evenly), including staging and failed deployments. */
  readonly deployments: number;
  readonly changes: number;
  readonly incidents: number;
  /** Weeks (from 0) in which no service deploys. */
  readonly quietWeeks?: readonly number[];
}

/** CSV text for each kind of record. */
export interface GeneratedRecords {
  readonly deployments: string;
  readonly changes: string;
  readonly incidents: string;
}

/** A small, fast generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The n-th (from 1) or, for n = -1, the last Sunday of a month, as a UTC day start. */
function sunday(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = Date.UTC(year, month + 1, 0);
    return last - new Date(last).getUTCDay() * DAY;
  }
  const first = Date.UTC(year, month, 1);
  return first + ((7 - new Date(first).getUTCDay()) % 7) * DAY + (n - 1) * WEEK;
}

/** A zone's offset from UTC in minutes at an instant, with the EU's and the US's daylight-saving rules. */
export function zoneOffset(zone: Zone, ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  switch (zone) {
    case 'utc':
      return 0;
    case 'india':
      return 330;
    case 'europe':
      // Summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
      return ms >= sunday(year, 2, -1) + HOUR && ms < sunday(year, 9, -1) + HOUR ? 120 : 60;
    case 'us-east':
      // Daylight time from 02:00 local on the second Sunday of March to 02:00 local on the first Sunday of November.
      return ms >= sunday(year, 2, 2) + 7 * HOUR && ms < sunday(year, 10, 1) + 6 * HOUR ? -240 : -300;
  }
}

const two = (n: number): string => String(n).padStart(2, '0');

/** An instant written in a zone's local time with its offset: "2025-03-31T09:15:00+02:00", or "…Z" in UTC. */
export function formatInZone(ms: number, zone: Zone): string {
  const offset = zoneOffset(zone, ms);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The share of each total that service `index` of `count` gets. */
const shareOf = (total: number, index: number, count: number): number => Math.floor(total / count) + (index < total % count ? 1 : 0);

/** A unique eight-digit hex id for each counter value: MurmurHash3's final mix, a bijection on 32 bits. */
function hexId(n: number): string {
  let x = n + 1;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0).toString(16).padStart(8, '0');
}

interface GeneratedDeployment {
  readonly id: string;
  readonly at: number;
  readonly environment: 'production' | 'staging';
  readonly status: 'success' | 'failure';
  readonly changes: string;
  unplanned: boolean;
}

/** Generates deployments, changes and incidents as CSV texts. */
export function generateRecords(options: GenerateOptions): GeneratedRecords {
  const rand = random(options.seed);
  const start = parseUtcDay(options.start);
  if (start === undefined) throw new Error(`${options.start} is not a date (YYYY-MM-DD).`);
  const end = start + options.weeks * WEEK;
  const quiet = new Set(options.quietWeeks ?? []);
  const workdays: number[] = [];
  const deployDays: number[] = [];
  for (let day = start; day < end; day += DAY) {
    if ((day - start) % WEEK >= 5 * DAY) continue;
    workdays.push(day);
    if (!quiet.has(Math.floor((day - start) / WEEK))) deployDays.push(day);
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // A time in local working hours (09:00 to 18:00) on one of the days.
  const workTime = (days: readonly number[], zone: Zone): number => {
    const day = pick(days);
    return day + 9 * HOUR + Math.floor(rand() * 9 * 60) * 60_000 + Math.floor(rand() * 60) * 1000 - zoneOffset(zone, day + 12 * HOUR) * 60_000;
  };

  const deploymentRows: string[] = ['id,service,environment,status,finished_at,changes,unplanned'];
  const changeRows: string[] = ['id,service,committed_at'];
  const incidentRows: string[] = ['id,service,started_at,resolved_at,caused_by'];
  let deploymentCounter = 0;
  let changeCounter = 0;
  let incidentCounter = 0;
  const serviceCount = options.services.length;

  options.services.forEach(({ name, zone }, s) => {
    const commitTimes = Array.from({ length: shareOf(options.changes, s, serviceCount) }, () => workTime(workdays, zone)).sort((a, b) => a - b);
    const changeIds = commitTimes.map(() => hexId(changeCounter++));
    commitTimes.forEach((at, i) => changeRows.push(`${changeIds[i]},${name},${formatInZone(at, zone)}`));
    // About one change in a hundred is abandoned: no deployment ever lists it.
    const abandoned = commitTimes.map(() => rand() < 0.01);

    const deployTimes = Array.from({ length: shareOf(options.deployments, s, serviceCount) }, () => workTime(deployDays, zone)).sort((a, b) => a - b);
    const deployments: GeneratedDeployment[] = [];
    const successes: GeneratedDeployment[] = [];
    let shippedUpTo = 0;
    let committedUpTo = 0;
    let previous = '';
    for (const at of deployTimes) {
      // A deployment takes what was committed at least ten minutes before it finished.
      while (committedUpTo < commitTimes.length && (commitTimes[committedUpTo] as number) < at - 10 * 60_000) committedUpTo++;
      const pending: string[] = [];
      for (let i = shippedUpTo; i < committedUpTo; i++) if (!abandoned[i]) pending.push(changeIds[i] as string);
      const r = rand();
      const environment = r < 0.12 ? 'staging' : 'production';
      const status = r >= 0.12 && r < 0.16 ? 'failure' : 'success';
      let listed = pending.join(' ');
      if (environment === 'production' && status === 'success') {
        // Now and then a deployment ships the previous one's changes again (a redeploy).
        if (rand() < 0.03 && previous !== '') listed = listed === '' ? previous : `${previous} ${listed}`;
        shippedUpTo = committedUpTo;
        previous = pending.join(' ');
      }
      const deployment: GeneratedDeployment = { id: String(100_000 + deploymentCounter++), at, environment, status, changes: listed, unplanned: rand() < 0.03 };
      deployments.push(deployment);
      if (environment === 'production' && status === 'success') successes.push(deployment);
    }

    const incidents = shareOf(options.incidents, s, serviceCount);
    for (let k = 0; k < incidents; k++) {
      const caused = successes.length > 0 && rand() < 0.8 ? pick(successes) : undefined;
      const started = caused === undefined ? start + Math.floor(rand() * (end - start - DAY)) : caused.at + 5 * 60_000 + Math.floor(rand() * 6 * HOUR);
      const resolved = started + 10 * 60_000 + Math.min(3 * DAY, Math.floor(-Math.log(1 - rand()) * 3 * HOUR));
      const id = `INC-${1000 + incidentCounter++}`;
      incidentRows.push(`${id},${name},${formatInZone(started, zone)},${formatInZone(resolved, zone)},${caused?.id ?? ''}`);
      if (caused !== undefined) {
        // The first successful deployment after the incident started, within a day of its end, is the fix.
        const fix = successes.find((d) => d.at > started);
        if (fix !== undefined && fix.at <= resolved + DAY) fix.unplanned = true;
      }
    }
    for (const d of deployments) {
      deploymentRows.push(`${d.id},${name},${d.environment},${d.status},${formatInZone(d.at, zone)},${d.changes},${d.unplanned}`);
    }
  });
  // Joined with an empty last row, so each text ends in a line break and is one flat string, as a file read is.
  const text = (rows: string[]): string => [...rows, ''].join('\n');
  return { deployments: text(deploymentRows), changes: text(changeRows), incidents: text(incidentRows) };
}

/** The sample for "Try it with sample records": two services over twenty weeks from 6 January 2025, a freeze in week 12. */
export const sampleRecords = (seed = 22): GeneratedRecords =>
  generateRecords({
    seed,
    services: [
      { name: 'checkout', zone: 'europe' },
      { name: 'search', zone: 'us-east' },
    ],
    start: '2025-01-06',
    weeks: 20,
    deployments: 240,
    changes: 960,
    incidents: 18,
    quietWeeks: [11],
  });

/** The benchmark's year: 20 services, 50,000 deployments, 500,000 changes and 2,000 incidents (about 30 MB of CSV). */
export const benchmarkRecords = (seed = 22): GeneratedRecords =>
  generateRecords({
    seed,
    services: Array.from({ length: 20 }, (_, i) => ({ name: `service-${two(i + 1)}`, zone: (['europe', 'us-east', 'utc', 'india'] as const)[i % 4] as Zone })),
    start: '2025-01-06',
    weeks: 52,
    deployments: 50_000,
    changes: 500_000,
    incidents: 2_000,
    quietWeeks: [50],
  });
