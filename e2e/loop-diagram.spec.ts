import { expect, test, type Locator, type Page, type Response } from '@playwright/test';
import { arcPath, feedbackArcs, getPhase, PHASE_IDS, phasePath } from '../src/data';
import { rel, waitForHydration } from './support';

/** The overview shows the large diagram; the home page will show the same one. */
const DIAGRAM_PAGE = '/';
/** The name of a phase node: the numeral and name it draws, then its place in the loop. */
const phaseName = (id: (typeof PHASE_IDS)[number]): string => {
  const phase = getPhase(id);
  return `${phase.numeral} ${phase.name}, phase ${phase.number} of ${PHASE_IDS.length}`;
};

const diagram = (page: Page): Locator => page.getByRole('group', { name: 'The Value Delivery Loop' }).first();

/** Lines of text drawn in the diagram that are displayed, with their measured boxes in CSS pixels. */
async function visibleTextBoxes(page: Page) {
  return diagram(page)
    .locator('tspan, text:not(:has(tspan))')
    .evaluateAll((texts) =>
      texts
        .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).display !== 'none')
        .map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    );
}

function overlapping(boxes: { text: string; x: number; y: number; width: number; height: number }[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        found.push(`${a.text} / ${b.text}`);
      }
    }),
  );
  return found;
}

