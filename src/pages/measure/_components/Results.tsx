import { useEffect, useId, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import DownloadButton from '@site/src/components/DownloadButton';
import { doraMetrics, getMeasure, metricPath, type DoraMetric, type DoraMetricId } from '@site/src/data';
import { toolComparisonSummary } from '@site/src/data/measurement';
import { textDownload } from '@site/src/lib/files';
import type { Figures, FiveFigures } from '@site/src/lib/measure/compute';
import { FIGURE_DEFINITIONS, FIGURE_KEYS, FIGURE_METRIC, type FigureKey } from '@site/src/lib/measure/definitions';
import type { SetSummary } from '@site/src/lib/measure/engine';
import { placeFigure, quickCheckAnswers, RANGE_METRICS, type ChoiceScale, type QuickCheckAnswers, type RangeMetricId } from '@site/src/lib/measure/quickCheck';
import { isoDay } from '@site/src/lib/measure/time';
import { plural } from '@site/src/lib/plural';
import DoraScore from '@site/src/components/DoraScore';
import type { Ask } from './engineClient';
import { formatHours, formatPercent, formatRate, serviceText } from './format';
import TrendChart, { type TrendPoint } from './TrendChart';
import styles from './Results.module.css';

/** DORA's answer choices for the three figures it asks as ranges. */
const scales = Object.fromEntries(
  RANGE_METRICS.map((id) => {
    const { answer } = (getMeasure(id) as DoraMetric).survey;
    if (answer.kind !== 'range') throw new Error(`${id} has no answer ranges.`);
    return [id, { measuredIn: answer.measuredIn, choices: answer.choices } satisfies ChoiceScale];
  }),
) as Record<RangeMetricId, ChoiceScale>;

const metricOf = (key: FigureKey): DoraMetric => getMeasure(FIGURE_METRIC[key]) as DoraMetric;

/** The figure in words, and the records it rests on. */
function figureText(key: FigureKey, f: FiveFigures): { value: string; basis: string } {
  switch (key) {
    case 'leadTime':
      return {
        value: f.leadTime.medianHours === null ? 'No figure' : `Median ${formatHours(f.leadTime.medianHours)} (90th percentile ${formatHours(f.leadTime.p90Hours)})`,
        basis: plural(f.leadTime.changes, { one: 'change', other: 'changes' }),
      };
    case 'deploymentFrequency':
      return {
        value: f.deploymentFrequency.perWeek === null ? 'No figure' : `${formatRate(f.deploymentFrequency.perWeek)} per week (${formatRate(f.deploymentFrequency.perDay)} per day)`,
        basis: `${plural(f.deploymentFrequency.deployments, { one: 'deployment', other: 'deployments' })} over ${plural(Math.round(f.deploymentFrequency.days), { one: 'day', other: 'days' })}`,
      };
    case 'changeFailRate':
      return {
        value: f.changeFailRate.percent === null ? 'No figure' : `${formatPercent(f.changeFailRate.percent)} (${f.changeFailRate.failedDeployments} caused an incident)`,
        basis: plural(f.changeFailRate.deployments, { one: 'deployment', other: 'deployments' }),
      };
    case 'recoveryTime':
      return {
        value: f.recoveryTime.medianHours === null ? 'No figure' : `Median ${formatHours(f.recoveryTime.medianHours)}`,
        basis: plural(f.recoveryTime.incidents, { one: 'incident', other: 'incidents' }),
      };
    case 'reworkRate':
      return {
        value: f.reworkRate.percent === null ? 'No figure' : `${formatPercent(f.reworkRate.percent)} (${f.reworkRate.unplannedDeployments} unplanned)`,
        basis: plural(f.reworkRate.deployments, { one: 'deployment', other: 'deployments' }),
      };
  }
}

/** Each week's value of a figure, for its chart. */
function weekly(key: FigureKey, weeks: Figures['weeks']): { title: string; unit: string; points: TrendPoint[] } {
  const point = (w: Figures['weeks'][number], value: number | null, text: string): TrendPoint => ({ week: w.week, start: isoDay(w.weekStart), value, text });
  const hours = (value: number | null): TrendPoint['value'] => value;
  switch (key) {
    case 'leadTime':
      return { title: 'Median change lead time per week', unit: 'hours', points: weeks.map((w) => point(w, hours(w.leadTime.medianHours), formatHours(w.leadTime.medianHours))) };
    case 'deploymentFrequency':
      return {
        title: 'Deployments per week',
        unit: 'deployments',
        points: weeks.map((w) => point(w, w.deploymentFrequency.deployments, plural(w.deploymentFrequency.deployments, { one: 'deployment', other: 'deployments' }))),
      };
    case 'changeFailRate':
      return { title: 'Change fail rate per week', unit: '%', points: weeks.map((w) => point(w, w.changeFailRate.percent, formatPercent(w.changeFailRate.percent))) };
    case 'recoveryTime':
      return { title: 'Median recovery time per week', unit: 'hours', points: weeks.map((w) => point(w, w.recoveryTime.medianHours, formatHours(w.recoveryTime.medianHours))) };
    case 'reworkRate':
      return { title: 'Deployment rework rate per week', unit: '%', points: weeks.map((w) => point(w, w.reworkRate.percent, formatPercent(w.reworkRate.percent))) };
  }
}

function FigureCard({ figureKey, figures }: { figureKey: FigureKey; figures: Figures }) {
  const metric = metricOf(figureKey);
  const id = metric.id;
  const { value, basis } = figureText(figureKey, figures);
  const placed = (RANGE_METRICS as readonly DoraMetricId[]).includes(id) ? placeFigure(figures, id as RangeMetricId, scales[id as RangeMetricId]) : undefined;
  const chart = weekly(figureKey, figures.weeks);
  return (
    <section aria-labelledby={`figure-${figureKey}`} className={styles.card}>
      <h3 id={`figure-${figureKey}`}>{metric.name}</h3>
      <p className={styles.value}>{value}</p>
      <p>Rests on {basis}.</p>
      {placed !== undefined && <p>In DORA’s answer choices: “{placed.choice.label}” (choice {placed.value} of 6, slowest first).</p>}
      <p>
        How it is counted here: {FIGURE_DEFINITIONS[figureKey]} <Link to={metricPath(id)}>The guide to {metric.name.toLowerCase()}</Link>.
      </p>
      <details>
        <summary>How the tools would count it differently</summary>
        <p>{toolComparisonSummary(id)}</p>
      </details>
      {figures.weeks.length > 0 && <TrendChart {...chart} />}
    </section>
  );
}

/** "Use in the loop check": the check's address with its DORA answers filled, built once its module loads. */
function CheckLink({ answers }: { answers: QuickCheckAnswers }) {
  const [path, setPath] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // The check's link module carries its statements: loaded only here, after figures are shown.
    void import('@site/src/lib/checkLink').then(({ checkPath, emptyState, encodeCheck }) => {
      const dora = doraMetrics.map((metric) => answers[metric.id]);
      if (live) setPath(checkPath(encodeCheck({ ...emptyState(), dora })));
    });
    return () => {
      live = false;
    };
  }, [answers]);
  const href = useBaseUrl(path ?? '/check');
  if (path === undefined) return null;
  return (
    <p>
      <a className="button button--primary" href={href}>
        Use in the loop check
      </a>{' '}
      Opens the loop check with these figures filled in as its DORA answers; rate the statements there.
    </p>
  );
}

