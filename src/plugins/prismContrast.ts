/**
 * Code highlighting themes whose every token colour reaches a contrast ratio against the code
 * background (WCAG 1.4.3: 4.5:1 for text). Prism's stock themes miss it for some tokens (GitHub's
 * strings are #e3116c on #f6f8fa, 4.32:1), so each short colour is moved towards black on a light
 * background, or white on a dark one, just far enough: hues stay recognisable. The contrast maths
 * are culori's WCAG functions. Build code that docusaurus.config.ts runs, so it sits with the
 * plugins: the config imports only the model and its build code.
 */
import { formatHex, interpolate, parse, wcagContrast, wcagLuminance, type Color } from 'culori';
import type { PrismTheme } from 'prism-react-renderer';

/** `color` moved towards black or white (away from `background`) until it reaches `ratio`, as "#rrggbb". */
export function withContrast(color: string | Color, background: string | Color, ratio: number): string {
  const target = wcagLuminance(background) > 0.18 ? '#000000' : '#ffffff';
  const towards = interpolate([color, target], 'rgb');
  for (let step = 0; step <= 100; step += 1) {
    // Measured as written: the rounded hex, not the exact mix, must reach the ratio.
    const hex = formatHex(towards(step / 100));
    if (wcagContrast(hex, background) >= ratio) return hex;
  }
  return target;
}

/** The theme with every token colour (and the plain text colour) at `ratio` or more. */
export function accessibleTheme(theme: PrismTheme, ratio = 4.5): PrismTheme {
  const background = parse(theme.plain.backgroundColor ?? '');
  if (!background) throw new Error(`Cannot read the theme background "${theme.plain.backgroundColor}".`);
  const fix = (color: string | undefined): string | undefined => {
    const parsed = color === undefined ? undefined : parse(color);
    return parsed && wcagContrast(parsed, background) < ratio ? withContrast(parsed, background, ratio) : color;
  };
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((entry) => {
      // Translucent tokens (GitHub's namespace) would blend into the background: draw them opaque.
      const { opacity: _opacity, ...style } = entry.style;
      return { ...entry, style: { ...style, color: fix(style.color) } };
    }),
  };
}
