/** The part of the browser's IdleDeadline that the queue reads. */
export interface IdleDeadlineLike {
  timeRemaining(): number;
}

/** Calls `slice` when the browser is idle (requestIdleCallback, or a timer where there is none). */
export type ScheduleIdle = (slice: (deadline: IdleDeadlineLike) => void) => void;

/** Milliseconds of idle time one more prefetch needs; below this the rest waits for the next slice. */
const PREFETCH_COST_MS = 4;

/** The route a link prefetches: "/docs/feedback-arcs#learn-to-shape" and "/docs/feedback-arcs" are one route. */
export function routeOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * Wraps Docusaurus's `prefetch` so it runs in idle time instead of inside the task that reports links
 * entering the viewport. Each call appends a dozen or more `<link rel="prefetch">` elements, and a page
 * with twenty visible links did it all in one long task after hydration (TBT, issue #5). Routes are
 * queued once, without their hash or query, so links to sections of one page fetch it once.
 */
export function createIdlePrefetch(prefetch: (route: string) => unknown, scheduleIdle: ScheduleIdle): (url: string) => false {
  const queue: string[] = [];
  const seen = new Set<string>();
  const runSlice = (deadline: IdleDeadlineLike): void => {
    // At least one per slice, so prefetching still advances when the idle callback timed out.
    do {
      const route = queue.shift();
      if (route !== undefined) prefetch(route);
    } while (queue.length > 0 && deadline.timeRemaining() >= PREFETCH_COST_MS);
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
