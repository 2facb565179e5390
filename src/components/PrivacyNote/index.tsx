import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  /** What this page does with the reader's data and where it stays, after the shared opening. */
  children: ReactNode;
}

/**
 * The note that a tool works in the reader's browser only: "Private by design." and what the page
 * keeps where. One component, so each tool says it the same way and in the same place.
 */
export default function PrivacyNote({ children }: Props) {
  return (
    <p className={styles.privacyNote}>
      <strong>Private by design.</strong> {children}
    </p>
  );
}
