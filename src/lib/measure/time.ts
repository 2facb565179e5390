/**
 * Timestamps and weeks. A record's timestamp must be ISO 8601 with a UTC offset or Z, so every instant is
 * exact whatever the time zone or daylight-saving rule of whoever wrote it; weeks are ISO weeks starting
 * Monday 00:00 UTC. Pure TS, computed by arithmetic rather than the host's Date parser.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** Why a cell is not a timestamp. */
export type TimestampError = 'no-offset' | 'date-only' | 'invalid' | 'not-a-date';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0));

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Read character by character: a year of records holds over half a million timestamps, and a regular
// expression's match arrays would make the garbage collector the slowest part of reading them.
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};
const digits2 = (s: string, i: number): number => {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

/**
 * A timestamp's instant in milliseconds since 1970 (UTC), or why it cannot be read. Accepted:
 * YYYY-MM-DD, then T (or a space, as RFC 3339 allows), hh:mm[:ss[.fraction]], then Z or ±hh[[:]mm].
 * Fractions beyond milliseconds are cut off.
 */
export function parseTimestamp(s: string): number | TimestampError {
  const n = s.length;
  const y1 = digits2(s, 0);
  const y2 = digits2(s, 2);
  if (n === 10 && DATE_ONLY.test(s)) return 'date-only';
  if (n < 16 || y1 < 0 || y2 < 0 || s[4] !== '-' || s[7] !== '-' || s[13] !== ':') return 'not-a-date';
  const sep = s[10];
  if (sep !== 'T' && sep !== 't' && sep !== ' ') return 'not-a-date';
  const month = digits2(s, 5);
  const day = digits2(s, 8);
  const hour = digits2(s, 11);
  const minute = digits2(s, 14);
  if (month < 0 || day < 0 || hour < 0 || minute < 0) return 'not-a-date';
  let i = 16;
  let second = 0;
  let ms = 0;
  if (s[i] === ':') {
    second = digits2(s, i + 1);
    if (second < 0) return 'not-a-date';
    i += 3;
    if (s[i] === '.' || s[i] === ',') {
      i += 1;
      const from = i;
      while (i < n && digit(s, i) >= 0) i++;
      if (i === from || i - from > 9) return 'not-a-date';
      for (let k = 0, scale = 100; k < 3 && from + k < i; k++, scale /= 10) ms += digit(s, from + k) * scale;
    }
  }
  const year = y1 * 100 + y2;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    return i === n || /^([Zz]|[+-]\d{2}(:?\d{2})?)$/.test(s.slice(i)) ? 'invalid' : 'not-a-date';
  }
  let offset = 0;
  const zone = s[i];
  if (i === n) return 'no-offset';
  if (zone === 'Z' || zone === 'z') {
    if (i + 1 !== n) return 'not-a-date';
  } else if (zone === '+' || zone === '-') {
    const oh = digits2(s, i + 1);
    i += 3;
    let om = 0;
    if (i < n) {
      if (s[i] === ':') i += 1;
      om = digits2(s, i);
      i += 2;
    }
    if (oh < 0 || om < 0 || i !== n) return 'not-a-date';
    if (oh > 23 || om > 59) return 'invalid';
    offset = (zone === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return 'not-a-date';
  return daysFromCivil(year, month, day) * DAY + hour * HOUR + minute * 60_000 + second * 1000 + ms - offset;
}

/** A calendar date (YYYY-MM-DD) as the instant its day starts in UTC; undefined when it is not a real date. */
export function parseUtcDay(text: string): number | undefined {
  const m = DATE_ONLY.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return daysFromCivil(year, month, day) * DAY;
}

/** The start (00:00 UTC) of the day an instant falls on. */
export const utcDayStart = (ms: number): number => Math.floor(ms / DAY) * DAY;

/** The start of the ISO week (Monday 00:00 UTC) an instant falls in. */
export function isoWeekStart(ms: number): number {
  const day = Math.floor(ms / DAY);
  // 1970-01-01 was a Thursday: three days after a Monday.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - sinceMonday) * DAY;
}

/** An ISO week's label, "2025-W09", from any instant in it. */
export function isoWeekLabel(ms: number): string {
  const thursday = new Date(isoWeekStart(ms) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** An instant as ISO 8601 in UTC, "2025-03-01T09:30:00.000Z". */
export const isoUtc = (ms: number): string => new Date(ms).toISOString();

/** An instant's UTC date, "2025-03-01". */
export const isoDay = (ms: number): string => isoUtc(ms).slice(0, 10);
