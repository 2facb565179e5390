import type { ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface ChipOption {
  readonly value: string;
  readonly label: string;
}

interface Props {
  /** Names the group (SC 1.3.1): a filter's name, or a statement to rate. */
  legend: ReactNode;
  /** The radios' name, unique on the page. */
  name: string;
  options: readonly ChipOption[];
  /** The chosen value; undefined when none is chosen. */
  selected: string | undefined;
  onSelect: (value: string) => void;
  /** "filter": a short legend beside the chips; "question": a statement above them. */
  layout?: 'filter' | 'question';
}

/** A labelled group of radio buttons drawn as chips. The radios stay visible, so the choice never relies on colour. */
export default function ChipGroup({ legend, name, options, selected, onSelect, layout = 'filter' }: Props) {
  return (
    <fieldset className={clsx(styles.fieldset, layout === 'question' && styles.question)}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={styles.chip}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={selected === option.value}
            onChange={() => onSelect(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
