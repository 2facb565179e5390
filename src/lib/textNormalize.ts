/**
 * How the finder compares what people type with the model's names: case, accents and punctuation
 * do not count. Pure TS: no React, no DOM.
 */

/** Lower case, compatibility-decomposed, without diacritics: "Rélease" → "release", "①" → "1". */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words of a text after normalization, splitting on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Words too common to search by. */
export const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to']);

/** The comparable form of a whole name, for exact matching: "Lead-Time " → "lead time". */
export const exactKey = (text: string): string => tokenize(text).join(' ');
