import { wcagContrast } from 'culori';
import { expect, test } from '@playwright/test';
import { arcPath, feedbackArcs, getArc, getPhase, paths, PHASE_IDS, phaseLabel, phasePath, phases } from '../src/data';
import {
  loopDiagram,
  overlapping,
  phaseNodeName,
  rel,
  showColorScheme,
  tabUntil,
  visibleTexts,
  waitForHydration,
} from './support';

/** The home page shows the large diagram. */
const DIAGRAM_PAGE = paths.home;

test('clicking node ④ opens the Verify page without reloading', async ({ page }) => {
  await page.goto(rel(DIAGRAM_PAGE));
  await waitForHydration(page);
  await page.evaluate(() => Object.assign(window, { diagramMarker: true }));
  await loopDiagram(page).getByRole('link', { name: phaseNodeName('verify') }).click();
  await expect(page).toHaveURL(/\/docs\/phases\/verify$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(getPhase('verify').name);
  // The marker survives only an in-app navigation.
  expect(await page.evaluate(() => 'diagramMarker' in window)).toBe(true);
});

test('Tab visits the phases in loop order ① to ⑥, then the feedback arcs; Enter opens one', async ({ page }) => {
  await page.goto(rel(DIAGRAM_PAGE));
  await waitForHydration(page);
  // Start below the navbar: the search box's focus handling has its own test (search.spec.ts).
  await page.getByRole('link', { name: 'Find a metric' }).focus();
  const order = [(await tabUntil(page, (el) => el.name === phaseNodeName('discover'))).name];
  for (let i = 0; i < PHASE_IDS.length - 1 + feedbackArcs.length; i += 1) {
    order.push((await tabUntil(page, () => true, { max: 1 })).name);
  }
  expect(order.slice(0, PHASE_IDS.length)).toEqual(PHASE_IDS.map(phaseNodeName));
  expect(order.slice(PHASE_IDS.length).every((name) => name.startsWith('Feedback arc from'))).toBe(true);
  // Back to ② with Shift+Tab and open it with Enter.
  await tabUntil(page, (el) => el.name === phaseNodeName('shape'), { key: 'Shift+Tab', max: order.length });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/phases\/shape$/);
});

