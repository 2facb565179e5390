import Link from '@docusaurus/Link';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { neighbours, phaseLabel, phasePath } from '@site/src/data';

/** Previous and next phase along the loop, so ⑥ leads back to ① (the sidebar order cannot). */
export default function PhaseNav() {
  const { previous, next } = neighbours(useCurrentPhase('PhaseNav').id);
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
