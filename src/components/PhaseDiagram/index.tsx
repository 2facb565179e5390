import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import LoopDiagram from '@site/src/components/LoopDiagram';
import { phaseLabel } from '@site/src/data';

/**
 * The compact loop on a phase guide, with the current phase marked and named in the caption.
 * `describe={false}` where the page has described the loop already (the printed guides after the first).
 */
export default function PhaseDiagram({ describe = true }: { describe?: boolean }) {
  const phase = useCurrentPhase('PhaseDiagram');
  return (
    <LoopDiagram
      size="compact"
      current={phase.id}
      caption={`You are at ${phaseLabel(phase)}.`}
      hint="Select another phase to go there."
      describe={describe}
    />
  );
}
