import { createContext, useContext, type ReactNode } from 'react';
import type { Phase } from '@site/src/data';

const CurrentPhaseContext = createContext<Phase | null>(null);

/** Gives the components of a phase guide their phase: src/theme/DocItem/Content does it for phase pages. */
export function CurrentPhaseProvider({ phase, children }: { phase: Phase | null; children: ReactNode }) {
  return <CurrentPhaseContext.Provider value={phase}>{children}</CurrentPhaseContext.Provider>;
}

/** The phase of the guide being rendered; `component` names the caller in the error outside one. */
export function useCurrentPhase(component: string): Phase {
  const phase = useContext(CurrentPhaseContext);
  if (phase === null) {
    throw new Error(`${component} shows a phase guide's section: use it on a page in docs/phases/, or inside a CurrentPhaseProvider.`);
  }
  return phase;
}
