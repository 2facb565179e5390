import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { rel, routes, waitForHydration } from './support';
import { getPhase } from '../src/data';

// @axe-core/playwright is not installed: we inject axe-core's browser bundle ourselves.
const axeSource = createRequire(__filename).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOR_SCHEMES = ['light', 'dark'] as const;

declare global {
  interface Window {
    axe: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}

async function runAxe(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: axeSource });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
  return results.violations;
}

/**
 * Colours ease from one scheme to the other (Infima's colour transitions). Checked mid-way, text
 * would be half light and half dark, so wait until every finite transition or animation has ended.
 */
async function waitForTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/** One line per failing element, so a CI log says what to fix and where. */
function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`);
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}

test.describe('axe-core, WCAG 2.2 A and AA rules', () => {
  for (const route of routes) {
    test(`${route} has no violations in light or dark mode`, async ({ page }) => {
      await page.goto(rel(route));
      await waitForHydration(page);
      const report: string[] = [];
      // One load, both schemes: the site follows the system preference live (respectPrefersColorScheme).
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await waitForTransitions(page);
        const violations = await runAxe(page);
        if (violations.length > 0) report.push(`${colorScheme} mode:\n${describeViolations(violations)}`);
      }
      expect(report, report.join('\n')).toEqual([]);
    });
  }
});

/** Elements that cut off their own content horizontally, ignoring visually hidden helpers. */
async function findReflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px`);
    }
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      // 1×1 px clipped boxes are the visually-hidden pattern (skip links, screen-reader text): not a loss.
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || style.display === 'none') continue;
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (clips && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '') {
        problems.push(`${name(el)} cuts off ${el.scrollWidth - el.clientWidth}px of its content`);
      }
      // Text that runs past the right edge of the viewport cannot be reached without scrolling sideways.
      if (rect.right > root.clientWidth + 1 && el.children.length === 0 && (el.textContent ?? '').trim() !== '') {
        const scroller = el.closest('pre, table, [tabindex="0"], [role="region"]');
        if (!scroller) problems.push(`${name(el)} ends ${Math.round(rect.right - root.clientWidth)}px past the viewport`);
      }
    }
    return problems;
  });
}

test.describe('reflow', () => {
  for (const route of routes) {
    test(`${route} reflows at 320 px and at 200% text without sideways scrolling or clipping`, async ({ page }) => {
      // SC 1.4.10: 320 CSS px is 1280 px at 400% zoom.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(rel(route));
      await waitForHydration(page);
      const narrow = await findReflowProblems(page);
      // SC 1.4.4: Infima sizes text in rem, so doubling the root font size is the browser's text-only zoom.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const largeText = await findReflowProblems(page);
      const problems = [...narrow.map((p) => `at 320 px: ${p}`), ...largeText.map((p) => `at 200% text: ${p}`)];
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

interface FocusReport {
  description: string;
  outline: number;
  shadow: number;
  /** Widest ring drawn inside an SVG link, see below. */
  drawn: number;
}

const ringWidth = (r: FocusReport): number => Math.max(r.outline, r.shadow, r.drawn);

/**
 * Width in px of the focused element's outline, of its widest box-shadow ring and, for SVG links
 * (the loop diagram), of the ring they draw as a child shape marked data-focus-ring: an outline on
 * an SVG link would box the node and its name together. A drawn ring counts only while it is
 * displayed with an opaque stroke, so a missing or unlit ring still fails.
 */
async function focusedRing(page: Page): Promise<FocusReport | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
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
        const lengths = (s.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
        const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
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
        const scale =
          ringStyle.vectorEffect === 'non-scaling-stroke' || !ctm ? 1 : Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
        return parseFloat(ringStyle.strokeWidth) * scale;
      }),
    );
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    return { description: `<${el.tagName.toLowerCase()}> "${label}"`, outline, shadow, drawn };
  });
}

