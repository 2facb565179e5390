/**
 * Code highlighting themes whose every token colour reaches a contrast ratio against the code
 * background (WCAG 1.4.3: 4.5:1 for text). Prism's stock themes miss it for some tokens (GitHub's
 * strings are #e3116c on #f6f8fa, 4.32:1), so each short colour is moved towards black on a light
 * background, or white on a dark one, just far enough: hues stay recognisable. Pure TS, used by
 * docusaurus.config.ts at build time.
 */
import type { PrismTheme } from 'prism-react-renderer';

type Rgb = readonly [number, number, number];

/** Reads "#rgb", "#rrggbb" and "rgb(r, g, b)"; anything else (names, rgba) is left to the caller. */
export function parseColor(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(color.trim());
  return rgb ? ([Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] as const) : undefined;
}

const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` moved towards black or white (away from `background`) until it reaches `ratio`. */
export function withContrast(color: Rgb, background: Rgb, ratio: number): Rgb {
  const target: Rgb = luminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 0; step <= 100; step += 1) {
    const t = step / 100;
    const mixed = color.map((c, i) => Math.round(c + (target[i]! - c) * t)) as unknown as Rgb;
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return target;
}

/** The theme with every token colour (and the plain text colour) at `ratio` or more. */
export function accessibleTheme(theme: PrismTheme, ratio = 4.5): PrismTheme {
  const background = parseColor(theme.plain.backgroundColor ?? '');
  if (!background) throw new Error(`Cannot read the theme background "${theme.plain.backgroundColor}".`);
  const fix = (color: string | undefined): string | undefined => {
    const rgb = color === undefined ? undefined : parseColor(color);
    return rgb && contrastRatio(rgb, background) < ratio ? toHex(withContrast(rgb, background, ratio)) : color;
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
