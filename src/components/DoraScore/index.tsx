import { useId, useState } from 'react';
import { doraMetrics, doraQuickCheck } from '@site/src/data';
import { DORA_BENCHMARKS_2025_ATTRIBUTION, DORA_INDUSTRY_IDS, doraBenchmarks2025, doraBenchmarksSource, type DoraIndustryId } from '@site/src/data/doraBenchmarks2025';
import { formatScore, quickCheckBenchmark, scoreQuickCheck, type QuickCheckAnswers } from '@site/src/lib/measure/quickCheck';
import styles from './styles.module.css';

interface Props {
  /** Each DORA figure's answer: a range's place (1 = slowest) or a whole percentage; absent when not given. */
  answers: QuickCheckAnswers;
  /** The heading's level: 3 inside a result, 2 as a section of its own. */
  level?: 2 | 3;
  /** Printed, a compact block: the scale in small print, no industry picker (the table's caption names the industry). */
  compactInPrint?: boolean;
}

const isIndustry = (value: string): value is DoraIndustryId => (DORA_INDUSTRY_IDS as readonly string[]).includes(value);

/**
 * DORA's five figures scored as DORA's Quick Check scores them (0–10, higher is better), each beside DORA's
 * 2025 benchmark (mean ± standard deviation) for all industries or the industry picked, with DORA's credit.
 * No tiers or cut-offs: DORA publishes none.
 */
export default function DoraScore({ answers, level = 3, compactInPrint = false }: Props) {
  const [industry, setIndustry] = useState<DoraIndustryId>('all');
  const id = useId();
  const scores = scoreQuickCheck(answers);
  const benchmark = quickCheckBenchmark(industry);
  const Heading = `h${level}` as const;
  const headingId = `${id}-heading`;
  const rows = doraMetrics.map((metric) => ({ metric, score: scores.figures[metric.id], bench: benchmark.figures[metric.id] }));
  if (rows.every((row) => row.score === undefined)) return null;
  const bench = (mean: number, std: number): string => `${formatScore(mean)} ± ${formatScore(std)}`;
  return (
    <section aria-labelledby={headingId} className={compactInPrint ? `${styles.doraScore} ${styles.compactInPrint}` : styles.doraScore}>
      <Heading id={headingId}>On DORA’s Quick Check scale</Heading>
      <p>
        The <a href={doraQuickCheck.url}>{doraQuickCheck.title}</a> scores each figure from 0 to 10, higher is better: a
        range by its place among DORA’s six answers (0, 2, 4, 6, 8 or 10), a rate as 10 − the percentage ÷ 10. Beside each
        score is DORA’s 2025 benchmark: the mean and standard deviation of that score among the teams DORA studied. DORA
        sets no tiers or cut-offs for these scores, and neither does this site.
      </p>
      <label className={styles.industry}>
        Compare with{' '}
        <select value={industry} onChange={(event) => isIndustry(event.target.value) && setIndustry(event.target.value)}>
          {DORA_INDUSTRY_IDS.map((key) => (
            <option key={key} value={key}>
              {doraBenchmarks2025[key].name}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.tableFrame}>
        <table>
          <caption>Scores from 0 to 10, beside DORA’s 2025 benchmark for {benchmark.name.toLowerCase() === 'all industries' ? 'all industries' : benchmark.name}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Your score</th>
              <th scope="col">Benchmark (mean ± standard deviation)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ metric, score, bench: b }) => (
              <tr key={metric.id}>
                <th scope="row">{metric.name}</th>
                <td>{score === undefined ? 'Not given' : formatScore(score)}</td>
                <td>{bench(b.mean, b.std)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Overall (mean of the five)</th>
              <td>{scores.overall === undefined ? 'Needs all five' : formatScore(scores.overall)}</td>
              <td>{bench(benchmark.overall.mean, benchmark.overall.std)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className={styles.attribution}>
        {DORA_BENCHMARKS_2025_ATTRIBUTION.split(/(https:\/\/\S+?)(?=[),]|$)/).map((part, i) =>
          part.startsWith('https://') ? (
            <a key={i} href={part}>
              {part.replace(/^https:\/\//, '')}
            </a>
          ) : (
            part
          ),
        )}{' '}
        <a href={doraBenchmarksSource.data}>The data file</a>.
      </p>
    </section>
  );
}

/** The check's DORA answers, in DORA's order, as the Quick Check takes them ("I don't know" is left out). */
export function answersFromCheck(dora: readonly (number | 'dont-know' | undefined)[]): QuickCheckAnswers {
  const answers: Partial<Record<(typeof doraMetrics)[number]['id'], number>> = {};
  doraMetrics.forEach((metric, i) => {
    const answer = dora[i];
    if (typeof answer === 'number') answers[metric.id] = answer;
  });
  return answers;
}
