// @vitest-environment node
import { isoWeekLabel, isoWeekStart, parseTimestamp, parseUtcDay } from '../time';

describe('parseTimestamp', () => {
  it.each([
    ['2025-03-01T09:30:00Z', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01t09:30:00z', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01 09:30:00Z', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T09:30Z', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T10:30:00+01:00', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T10:30:00+0100', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T10:30:00+01', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T04:30:00-05:00', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T15:00:00+05:30', '2025-03-01T09:30:00.000Z'],
    ['2025-03-01T00:15:00+01:00', '2025-02-28T23:15:00.000Z'],
    ['2025-03-01T09:30:00.5Z', '2025-03-01T09:30:00.500Z'],
    ['2025-03-01T09:30:00,123456789Z', '2025-03-01T09:30:00.123Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ])('reads %s as %s', (text, expected) => {
    const ms = parseTimestamp(text);
    expect(typeof ms === 'number' ? new Date(ms).toISOString() : ms).toBe(expected);
  });

  it('agrees with the host parser on a sample of zones', () => {
    expect(parseTimestamp('2025-10-26T02:30:00+02:00')).toBe(Date.parse('2025-10-26T02:30:00+02:00'));
    expect(parseTimestamp('1999-12-31T23:59:59-12:00')).toBe(Date.parse('1999-12-31T23:59:59-12:00'));
  });

  it.each([
    ['2025-03-01T09:30:00', 'no-offset'],
    ['2025-03-01 09:30', 'no-offset'],
    ['2025-03-01', 'date-only'],
    ['2025-02-29T09:30:00Z', 'invalid'],
    ['2025-13-01T09:30:00Z', 'invalid'],
    ['2025-03-01T24:00:00Z', 'invalid'],
    ['2025-03-01T09:60:00Z', 'invalid'],
    ['2025-03-01T09:30:60Z', 'invalid'],
    ['2025-03-01T09:30:00+25:00', 'invalid'],
    ['03/01/2025 09:30', 'not-a-date'],
    ['yesterday', 'not-a-date'],
    ['', 'not-a-date'],
    ['2025-03-01T09:30:00 +01:00', 'not-a-date'],
    ['2025-03-01T09:30:00Zulu', 'not-a-date'],
    ['1740821400', 'not-a-date'],
  ])('refuses %j (%s)', (text, why) => {
    expect(parseTimestamp(text)).toBe(why);
  });

  it('measures across daylight-saving changes by the offsets, not the wall clock', () => {
    // Berlin springs forward on 2025-03-30: 23:30 (+01:00) to 03:30 (+02:00) is three hours, not four.
    const spring = (parseTimestamp('2025-03-30T03:30:00+02:00') as number) - (parseTimestamp('2025-03-29T23:30:00+01:00') as number);
    expect(spring / 3_600_000).toBe(3);
    // Berlin falls back on 2025-10-26: 02:30 (+02:00) and 02:30 (+01:00) are an hour apart.
    const autumn = (parseTimestamp('2025-10-26T02:30:00+01:00') as number) - (parseTimestamp('2025-10-26T02:30:00+02:00') as number);
    expect(autumn / 3_600_000).toBe(1);
  });
});

describe('ISO weeks (Monday 00:00 UTC)', () => {
  it.each([
    ['2025-01-01T12:00:00Z', '2024-12-30', '2025-W01'],
    ['2025-03-09T23:59:59Z', '2025-03-03', '2025-W10'],
    ['2025-03-10T00:00:00Z', '2025-03-10', '2025-W11'],
    ['2021-01-03T10:00:00Z', '2020-12-28', '2020-W53'],
    ['2026-12-31T10:00:00Z', '2026-12-28', '2026-W53'],
    ['1969-12-31T10:00:00Z', '1969-12-29', '1970-W01'],
  ])('%s falls in the week of %s, %s', (instant, monday, label) => {
    const ms = parseTimestamp(instant) as number;
    expect(new Date(isoWeekStart(ms)).toISOString().slice(0, 10)).toBe(monday);
    expect(isoWeekLabel(ms)).toBe(label);
  });

  it('puts a Monday-morning deployment in Berlin in the week before, by UTC', () => {
    // 00:30 on Monday in Berlin is 23:30 on Sunday in UTC.
    expect(isoWeekLabel(parseTimestamp('2025-03-10T00:30:00+01:00') as number)).toBe('2025-W10');
  });
});

describe('parseUtcDay', () => {
  it('reads a date as its UTC midnight and refuses what is not a date', () => {
    expect(parseUtcDay('2025-03-10')).toBe(Date.UTC(2025, 2, 10));
    expect(parseUtcDay('2025-02-29')).toBeUndefined();
    expect(parseUtcDay('10/03/2025')).toBeUndefined();
  });
});
