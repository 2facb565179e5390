import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import LoopDiagram from '@site/src/components/LoopDiagram';
import { phaseLabel } from '@site/src/data';

/** The compact loop on a phase guide, with the current phase marked and named in the caption. */
export default function PhaseDiagram() {
  const phase = useCurrentPhase('PhaseDiagram');
  return (
    <LoopDiagram
      size="compact"
      current={phase.id}
      caption={`You are at ${phaseLabel(phase)}.`}
      hint="Select another phase to go there."
    />
  );
}
