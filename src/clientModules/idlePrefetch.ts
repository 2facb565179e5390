import type { ClientModule } from '@docusaurus/types';
import { createIdlePrefetch, type ScheduleIdle } from '@site/src/lib/idlePrefetch';

// Safari has no requestIdleCallback: a short timer stands in.
const scheduleIdle: ScheduleIdle = (slice) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(slice, { timeout: 2000 });
  else window.setTimeout(slice, 50);
};

let isInstalled = false;

/**
 * Docusaurus freezes `window.docusaurus`, so the object is replaced, not patched. It is set when the
 * client starts, before the first route update, and Link reads it only when a link becomes visible.
 */
const clientModule: ClientModule = {
  onRouteDidUpdate() {
    const { docusaurus } = window;
    if (isInstalled || !docusaurus) return;
    isInstalled = true;
    window.docusaurus = Object.freeze({ ...docusaurus, prefetch: createIdlePrefetch(docusaurus.prefetch, scheduleIdle) });
  },
};

export default clientModule;
