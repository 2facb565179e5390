import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { counts, frameworkPath, getPhase, loop, metricPath, pagePaths, paths, phasePath, ROLE_GROUP_IDS, rolePath, type PhaseId } from '../src/data';

/** Every route of the site, from the routes module, so a new page is tested without editing this list. */
export const routes: readonly string[] = pagePaths;

/**
 * One page of each kind the site renders (a layout, or a docs page built from its own components):
 * the full per-page battery runs on these; the crawl and the no-JavaScript read still visit every route.
 */
export const representativeRoutes: readonly string[] = [
  paths.home,
  paths.overview,
  phasePath('verify'),
  paths.feedbackArcs,
  frameworkPath('dora'),
  frameworkPath('space'),
  frameworkPath('essp'),
  paths.roles,
  rolePath(ROLE_GROUP_IDS[0]),
  metricPath('dora-change-lead-time'),
  paths.embed,
  paths.sources,
  paths.finder,
  paths.check,
  paths.measure,
  paths.printGuide,
];

/** Relative URL for page.goto, so the suite runs under any base path. */
export const rel = (route: string): string => (route === '/' ? './' : `.${route}`);

/** Waits until React has hydrated, so keyboard and click handlers are attached. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
}

/** Console errors and uncaught exceptions from the moment this is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The page's loop diagram (the first, where there are several), found by its name. */
export const loopDiagram = (page: Page): Locator => page.getByRole('group', { name: loop.title }).first();

/** The accessible name of a phase node, written out: "③ Build & Collaborate, phase 3 of 6". */
export const phaseNodeName = (id: PhaseId): string => {
  const phase = getPhase(id);
  return `${phase.numeral} ${phase.name}, phase ${phase.number} of ${counts.phases}`;
};

/** What a test can know about the focused element without holding a handle to it. */
export interface Focused {
  /** aria-label, or the text content. */
  readonly name: string;
  readonly href: string;
  /** The role attribute, or the tag name. */
  readonly role: string;
  readonly inMain: boolean;
}

const readFocused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return {
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      href: el.getAttribute('href') ?? '',
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      inMain: Boolean(el.closest('main')),
    };
  });

/** Presses `key` (Tab by default) until the focused element matches, or fails after `max` presses. */
export async function tabUntil(
  page: Page,
  matches: (focused: Focused) => boolean,
  { max = 80, key = 'Tab' }: { max?: number; key?: string } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const focused = await readFocused(page);
    if (focused && matches(focused)) return focused;
  }
  throw new Error(`${key} did not reach the expected element within ${max} presses`);
}

/** The focus indicator of an element, in CSS px. */
export interface FocusRing {
  readonly description: string;
  readonly outline: number;
  readonly shadow: number;
  /** Widest ring an SVG link draws as a child shape marked data-focus-ring. */
  readonly drawn: number;
}

export const ringWidth = (ring: FocusRing): number => Math.max(ring.outline, ring.shadow, ring.drawn);

/**
 * Measures the focus ring of `el` (run in the page, so it can be called from a focus listener):
 * its outline, its widest box-shadow ring and, for SVG links (the loop diagram), the ring they draw
 * as a child shape marked data-focus-ring (an outline on an SVG link would box the node and its name
 * together). A drawn ring counts only while it is displayed with an opaque stroke.
 */