export interface RangeText {
  readonly from: string;
  readonly to: string;
}

interface Props {
  summary: SetSummary;
  figures: Figures;
  service: string | null;
  onService: (service: string | null) => void;
  range: RangeText;
  onRange: (range: RangeText) => void;
  ask: Ask;
  /** The range as the engine takes it. */
  request: { from?: number; to?: number };
}

const ALL = '\u0000all';

/** The five figures of one service (or all) over a range: cards, trends, notices, comparison, link and exports. */
export default function Results({ summary, figures, service, onService, range, onRange, ask, request }: Props) {
  const id = useId();
  const answers = useMemo(() => quickCheckAnswers(figures, scales), [figures]);
  const span = summary.span;
  const exportFile = async (which: 'figuresCsv' | 'weeklyCsv' | 'json') => {
    const result = await ask({ type: 'exports', range: request });
    if (result === undefined) throw new Error('No records are loaded.');
    const names = { figuresCsv: ['dora-figures.csv', 'text/csv'], weeklyCsv: ['dora-figures-weekly.csv', 'text/csv'], json: ['dora-figures.json', 'application/json'] } as const;
    return textDownload(names[which][0], names[which][1], result[which]);
  };
  return (
    <div className={styles.results}>
      <div className={styles.controls}>
        <label>
          Service{' '}
          <select value={service ?? ALL} onChange={(event) => onService(event.target.value === ALL ? null : event.target.value)}>
            {summary.services.map((name) => (
              <option key={name} value={name}>
                {serviceText(name)}
              </option>
            ))}
            <option value={ALL}>All services together</option>
          </select>
        </label>
        <fieldset className={styles.range}>
          <legend>Dates (UTC; empty for all the records span)</legend>
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} type="date" value={range.from} min={span ? isoDay(span.from) : undefined} onChange={(event) => onRange({ ...range, from: event.target.value })} />
          <label htmlFor={`${id}-to`}>to (including)</label>
          <input id={`${id}-to`} type="date" value={range.to} max={span ? isoDay(span.to - 1) : undefined} onChange={(event) => onRange({ ...range, to: event.target.value })} />
        </fieldset>
      </div>
      <p>
        {service === null ? 'All services together' : `Service “${serviceText(service)}”`},{' '}
        {figures.range === undefined ? 'no dates with records' : `${isoDay(figures.range.from)} to ${isoDay(figures.range.to - 1)}`}. DORA advises measuring one
        service at a time.
      </p>
      <div className={styles.cards} data-figures-shown>
        {FIGURE_KEYS.map((key) => (
          <FigureCard key={key} figureKey={key} figures={figures} />
        ))}
      </div>
      {figures.notices.length > 0 && (
        <section aria-labelledby={`${id}-notices`}>
          <h3 id={`${id}-notices`}>Records left out, and why</h3>
          <ul>
            {figures.notices.map((notice) => (
              <li key={notice.code}>{notice.message}</li>
            ))}
          </ul>
        </section>
      )}
      <DoraScore answers={answers} />
      <CheckLink answers={answers} />
      <section aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>Take the figures with you</h3>
        <p>Every service and all services together, for the dates chosen; made on this page.</p>
        <div className={styles.exports}>
          <DownloadButton file={() => exportFile('figuresCsv')}>Download figures per service (CSV)</DownloadButton>
          <DownloadButton file={() => exportFile('weeklyCsv')}>Download figures per week (CSV)</DownloadButton>
          <DownloadButton file={() => exportFile('json')}>Download figures (JSON)</DownloadButton>
        </div>
      </section>
    </div>
  );
}
