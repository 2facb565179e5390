/** How /measure writes its figures: durations in the unit that reads best, rates to one decimal. */
import { plural } from '@site/src/lib/plural';

/** "45 minutes", "5.2 hours", "3.1 days", "2.4 weeks"; "no figure" for none. */
export function formatHours(hours: number | null): string {
  if (hours === null) return 'no figure';
  if (hours < 1) return plural(Math.round(hours * 60), { one: 'minute', other: 'minutes' });
  if (hours < 48) return `${hours.toFixed(1)} hours`;
  if (hours < 24 * 14) return `${(hours / 24).toFixed(1)} days`;
  return `${(hours / (24 * 7)).toFixed(1)} weeks`;
}

export const formatPercent = (percent: number | null): string => (percent === null ? 'no figure' : `${percent.toFixed(1)} %`);

export const formatRate = (value: number | null): string => (value === null ? 'no figure' : value.toFixed(value >= 10 ? 0 : 1));

/** A service's name as the page shows it: records without one are "(no service)". */
export const serviceText = (service: string): string => (service === '' ? '(no service)' : service);
