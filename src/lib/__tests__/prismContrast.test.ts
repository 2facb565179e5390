import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { accessibleTheme, contrastRatio, parseColor, withContrast } from '../prismContrast';

describe('accessibleTheme', () => {
  it.each([
    ['github', themes.github],
    ['dracula', themes.dracula],
  ])('gives every %s token 4.5:1 or more against the code background', (_name, theme) => {
    const fixed = accessibleTheme(theme);
    const background = parseColor(fixed.plain.backgroundColor!)!;
    const colours = [fixed.plain.color, ...fixed.styles.map((entry) => entry.style.color)].filter((c) => c !== undefined);
    expect(colours.length).toBeGreaterThan(5);
    for (const colour of colours) expect(contrastRatio(parseColor(colour)!, background), colour).toBeGreaterThanOrEqual(4.5);
    expect(fixed.styles.every((entry) => entry.style.opacity === undefined)).toBe(true);
  });

  it('darkens GitHub strings only as far as needed and keeps colours that already pass', () => {
    const fixed = accessibleTheme(themes.github);
    const strings = fixed.styles.find((entry) => entry.types.includes('string'))!.style.color!;
    expect(strings).not.toBe('#e3116c');
    expect(contrastRatio(parseColor(strings)!, parseColor('#f6f8fa')!)).toBeLessThan(5);
    expect(fixed.plain.color).toBe(themes.github.plain.color);
    expect(fixed.styles.find((entry) => entry.types.includes('function-variable'))!.style.color).toBe('#6f42c1');
  });

  it('lightens on a dark background', () => {
    const lighter = withContrast([98, 114, 164], [40, 42, 54], 4.5);
    expect(lighter.every((c, i) => c >= [98, 114, 164][i]!)).toBe(true);
  });

  it('names a background it cannot read', () => {
    expect(() => accessibleTheme({ plain: { backgroundColor: 'papayawhip' }, styles: [] })).toThrow(/"papayawhip"/);
  });

  it.each([
    ['#fff', [255, 255, 255]],
    ['#0a0B0c', [10, 11, 12]],
    ['rgb(1, 2, 3)', [1, 2, 3]],
    ['red', undefined],
  ])('parseColor(%j)', (input, expected) => {
    expect(parseColor(input)).toEqual(expected);
  });
});
