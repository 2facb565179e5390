import { describe, expect, it, vi } from 'vitest';
import { createIdlePrefetch, routeOf, type IdleDeadlineLike } from '../idlePrefetch';

/** A stand-in for requestIdleCallback: slices wait until the test runs them with some idle time. */
function idleBrowser() {
  const pending: ((deadline: IdleDeadlineLike) => void)[] = [];
  let idleMs = 0;
  return {
    scheduleIdle: (slice: (deadline: IdleDeadlineLike) => void) => pending.push(slice),
    pendingSlices: () => pending.length,
    /** Work done in a slice uses up its idle time. */
    spend: (ms: number) => (idleMs -= ms),
    runSlice(ms: number) {
      idleMs = ms;
      pending.shift()?.({ timeRemaining: () => Math.max(0, idleMs) });
    },
  };
}

describe('routeOf', () => {
  it.each([
    ['/docs/feedback-arcs#learn-to-shape', '/docs/feedback-arcs'],
    ['/metrics?q=mttr', '/metrics'],
    ['/metrics?q=a#b', '/metrics'],
    ['/docs/phases/build', '/docs/phases/build'],
    ['/', '/'],
  ])('%s is the page %s', (url, route) => {
    expect(routeOf(url)).toBe(route);
  });
});

describe('createIdlePrefetch', () => {
  it('fetches nothing while the page is busy, and the page once the browser is idle', () => {
    const browser = idleBrowser();
    const prefetch = vi.fn();
    const idlePrefetch = createIdlePrefetch(prefetch, browser.scheduleIdle);

    expect(idlePrefetch('/docs/phases/build')).toBe(false);
    expect(prefetch).not.toHaveBeenCalled();

    browser.runSlice(50);
    expect(prefetch).toHaveBeenCalledWith('/docs/phases/build');
  });

  it('fetches a page once, however many of its sections are linked', () => {
    const browser = idleBrowser();
    const prefetch = vi.fn();
    const idlePrefetch = createIdlePrefetch(prefetch, browser.scheduleIdle);

    for (const url of ['/docs/feedback-arcs#learn-to-shape', '/docs/feedback-arcs#verify-to-build', '/docs/feedback-arcs']) idlePrefetch(url);
    browser.runSlice(50);
    idlePrefetch('/docs/feedback-arcs#build-to-shape');
    browser.runSlice(50);

    expect(prefetch.mock.calls).toEqual([['/docs/feedback-arcs']]);
    expect(browser.pendingSlices()).toBe(0);
  });

  it('spreads many pages over several idle slices when each slice is short', () => {
    const browser = idleBrowser();
    const prefetch = vi.fn((_route: string) => browser.spend(4));
    const idlePrefetch = createIdlePrefetch(prefetch, browser.scheduleIdle);
    const pages = ['/a', '/b', '/c', '/d', '/e'];
    pages.forEach((page) => idlePrefetch(page));

    // 10 ms of idle time and 4 ms per prefetch: two pages fit, the third waits for the next slice.
    browser.runSlice(10);
    expect(prefetch).toHaveBeenCalledTimes(2);
    expect(browser.pendingSlices()).toBe(1);

    // A slice that timed out (no idle time at all) still fetches one page, so the queue always drains.
    browser.runSlice(0);
    expect(prefetch).toHaveBeenCalledTimes(3);
    browser.runSlice(50);
    expect(prefetch.mock.calls.map(([route]) => route)).toEqual(pages);
    expect(browser.pendingSlices()).toBe(0);
  });
});
