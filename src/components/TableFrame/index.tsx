import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  /** Names the scrollable region for screen readers. */
  label: string;
  children: ReactNode;
}

/** A wide table in a named, focusable region, so keyboard users can scroll it (SC 2.1.1, 1.4.10). */
export default function TableFrame({ label, children }: Props) {
  return (
    <div className={styles.frame} role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
