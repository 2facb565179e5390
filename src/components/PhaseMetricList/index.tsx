import { getFramework, metricsByPhase, type FrameworkId, type PhaseId } from '@site/src/data';
import styles from './styles.module.css';

interface Props {
  /** The phase whose metrics to list. */
  phase: PhaseId;
}

/** The metrics the mapping names for a phase, by framework, each with the phase's own note or SPACE label. */
export default function PhaseMetricList({ phase }: Props) {
  const byFramework = new Map<FrameworkId, { id: string; name: string; note?: string }[]>();
  for (const metric of metricsByPhase(phase)) {
    const list = byFramework.get(metric.framework) ?? [];
    list.push({ id: metric.id, name: metric.name, note: metric.perPhase[phase] });
    byFramework.set(metric.framework, list);
  }
  return (
    <ul className={styles.list}>
      {[...byFramework].map(([framework, metrics]) => (
        <li key={framework}>
          <strong>{getFramework(framework).name}:</strong>{' '}
          {metrics.map((metric, i) => (
            <span key={metric.id}>
              {i > 0 && '; '}
              {metric.name}
              {metric.note && <> ({metric.note})</>}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
