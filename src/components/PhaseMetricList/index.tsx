import Link from '@docusaurus/Link';
import { getFramework, hasGuide, measuresByPhase, metricPath, presentMeasure, type FrameworkId, type PhaseId } from '@site/src/data';
import styles from './styles.module.css';

interface Props {
  /** The phase whose metrics to list. */
  phase: PhaseId;
}

interface Item {
  readonly id: string;
  readonly title: string;
  /** The model's SPACE label for the phase, or its note on the measure there, labelled as the model's. */
  readonly aside?: string;
}

/**
 * The measures the mapping names for a phase, by framework, each linked to its guide (where the framework's
 * definition leads), with the model's SPACE label or note there, labelled as the model's.
 */
export default function PhaseMetricList({ phase }: Props) {
  const byFramework = new Map<FrameworkId, Item[]>();
  for (const view of measuresByPhase(phase).map(presentMeasure)) {
    const entry = view.perPhase.find((e) => e.phase === phase);
    const aside = entry?.label !== undefined ? `the model’s label: ${entry.label}` : entry?.note !== undefined ? `the model’s note: ${entry.note}` : undefined;
    const list = byFramework.get(view.framework) ?? [];
    list.push({ id: view.id, title: view.title, ...(aside === undefined ? {} : { aside }) });
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
              {hasGuide(item.id) ? <Link to={metricPath(item.id)}>{item.title}</Link> : item.title}
              {item.aside && <> ({item.aside})</>}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
