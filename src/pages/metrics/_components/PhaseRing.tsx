import { PHASE_IDS, type PhaseId } from '@site/src/data';
import styles from './styles.module.css';

interface Props {
  /** Phases to highlight. */
  phases: readonly PhaseId[];
}

const SIZE = 64;
const CENTER = SIZE / 2;
const RING = 22;
const DOT = 8;

/**
 * The loop in miniature: six dots clockwise from the top, covered ones filled and ticked.
 * Decorative (aria-hidden): the phases are written out as text beside it. SC 1.4.1: covered phases
 * differ by fill and by a tick mark, not by colour alone.
 */
export default function PhaseRing({ phases }: Props) {
  return (
    <svg className={styles.ring} viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} aria-hidden="true" focusable="false">
      <circle className={styles.ringTrack} cx={CENTER} cy={CENTER} r={RING} />
      {PHASE_IDS.map((id, index) => {
        const angle = (index / PHASE_IDS.length) * 2 * Math.PI - Math.PI / 2;
        const x = CENTER + RING * Math.cos(angle);
        const y = CENTER + RING * Math.sin(angle);
        const covered = phases.includes(id);
        return (
          <g key={id} data-testid={`ring-${id}`} data-covered={covered}>
            <circle className={covered ? styles.dotOn : styles.dotOff} cx={x} cy={y} r={DOT} />
            {covered && (
              <path className={styles.tick} d={`M${x - 4} ${y} l2.75 2.75 l5 -5.5`} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
