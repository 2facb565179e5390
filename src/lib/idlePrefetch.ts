/** Calls `slice` when the browser is idle (requestIdleCallback, or a timer where there is none). */
export type ScheduleIdle = (slice: () => void) => void;

/** The route a link prefetches: "/docs/feedback-arcs#learn-to-shape" and "/docs/feedback-arcs" are one route. */
export function routeOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * Wraps Docusaurus's `prefetch` so it runs in idle time instead of inside the task that reports links
 * entering the viewport. Each call appends a dozen or more `<link rel="prefetch">` elements, and a page
 * with twenty visible links did it all in one long task after hydration (TBT, issue #5). One route per
 * idle slice: a slice that used all of an idle period (up to 50 ms) would itself be a long task on a
 * slow phone. Routes are queued once, without hash or query, so links to sections of a page fetch it once.
 */
export function createIdlePrefetch(prefetch: (route: string) => unknown, scheduleIdle: ScheduleIdle): (url: string) => false {
  const queue: string[] = [];
  const seen = new Set<string>();
  const runSlice = (): void => {
    const route = queue.shift();
    if (route !== undefined) prefetch(route);
    if (queue.length > 0) scheduleIdle(runSlice);
  };
  return (url) => {
    const route = routeOf(url);
    if (!seen.has(route)) {
      seen.add(route);
      queue.push(route);
      if (queue.length === 1) scheduleIdle(runSlice);
    }
    // Docusaurus's Link ignores the result; false says "nothing fetched yet", as core does for a skip.
    return false;
  };
}
