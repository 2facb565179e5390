/** How the model's names and counts are written wherever they appear: pages, diagram, finder, files. */
import type { Phase } from './phases';

/** "③ Build & Collaborate", or with `short` "③ Build": the numeral never stands alone. */
export const phaseLabel = (phase: Phase, { short = false }: { short?: boolean } = {}): string =>
  `${phase.numeral} ${short ? phase.shortName : phase.name}`;

const COUNT_WORDS = [
  'no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** A count as running text writes it: 4 → "four", 30 → "thirty"; 100 and more stay digits. */
export function countWord(count: number, { capital = false }: { capital?: boolean } = {}): string {
  let word: string;
  if (!Number.isInteger(count) || count < 0 || count >= 100) word = String(count);
  else if (count <= 20) word = COUNT_WORDS[count] ?? String(count);
  else {
    const unit = count % 10;
    word = `${TENS[Math.floor(count / 10)]}${unit === 0 ? '' : `-${COUNT_WORDS[unit]}`}`;
  }
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Names as one phrase: ["DORA", "SPACE", "ESSP"] → "DORA, SPACE and ESSP" (or "… or ESSP"), British style. */
export const listWords = (names: readonly string[], joiner: 'and' | 'or' = 'and'): string =>
  new Intl.ListFormat('en-GB', { type: joiner === 'and' ? 'conjunction' : 'disjunction' }).format(names);

const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'] as const;

/** A place as running text writes it: 5 → "fifth"; past ten, "11th". */
export function ordinalWord(place: number): string {
  const word = Number.isInteger(place) && place >= 0 ? ORDINAL_WORDS[place] : undefined;
  if (word !== undefined) return word;
  const lastTwo = place % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][place % 10] ?? 'th');
  return `${place}${suffix}`;
}

/**
 * A name or label as it reads inside a sentence: words in title case lose their capital, while
 * acronyms and words with an inner capital keep their case. "Product managers and TPMs" → "product
 * managers and TPMs"; "Platform, DevOps, SRE and release" → "platform, DevOps, SRE and release".
 */
export const inSentence = (text: string): string =>
  text.replace(/\p{L}[\p{L}\p{N}]*/gu, (word) => (/^\p{Lu}[^\p{Lu}]*$/u.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word));