function measureRing(el: Element): FocusRing {
  const outlineOf = (node: Element): number => {
    const s = getComputedStyle(node);
    return s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
  };
  const style = getComputedStyle(el);
  // A radio or checkbox may ring the label that holds it (the finder's filter chips do).
  const holder = el instanceof HTMLInputElement && ['radio', 'checkbox'].includes(el.type) ? el.closest('label') : null;
  const outline = Math.max(outlineOf(el), holder ? outlineOf(holder) : 0);
  // Each shadow is "color x y blur spread"; a focus ring is a shadow with no offset and a spread.
  const shadows = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/);
  const shadow = Math.max(
    0,
    ...shadows.map((s) => {
      const [x = 0, y = 0, blur = 0, spread = 0] = (s.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
      return x === 0 && y === 0 ? spread + blur / 2 : 0;
    }),
  );
  const drawn = Math.max(
    0,
    ...Array.from(el.querySelectorAll('[data-focus-ring]')).map((ring) => {
      if (!(ring instanceof SVGGraphicsElement) || ring.getClientRects().length === 0) return 0;
      const ringStyle = getComputedStyle(ring);
      const unlit = ringStyle.stroke === 'none' || /transparent|rgba\(.*,\s*0\)$/.test(ringStyle.stroke);
      if (unlit || ringStyle.visibility !== 'visible' || parseFloat(ringStyle.opacity) === 0) return 0;
      // A non-scaling stroke is in CSS px already; any other scales with the drawing.
      const ctm = ring.getScreenCTM();
      const scale = ringStyle.vectorEffect === 'non-scaling-stroke' || !ctm ? 1 : Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
      return parseFloat(ringStyle.strokeWidth) * scale;
    }),
  );
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
  return { description: `<${el.tagName.toLowerCase()}> "${label}"`, outline, shadow, drawn };
}

declare global {
  interface Window {
    measureFocusRing: (el: Element) => FocusRing;
    focusRings: FocusRing[];
  }
}

/** Puts measureRing in the page, where a focus listener can call it as focus arrives. */
const installRingMeter = (page: Page): Promise<void> => page.evaluate(`window.measureFocusRing = ${measureRing.toString()}`);

/** The focus ring of the focused element, or null when nothing is focused. */
export async function focusedRing(page: Page): Promise<FocusRing | null> {
  await installRingMeter(page);
  return page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? null : window.measureFocusRing(el);
  });
}

/**
 * Presses Tab `presses` times and returns the focus ring of every element it reached. Rings are
 * measured in the page as focus arrives, so the walk costs one round trip per key press.
 */
export async function focusRingsAlongTab(page: Page, presses: number): Promise<FocusRing[]> {
  await installRingMeter(page);
  await page.evaluate(() => {
    window.focusRings = [];
    document.addEventListener('focusin', (event) => {
      if (event.target instanceof Element) window.focusRings.push(window.measureFocusRing(event.target));
    });
  });
  for (let i = 0; i < presses; i += 1) await page.keyboard.press('Tab');
  return page.evaluate(() => window.focusRings);
}

/** A piece of drawn text and where it is, in CSS px. */
export interface TextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** "a / b" for every pair of boxes that overlap. */
export function overlapping(boxes: readonly TextBox[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      .map((b) => `${a.text} / ${b.text}`),
  );
}

/** The texts a diagram shows, with their measured boxes. */
export const visibleTexts = (svg: Locator): Promise<TextBox[]> =>
  svg.locator('text').evaluateAll((texts) =>
    texts
      .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).display !== 'none')
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose outcome depends on colour. Switching light to dark mode changes colours only
 * (src/css/custom.css and the theme swap colour variables), so in the second mode these are the
 * rules that can find something new.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's WCAG 2.2 A and AA violations on the page, one line per failing element, so a log says
 * what to fix. `rules` narrows the run to those rules. Legacy mode runs axe in the page itself, without
 * the blank page the default mode opens to combine frames (the site has no frames).
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  // Only violations are read, so axe is spared building the details of everything that passed.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `[${v.impact}] ${v.id}: ${v.help} at ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`),
  );
}

/**
 * Switches the colour scheme and waits until the site shows it. Colours ease from one scheme to the
 * other (Infima's transitions); checked mid-way, text would be half light and half dark, so this also
 * waits until every finite transition or animation has ended.
 */
export async function showColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForSelector(`html[data-theme="${colorScheme}"]`);
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/**
 * Waits until the page has stopped prefetching: every <link rel="prefetch"> has loaded and a browser
 * idle period passed without a new one (the site prefetches one page per idle period).
 */
export async function waitForPrefetching(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
    let seen = -1;
    for (;;) {
      const links = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]'));
      const loaded = links.every((link) => performance.getEntriesByName(link.href).length > 0);
      if (loaded && links.length === seen) return;
      seen = links.length;
      await idle();
      await idle();
    }
  });
}
