import { getFramework, measuresByPhase, presentMeasure, type FrameworkId, type PhaseId } from '@site/src/data';
import styles from './styles.module.css';

interface Props {
  /** The phase whose metrics to list. */
  phase: PhaseId;
}

/** The measures the mapping names for a phase, by framework, each with its SPACE label there or the model's note. */
export default function PhaseMetricList({ phase }: Props) {
  const byFramework = new Map<FrameworkId, { id: string; title: string; aside?: string }[]>();
  for (const view of measuresByPhase(phase).map(presentMeasure)) {
    const entry = view.perPhase.find((e) => e.phase === phase);
    const list = byFramework.get(view.framework) ?? [];
    list.push({ id: view.id, title: view.title, aside: entry?.label ?? entry?.note });
    byFramework.set(view.framework, list);
  }
  return (
    <ul className={styles.list}>
      {[...byFramework].map(([framework, items]) => (
        <li key={framework}>
          <strong>{getFramework(framework).name}:</strong>{' '}
          {items.map((item, i) => (
            <span key={item.id}>
              {i > 0 && '; '}
              {item.title}
              {item.aside && <> ({item.aside})</>}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
