import Link from '@docusaurus/Link';
import { getPhase, neighbours, phaseLabel, phasePath } from '@site/src/data';

interface Props {
  /** Phase id; an unknown id throws. */
  phase: string;
}

/** Previous and next phase along the loop, so ⑥ leads back to ① (the sidebar order cannot). */
export default function PhaseNav({ phase }: Props) {
  const { previous, next } = neighbours(getPhase(phase).id);
  return (
    <nav className="pagination-nav" aria-label="Along the loop">
      <Link className="pagination-nav__link pagination-nav__link--prev" to={phasePath(previous.id)}>
        <div className="pagination-nav__sublabel">Previous phase</div>
        <div className="pagination-nav__label">{phaseLabel(previous)}</div>
      </Link>
      <Link className="pagination-nav__link pagination-nav__link--next" to={phasePath(next.id)}>
        <div className="pagination-nav__sublabel">Next phase{next.number === 1 ? ' (the loop closes)' : ''}</div>
        <div className="pagination-nav__label">{phaseLabel(next)}</div>
      </Link>
    </nav>
  );
}
