import { getPhase, type Phase } from '@site/src/data';
import { useDocItemOf } from '@site/src/hooks/useDocItem';

/**
 * The phase of the guide being rendered: the page in docs/phases/ this is on, or the phase a
 * DocItemProvider renders a part of. `component` names the caller in the error on any other page.
 */
export function useCurrentPhase(component: string): Phase {
  return getPhase(useDocItemOf('phase', component).id);
}
