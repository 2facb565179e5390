import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { phaseIntros } from '@site/src/data/phaseIntros';

/** How the current phase's guide opens: what the phase is for, in bold, then why it matters. */
export default function PhaseIntro() {
  const { lead, body } = phaseIntros[useCurrentPhase('PhaseIntro').id];
  return (
    <p>
      <strong>{lead}</strong> {body}
    </p>
  );
}
