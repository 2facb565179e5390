// The checks every kind of page must pass (one representative page each: support.ts), on one load per page and mode: axe in light and dark (WCAG 2.2
// A and AA), a visible focus ring on everything Tab reaches (SC 2.4.7, 2.4.13), forced colours,
// reflow at 320 px and at 200 % text (SC 1.4.10, 1.4.4), one h1 and no console error; then every page
// read with JavaScript off, in one context. Links, anchors and images: the crawl (crawl.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import {
  axeViolations,
  collectErrors,
  COLOUR_RULES,
  focusRingsAlongTab,
  representativeRoutes,
  rel,
  ringWidth,
  routes,
  showColorScheme,
  waitForHydration,
} from './support';

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

// Reduced motion turns the theme's colour transitions off, so a switch of colour scheme shows at once.
test.use({ reducedMotion: 'reduce' });

for (const route of representativeRoutes) {
  test(`${route} passes the page checks`, async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto(rel(route));
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expect.soft(page.getByRole('heading', { level: 1 }), 'one h1').toHaveCount(1);

    await test.step('axe finds nothing in light mode', async () => {
      await showColorScheme(page, 'light');
      const violations = await axeViolations(page);
      expect.soft(violations, violations.join('\n')).toEqual([]);
    });

    await test.step('axe finds no colour problem in dark mode', async () => {
      // The site follows the system preference live (respectPrefersColorScheme).
      await showColorScheme(page, 'dark');
      const violations = await axeViolations(page, { rules: COLOUR_RULES });
      expect.soft(violations, violations.join('\n')).toEqual([]);
    });

    await test.step('everything Tab reaches shows a focus ring of at least 2 px', async () => {
      // After axe: tabbing scrolls the page, and the sticky navbar would then cover targets axe measures.
      // Enough presses to go through the navbar and well into the content.
      const rings = await focusRingsAlongTab(page, 40);
      expect.soft(rings.length, 'Tab should reach focusable elements').toBeGreaterThan(3);
      const weak = rings.filter((ring) => ringWidth(ring) < 2);
      expect
        .soft(weak, weak.map((r) => `${r.description}: outline ${r.outline}px, box-shadow ${r.shadow}px, drawn ring ${r.drawn}px`).join('\n'))
        .toEqual([]);
    });

    await test.step('forced colours (Windows High Contrast) keep the heading, the content and the diagram', async () => {
      await page.emulateMedia({ forcedColors: 'active' });
      await expect.soft(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect.soft(page.getByRole('main')).toBeVisible();
      // Every link in a figure (the loop diagram's nodes and arcs) keeps a visible, labelled box.
      const lost = await page
        .getByRole('main')
        .getByRole('figure')
        .getByRole('link')
        .evaluateAll((links) =>
          links
            .filter((link) => {
              const box = link.getBoundingClientRect();
              const name = (link.getAttribute('aria-label') ?? link.textContent ?? '').trim();
              return box.width === 0 || box.height === 0 || getComputedStyle(link).visibility !== 'visible' || name === '';
            })
            .map((link) => link.outerHTML.slice(0, 80)),
        );
      expect.soft(lost, 'figure links without a visible, named box').toEqual([]);
      await page.emulateMedia({ forcedColors: 'none' });
    });

    await test.step('reflows at 320 px and at 200 % text without sideways scrolling or clipping', async () => {
      // SC 1.4.10: 320 CSS px is 1280 px at 400 % zoom.
      await page.setViewportSize({ width: 320, height: 640 });
      const narrow = await findReflowProblems(page);
      // SC 1.4.4: Infima sizes text in rem, so doubling the root font size is the browser's text-only zoom.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const largeText = await findReflowProblems(page);
      const problems = [...narrow.map((p) => `at 320 px: ${p}`), ...largeText.map((p) => `at 200% text: ${p}`)];
      expect.soft(problems, problems.join('\n')).toEqual([]);
    });

    expect(errors, 'console errors').toEqual([]);
  });
}

test('every page shows its heading and main content without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const route of routes) {
    await page.goto(rel(route));
    const heading = page.getByRole('heading', { level: 1 });
    await expect.soft(heading, route).toBeVisible();
    await expect.soft(heading, route).toHaveText(/\S/);
    const text = await page.getByRole('main').innerText();
    expect.soft(text.replace(/\s+/g, ' ').length, `${route}: main should hold the page content`).toBeGreaterThan(40);
  }
  await context.close();
});