test.describe('visible focus (SC 2.4.7, 2.4.13)', () => {
  for (const route of routes) {
    test(`${route}: every element reached with Tab shows a ring of at least 2 px`, async ({ page }) => {
      await page.goto(rel(route));
      await waitForHydration(page);
      const seen: FocusReport[] = [];
      // Enough presses to go through the navbar and well into the content; stop when focus leaves the page.
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const ring = await focusedRing(page);
        if (!ring) break;
        seen.push(ring);
      }
      expect(seen.length, 'Tab should reach focusable elements').toBeGreaterThan(3);
      const weak = seen.filter((r) => ringWidth(r) < 2);
      expect(
        weak,
        weak.map((r) => `${r.description}: outline ${r.outline}px, box-shadow ${r.shadow}px, drawn ring ${r.drawn}px`).join('\n'),
      ).toEqual([]);
    });
  }
});

test.describe('forced colours (Windows High Contrast)', () => {
  for (const route of routes) {
    test(`${route} still shows its heading, content and diagram`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(rel(route));
      await waitForHydration(page);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('main')).toBeVisible();
      // Every link in a figure (the loop diagram's phase nodes) keeps a visible, labelled box.
      for (const link of await page.locator('main figure a').all()) {
        await expect(link).toBeVisible();
        expect((await link.boundingBox())?.width ?? 0).toBeGreaterThan(0);
        await expect(link).toHaveAccessibleName(/\S/);
      }
    });
  }
});

test.describe('reading without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const route of routes) {
    test(`${route} shows its heading and main content`, async ({ page }) => {
      await page.goto(rel(route));
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('h1')).toHaveText(/\S/);
      const text = await page.locator('main').innerText();
      expect(text.replace(/\s+/g, ' ').length, 'main should hold the page content').toBeGreaterThan(40);
    });
  }
});

/** Presses Tab until the focused element matches, or fails after `max` presses. */
async function tabTo(
  page: Page,
  matches: (el: { href: string; role: string; name: string; inMain: boolean }) => boolean,
  max = 120,
) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const href = el?.getAttribute('href') ?? '';
      return {
        href,
        role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
        name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
        inMain: Boolean(el?.closest('main')),
      };
    });
    if (matches(focused)) {
      const ring = await focusedRing(page);
      expect(ring ? ringWidth(ring) : 0, `focus ring on ${ring?.description}`).toBeGreaterThanOrEqual(2);
      return;
    }
  }
  throw new Error(`Tab did not reach the expected element within ${max} presses`);
}

// The journey's last two legs depend on other work: /metrics joins `routes` when the finder lands
// (issue #4), and the local search plugin writes search-index*.json into the build.
const hasFinder = routes.includes('/metrics');
const buildDir = path.join(__dirname, '..', 'build');
const hasSearch = existsSync(buildDir) && readdirSync(buildDir).some((file) => /^search-index.*\.json$/.test(file));

test('keyboard-only journey: home, into the content, a phase page, the finder, search', async ({ page }) => {
  await page.goto(rel('/'));
  await waitForHydration(page);

  // The first Tab reaches the skip link; following it puts the next Tab inside the main content.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/skip to main content/i);
  await page.keyboard.press('Enter');
  // A phase link in the page content (the loop diagram on the home page), not the navbar's.
  await tabTo(page, (el) => el.inMain && /\/docs\/phases\/[a-z]+$/.test(el.href));
  const phaseHref = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${phaseHref.replace(/^\.?\//, '')}$`));
  // The URL changes before the new page renders: wait for its heading, or Tab would still walk the old page.
  await expect(page.locator('h1')).toContainText(getPhase(phaseHref.split('/').pop() ?? '').name);

  if (hasFinder) {
    await tabTo(page, (el) => /\/metrics\/?$/.test(el.href));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/metrics\/?$/);
    // Leaving the docs for a page mounts a new navbar; tabbing before that would focus the old search box.
    await expect(page.locator('h1')).toHaveText('Metric finder');
  } else {
    test.info().annotations.push({ type: 'not yet checked', description: 'no /metrics route (issue #4)' });
  }

  if (hasSearch) {
    await tabTo(page, (el) => el.role === 'input' || el.role === 'searchbox' || el.role === 'combobox');
    await page.keyboard.type('verify');
    // The index loads on first focus, so the first suggestions may take a moment.
    await expect(page.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/docs\//);
  } else {
    test.info().annotations.push({ type: 'not yet checked', description: 'no search index in build/' });
  }
});
