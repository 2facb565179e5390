import { describe, expect, it, vi } from 'vitest';
import { createIdlePrefetch, routeOf } from '../idlePrefetch';

/** A stand-in for requestIdleCallback: slices wait until the test says the browser is idle. */
function idleBrowser() {
  const pending: (() => void)[] = [];
  return {
    scheduleIdle: (slice: () => void) => pending.push(slice),
    pendingSlices: () => pending.length,
    runSlice: () => pending.shift()?.(),
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

    browser.runSlice();
    expect(prefetch).toHaveBeenCalledWith('/docs/phases/build');
  });

  it('fetches a page once, however many of its sections are linked', () => {
    const browser = idleBrowser();
    const prefetch = vi.fn();
    const idlePrefetch = createIdlePrefetch(prefetch, browser.scheduleIdle);

    for (const url of ['/docs/feedback-arcs#learn-to-shape', '/docs/feedback-arcs#verify-to-build', '/docs/feedback-arcs']) idlePrefetch(url);
    browser.runSlice();
    idlePrefetch('/docs/feedback-arcs#build-to-shape');

    expect(prefetch.mock.calls).toEqual([['/docs/feedback-arcs']]);
    expect(browser.pendingSlices()).toBe(0);
  });

  it('fetches one page per idle slice, in the order the links appeared, until all are fetched', () => {
    const browser = idleBrowser();
    const prefetch = vi.fn();
    const idlePrefetch = createIdlePrefetch(prefetch, browser.scheduleIdle);
    const pages = ['/a', '/b', '/c'];
    pages.forEach((page) => idlePrefetch(page));

    browser.runSlice();
    expect(prefetch.mock.calls).toEqual([['/a']]);
    browser.runSlice();
    browser.runSlice();
    expect(prefetch.mock.calls).toEqual(pages.map((page) => [page]));
    expect(browser.pendingSlices()).toBe(0);

    // A link that appears later starts the queue again.
    idlePrefetch('/d');
    browser.runSlice();
    expect(prefetch).toHaveBeenLastCalledWith('/d');
  });
});
