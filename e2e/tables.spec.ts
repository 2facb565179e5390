import { expect, test } from '@playwright/test';
import { rel, waitForHydration } from './support';

// SC 1.4.10: on a phone the mapping tables become one card per row, each value under its column's name,
// with no sideways scrolling; SC 1.3.1: they stay tables for assistive technology.
test.describe('mapping tables on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the SPACE matrix reads as cards: each value under its phase, nothing to scroll sideways', async ({ page }) => {
    await page.goto(rel('/docs/frameworks/space'));
    await waitForHydration(page);
    const frame = page.getByRole('group', { name: 'SPACE dimensions by phase' });
    await expect(frame).toBeVisible();
    expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const cell = frame.getByRole('cell', { name: 'Clarity of mission' });
    const shown = await cell.evaluate((el) => ({
      label: getComputedStyle(el, '::before').content,
      right: el.getBoundingClientRect().right,
    }));
    expect(shown.label).toContain('① Discover');
    expect(shown.right).toBeLessThanOrEqual(360);
    // The dimension heads its card, above its values.
    const head = frame.getByRole('rowheader', { name: 'Satisfaction' });
    const headBox = await head.boundingBox();
    const cellBox = await cell.boundingBox();
    expect(headBox && cellBox && headBox.y < cellBox.y).toBe(true);
  });

  test('Chromium still exposes the stacked tables as tables with headers and cells', async ({ page }) => {
    await page.goto(rel('/docs/phases/verify'));
    await waitForHydration(page);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    const roles = nodes.filter((node) => !node.ignored).map((node) => `${node.role?.value}:${node.name?.value ?? ''}`);
    expect(roles.some((role) => role.startsWith('table:'))).toBe(true);
    expect(roles).toContain('rowheader:Satisfaction');
    expect(roles).toContain('columnheader:The model’s label here');
    // One label cell per SPACE dimension.
    expect(roles.filter((role) => role.startsWith('cell:')).length).toBeGreaterThanOrEqual(5);
  });
});
