import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import styles from './TrendChart.module.css';

export interface TrendPoint {
  /** "2025-W09". */
  readonly week: string;
  /** Monday's date, "2025-02-24". */
  readonly start: string;
  readonly value: number | null;
  /** How the value reads in the table: "3.2 days", "no figure". */
  readonly text: string;
}

interface Props {
  /** What the chart shows, for its label and the table's caption: "Deployments per week". */
  title: string;
  /** The value axis's unit: "hours", "%", "deployments". */
  unit: string;
  points: readonly TrendPoint[];
}

const WIDTH = 420;
const HEIGHT = 200;
const MARGIN = { top: 10, right: 8, bottom: 32, left: 44 };

/**
 * A figure's weekly trend: one bar per ISO week, drawn in the text colour so it reads in light and dark,
 * a week with no figure marked by a short dash on the axis (not by colour); the same data as a table.
 */
export default function TrendChart({ title, unit, points }: Props) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  const x = scaleBand<string>({ domain: points.map((p) => p.week), range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, max === 0 ? 1 : max], range: [innerHeight, 0], nice: true });
  const every = Math.max(1, Math.ceil(points.length / 6));
  const measured = points.filter((p) => p.value !== null).length;
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}, by week: a bar chart of ${points.length} weeks, ${measured} with a figure. The table below gives each week’s figure.`}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {points.map((p) => {
            const left = x(p.week) ?? 0;
            if (p.value === null) {
              return <line key={p.week} className={styles.none} x1={left} x2={left + x.bandwidth()} y1={innerHeight - 2} y2={innerHeight - 2} />;
            }
            const top = y(p.value);
            return <Bar key={p.week} className={styles.bar} x={left} y={top} width={x.bandwidth()} height={Math.max(0, innerHeight - top)} />;
          })}
          <AxisLeft scale={y} numTicks={4} stroke="currentColor" tickStroke="currentColor" tickLabelProps={{ fill: 'currentColor', fontSize: 13 }} label={unit} labelProps={{ fill: 'currentColor', fontSize: 13 }} />
          <AxisBottom
            top={innerHeight}
            scale={x}
            stroke="currentColor"
            tickStroke="currentColor"
            tickValues={points.filter((_, i) => i % every === 0).map((p) => p.week)}
            tickFormat={(week) => week.replace(/^\d{4}-/, '')}
            tickLabelProps={{ fill: 'currentColor', fontSize: 13 }}
          />
        </Group>
      </svg>
      <details className={styles.data}>
        <summary>{title}: each week’s figure as a table</summary>
        <div className={styles.tableFrame}>
          <table>
            <caption>{title}, by ISO week (Monday to Sunday, UTC)</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Starts</th>
                <th scope="col">Figure</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.week}>
                  <th scope="row">{p.week}</th>
                  <td>{p.start}</td>
                  <td>{p.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