test.describe('at desktop width', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('texts stay apart, hover and focus light up a node, and an arc label outside the view box opens its arc', async ({ page }) => {
    await page.goto(rel(DIAGRAM_PAGE));
    await waitForHydration(page);
    const diagram = loopDiagram(page);

    await test.step('no two texts overlap', async () => {
      const boxes = await visibleTexts(diagram);
      expect(boxes.map((b) => b.text)).toContain('Learnings reshape');
      expect(overlapping(boxes)).toEqual([]);
    });

    await test.step('hovering a node underlines its name and dims the arcs that do not touch it', async () => {
      const fromLearn = diagram.getByRole('link', { name: /^Feedback arc from ⑥/ });
      const build = diagram.getByRole('link', { name: phaseNodeName('build') });
      // Drawn names are not running text: no underline at rest (the page's link rule must not reach them).
      const underlined = () =>
        build.evaluate((link) =>
          [link, ...Array.from(link.querySelectorAll('text'))].some((el) => getComputedStyle(el).textDecorationLine.includes('underline')),
        );
      expect(await underlined()).toBe(false);
      await build.hover();
      expect(await underlined()).toBe(true);
      await expect(fromLearn).toHaveAttribute('data-dimmed', 'true');
      await expect(diagram.getByRole('link', { name: /^Feedback arc from ③/ })).not.toHaveAttribute('data-dimmed');
      await page.mouse.move(0, 0);
      await expect(fromLearn).not.toHaveAttribute('data-dimmed');
    });

    await test.step('a node focused by keyboard shows a ring at least 2 px wide', async () => {
      const node = diagram.getByRole('link', { name: phaseNodeName('build') });
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

    // The view box is the narrow layout's; wide arc labels are drawn outside it, in reserved margins.
    await test.step('an arc label drawn outside the view box stays in the frame and opens its arc', async () => {
      const arc = getArc('build-to-shape');
      const link = diagram.getByRole('link', { name: new RegExp(`: ${arc.label.toLowerCase()}`) });
      await link.scrollIntoViewIfNeeded();
      const label = link.getByText('Scope questions feed');
      const [text, frame] = await Promise.all([label.boundingBox(), diagram.locator('..').boundingBox()]);
      expect(text && frame && text.x >= frame.x && text.x + text.width <= frame.x + frame.width).toBe(true);
      await label.click();
      await expect(page).toHaveURL(new RegExp(`${arcPath(arc)}$`));
    });
  });
});

test('without JavaScript the diagram and all its links are in the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(rel(DIAGRAM_PAGE));
  const diagram = loopDiagram(page);
  await expect(diagram).toBeVisible();
  for (const id of PHASE_IDS) {
    await expect(diagram.getByRole('link', { name: phaseNodeName(id) })).toHaveAttribute('href', new RegExp(`${phasePath(id)}$`));
  }
  await expect(diagram.getByRole('link', { name: /^Feedback arc from/ })).toHaveCount(feedbackArcs.length);
  await context.close();
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  for (const route of [paths.home, paths.overview, phasePath('verify')]) {
    test(`${route} has no sideways scroll, the diagram's texts stay apart, its links are at least 24 px square, and it marks the current phase`, async ({ page }) => {
      await page.goto(rel(route));
      await waitForHydration(page);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
        clientWidth: document.scrollingElement?.clientWidth ?? 0,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const diagram = loopDiagram(page);
      const boxes = await visibleTexts(diagram);
      expect(boxes.map((b) => b.text)).toContain(getPhase('discover').shortName);
      expect(overlapping(boxes)).toEqual([]);
      // Short names are drawn at a readable size.
      const shortNames = new Set(phases.map((p) => p.shortName));
      expect(Math.min(...boxes.filter((b) => shortNames.has(b.text)).map((b) => b.height))).toBeGreaterThanOrEqual(12);
      // SC 2.5.8: every link of the diagram is a target of at least 24 × 24 px.
      const sizes = await diagram
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => ({ name: link.getAttribute('aria-label'), ...link.getBoundingClientRect().toJSON() })));
      expect(sizes).toHaveLength(PHASE_IDS.length + feedbackArcs.length);
      expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
      // On a phase page, the current phase carries aria-current and the words "You are here".
      const current = diagram.locator('[aria-current="page"]');
      if (route === phasePath('verify')) {
        await expect(current).toHaveCount(1);
        await expect(current).toHaveAccessibleName(`You are here: ${phaseNodeName('verify')}`);
        await expect(current).toContainText('You are here');
      } else {
        await expect(current).toHaveCount(0);
      }
    });
  }
});

test('in light and dark mode the diagram’s texts reach 4.5:1 and its lines 3:1 against the page', async ({ page }) => {
  await page.goto(rel(DIAGRAM_PAGE));
  await waitForHydration(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await showColorScheme(page, colorScheme);
    const colours = await loopDiagram(page).evaluate((svg) => {
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
      const shown = (el: Element): boolean => el.getClientRects().length > 0;
      const texts = Array.from(svg.querySelectorAll('text')).filter(shown).map((t) => ({ what: t.textContent ?? '', colour: getComputedStyle(t).fill }));
      const lines = Array.from(svg.querySelectorAll('path[stroke-dasharray], path[marker-end], circle'))
        .filter(shown)
        .map((el) => getComputedStyle(el).stroke)
        .filter((stroke) => stroke !== 'none' && !/rgba\(.*, 0\)$|transparent/.test(stroke))
        .map((stroke) => ({ what: stroke, colour: stroke }));
      return { background, texts, lines };
    });
    const ratio = ({ colour }: { colour: string }) => wcagContrast(colour, colours.background);
    expect(colours.texts.length, colorScheme).toBeGreaterThan(10);
    expect(colours.texts.filter((t) => ratio(t) < 4.5), colorScheme).toEqual([]);
    expect(colours.lines.length, colorScheme).toBeGreaterThan(10);
    expect(colours.lines.filter((l) => ratio(l) < 3), colorScheme).toEqual([]);
  }
});

test('/docs/embed draws the Mermaid source with every phase', async ({ page }) => {
  await page.goto(rel(paths.embed));
  await waitForHydration(page);
  await expect(page.getByText('flowchart TD')).toBeVisible();
  // Mermaid's drawing names itself a flowchart.
  const drawing = page.getByRole('main').locator('svg[aria-roledescription^="flowchart"]');
  await expect(drawing).toBeVisible({ timeout: 20_000 });
  for (const phase of phases) await expect(drawing.getByText(phaseLabel(phase), { exact: true })).toBeVisible();
  await expect(drawing).toContainText('Learnings reshape priorities');
});
