import Link from '@docusaurus/Link';
import { getPhase, phaseLabel, phasePath } from '@site/src/data';

interface Props {
  /** Phase id; an unknown id throws, so a typo fails the build. */
  phase: string;
  /** Show only the numeral and short name, e.g. "③ Build". */
  short?: boolean;
}

/** A link to a phase page, written out as numeral and name so it never relies on the numeral alone. */
export default function PhaseLink({ phase, short = false }: Props) {
  const p = getPhase(phase);
  return <Link to={phasePath(p.id)}>{phaseLabel(p, { short })}</Link>;
}