test.describe('loop diagram', () => {
  test('clicking node ④ opens the Verify page without reloading', async ({ page }) => {
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    await page.evaluate(() => Object.assign(window, { diagramMarker: true }));
    await diagram(page).getByRole('link', { name: phaseName('verify') }).click();
    await expect(page).toHaveURL(/\/docs\/phases\/verify$/);
    await expect(page.locator('h1')).toContainText('Verify');
    // The marker survives only an in-app navigation.
    expect(await page.evaluate(() => 'diagramMarker' in window)).toBe(true);
  });

  test('Tab visits the phases in loop order ① to ⑥, then the feedback arcs; Enter opens one', async ({ page }) => {
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    // Start below the navbar: the search box's focus handling has its own test (search.spec.ts).
    await page.getByRole('link', { name: 'Find a metric' }).focus();
    let presses = 0;
    while ((await focusedName()) !== phaseName('discover')) {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(presses, 'Tab never reached phase ①').toBeLessThan(80);
    }
    const order = [await focusedName()];
    for (let i = 0; i < PHASE_IDS.length - 1 + feedbackArcs.length; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focusedName());
    }
    expect(order.slice(0, PHASE_IDS.length)).toEqual(PHASE_IDS.map(phaseName));
    expect(order.slice(PHASE_IDS.length).every((name) => name.startsWith('Feedback arc from'))).toBe(true);
    // Back to ② with Shift+Tab and open it with Enter.
    for (let i = 0; i < order.length - 2; i += 1) await page.keyboard.press('Shift+Tab');
    expect(await focusedName()).toBe(phaseName('shape'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/docs\/phases\/shape$/);
  });

  // The view box is the narrow layout's; wide arc labels are drawn outside it, in reserved margins.
  test('at desktop width an arc label outside the view box is drawn in the frame and opens its arc', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    const label = diagram(page).locator('text', { hasText: 'Scope questions feed' });
    await label.scrollIntoViewIfNeeded();
    const [text, frame] = await Promise.all([label.boundingBox(), diagram(page).locator('..').boundingBox()]);
    expect(text && frame && text.x >= frame.x && text.x + text.width <= frame.x + frame.width).toBe(true);
    await label.click();
    const arc = feedbackArcs.find((a) => a.id === 'build-to-shape')!;
    await expect(page).toHaveURL(new RegExp(`${arcPath(arc)}$`));
  });

  test('hovering a node underlines its name and dims the arcs that do not touch it', async ({ page }) => {
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    const fromLearn = diagram(page).getByRole('link', { name: /^Feedback arc from ⑥/ });
    const build = diagram(page).getByRole('link', { name: phaseName('build') });
    // Drawn names are not running text: no underline at rest (the page's link rule must not reach them).
    const underlined = () =>
      build.evaluate((link) => [link, ...Array.from(link.querySelectorAll('text'))].some((el) => getComputedStyle(el).textDecorationLine.includes('underline')));
    expect(await underlined()).toBe(false);
    await build.hover();
    expect(await underlined()).toBe(true);
    await expect(fromLearn).toHaveAttribute('data-dimmed', 'true');
    await expect(diagram(page).getByRole('link', { name: /^Feedback arc from ③/ })).not.toHaveAttribute('data-dimmed');
    await page.mouse.move(0, 0);
    await expect(fromLearn).not.toHaveAttribute('data-dimmed');
  });

  test('a focused node shows a ring at least 2 px wide', async ({ page }) => {
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    const node = diagram(page).getByRole('link', { name: phaseName('build') });
    await node.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await node.locator('[data-focus-ring]').evaluate((circle) => {
      const style = getComputedStyle(circle);
      return { stroke: style.stroke, width: parseFloat(style.strokeWidth) };
    });
    expect(ring.stroke).not.toMatch(/transparent|rgba\(0, 0, 0, 0\)|none/);
    expect(ring.width).toBeGreaterThanOrEqual(2);
  });

  test('without JavaScript the diagram and all its links are in the page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(rel(DIAGRAM_PAGE));
    const group = diagram(page);
    await expect(group).toBeVisible();
    for (const id of PHASE_IDS) {
      await expect(group.getByRole('link', { name: phaseName(id) })).toHaveAttribute('href', new RegExp(`${phasePath(id)}$`));
    }
    await expect(group.getByRole('link', { name: /^Feedback arc from/ })).toHaveCount(feedbackArcs.length);
    await context.close();
  });

  test('on a phase page the current phase carries aria-current', async ({ page }) => {
    await page.goto(rel(phasePath('verify')));
    await waitForHydration(page);
    const current = diagram(page).locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAccessibleName(`You are here: ${phaseName('verify')}`);
    await expect(current).toContainText('You are here');
  });

  test('at desktop width no two texts of the diagram overlap', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    const boxes = await visibleTextBoxes(page);
    expect(boxes.map((b) => b.text)).toContain('Learnings reshape');
    expect(overlapping(boxes)).toEqual([]);
  });

  for (const route of ['/', '/docs/value-delivery-loop', phasePath('verify')]) {
    test(`${route} at 320 px wide has no sideways scroll and the diagram texts stay apart`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(rel(route));
      await waitForHydration(page);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
        clientWidth: document.scrollingElement?.clientWidth ?? 0,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      if (route !== '/') {
        const boxes = await visibleTextBoxes(page);
        expect(boxes.map((b) => b.text)).toContain(getPhase('discover').shortName);
        expect(overlapping(boxes)).toEqual([]);
        // Short names are drawn at a readable size.
        const smallest = Math.min(...boxes.filter((b) => /^[A-Z][a-z]+$/.test(b.text)).map((b) => b.height));
        expect(smallest).toBeGreaterThanOrEqual(12);
      }
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`in ${colorScheme} mode texts reach 4.5:1 and lines 3:1 against the page`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(rel(DIAGRAM_PAGE));
      await waitForHydration(page);
      const ratios = await diagram(page).evaluate((svg) => {
        const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
          const lin = (c: number): number => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        };
        let element: Element | null = svg;
        let background = 'rgb(255, 255, 255)';
        while (element) {
          const color = getComputedStyle(element).backgroundColor;
          if (!/rgba\(.*, 0\)$|transparent/.test(color)) {
            background = color;
            break;
          }
          element = element.parentElement;
        }
        const bg = luminance(rgb(background));
        const ratio = (color: string): number => {
          const l = luminance(rgb(color));
          return (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05);
        };
        const shown = (el: Element): boolean => el.getClientRects().length > 0;
        const texts = Array.from(svg.querySelectorAll('text')).filter(shown).map((t) => ({ what: t.textContent ?? '', ratio: ratio(getComputedStyle(t).fill) }));
        const lines = Array.from(svg.querySelectorAll('path[stroke-dasharray], path[marker-end], circle'))
          .filter(shown)
          .map((el) => getComputedStyle(el).stroke)
          .filter((stroke) => stroke !== 'none' && !/rgba\(.*, 0\)$|transparent/.test(stroke))
          .map((stroke) => ({ what: stroke, ratio: ratio(stroke) }));
        return { texts, lines };
      });
      expect(ratios.texts.length).toBeGreaterThan(10);
      expect(ratios.texts.filter((t) => t.ratio < 4.5)).toEqual([]);
      expect(ratios.lines.length).toBeGreaterThan(10);
      expect(ratios.lines.filter((l) => l.ratio < 3)).toEqual([]);
      await context.close();
    });
  }

  test('at 320 px every link of the diagram is at least 24 px square', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    const sizes = await diagram(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => ({ name: link.getAttribute('aria-label'), ...link.getBoundingClientRect().toJSON() })));
    expect(sizes).toHaveLength(PHASE_IDS.length + feedbackArcs.length);
    expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
  });

  test('/docs/embed renders the Mermaid source as an SVG with six phase nodes', async ({ page }) => {
    await page.goto(rel('/docs/embed'));
    await waitForHydration(page);
    await expect(page.getByText('flowchart TD')).toBeVisible();
    const svg = page.locator('.docusaurus-mermaid-container svg');
    await expect(svg).toBeVisible({ timeout: 20_000 });
    await expect(svg.locator('g.node')).toHaveCount(PHASE_IDS.length);
    await expect(svg).toContainText('Learnings reshape priorities');
  });

  test('pages without a Mermaid diagram load no Mermaid code', async ({ page }) => {
    // Read bodies inside the test, not in the listener, so a late prefetch cannot outlive the test.
    const responses: Response[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) responses.push(response);
    });
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const scripts = await Promise.all(responses.slice().map((response) => response.text()));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((source) => /mermaidAPI|langium|chevrotain/.test(source))).toEqual([]);
  });
});
