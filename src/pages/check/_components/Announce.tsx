import { useDebounce } from 'use-debounce';
import styles from './Announce.module.css';

/** How long the text must rest before it is announced: a reader moving through choices hears only where they stop. */
export const ANNOUNCE_DELAY_MS = 700;

/**
 * A polite live region for text that changes as the reader answers or types. Each arrow key in a
 * radio group picks an answer, so announcing every change would talk over the choices themselves;
 * the visible text beside it updates at once.
 */
export default function Announce({ text }: { text: string }) {
  const [settled] = useDebounce(text, ANNOUNCE_DELAY_MS);
  return (
    <p role="status" className={styles.visuallyHidden}>
      {settled}
    </p>
  );
}
