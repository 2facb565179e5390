import { wcagContrast } from 'culori';
import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { accessibleTheme, withContrast } from '../prismContrast';

// The contrast maths are culori's. These pairs check it gives WCAG's published answers, so the
// tests below measure with something other than the code under test.
describe('the contrast measure', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#e3116c', '#f6f8fa', 4.32],
  ])('%s on %s is %s:1', (foreground, background, ratio) => {
    expect(wcagContrast(foreground, background)).toBeCloseTo(ratio, 2);
  });
});

describe('accessibleTheme', () => {
  it.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
  ])('gives every %s token 4.5:1 or more against the code background', (_name, theme) => {
    const fixed = accessibleTheme(theme);
    const background = fixed.plain.backgroundColor ?? '';
    const colours = [fixed.plain.color, ...fixed.styles.map((entry) => entry.style.color)].filter((c) => c !== undefined);
    expect(colours.length).toBeGreaterThan(5);
    for (const colour of colours) expect(wcagContrast(colour, background), colour).toBeGreaterThanOrEqual(4.5);
    expect(fixed.styles.every((entry) => entry.style.opacity === undefined)).toBe(true);
  });

  it('darkens GitHub strings only as far as needed and keeps colours that already pass', () => {
    const fixed = accessibleTheme(themes.github);
    const strings = fixed.styles.find((entry) => entry.types.includes('string'))?.style.color ?? '';
    expect(strings).not.toBe('#e3116c');
    expect(wcagContrast(strings, '#f6f8fa')).toBeLessThan(4.6);
    expect(fixed.plain.color).toBe(themes.github.plain.color);
    expect(fixed.styles.find((entry) => entry.types.includes('function-variable'))?.style.color).toBe('#6f42c1');
  });

  it('lightens on a dark background', () => {
    expect(withContrast('#6272a4', '#282a36', 4.5)).toMatch(/^#[0-9a-f]{6}$/);
    expect(wcagContrast(withContrast('#6272a4', '#282a36', 4.5), '#282a36')).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(withContrast('#6272a4', '#282a36', 4.5), '#ffffff')).toBeLessThan(wcagContrast('#6272a4', '#ffffff'));
  });

  it('names a background it cannot read', () => {
    expect(() => accessibleTheme({ plain: { backgroundColor: 'not-a-colour' }, styles: [] })).toThrow(/"not-a-colour"/);
  });
});
