/**
 * How the practices name their sources: the collections a source belongs to and how to credit each.
 * Apart from src/data/practices.ts so that a page given its practices at build time (see
 * `phasePractices`) can name their sources without loading every practice.
 */
/** The collections a source belongs to: DORA's capability catalogue, or one of Google's two SRE books. */
export const SOURCE_KIND_IDS = ['dora-capability', 'sre-book', 'sre-workbook'] as const;
export type SourceKind = (typeof SOURCE_KIND_IDS)[number];

/** How to name and credit each collection (dora.dev is CC BY 4.0: credit DORA and link the article). */
export const sourceKinds = {
  'dora-capability': { name: 'DORA capability article', publisher: 'DORA' },
  'sre-book': { name: 'Site Reliability Engineering (2016)', publisher: 'Google' },
  'sre-workbook': { name: 'The Site Reliability Workbook (2018)', publisher: 'Google' },
} as const satisfies Record<SourceKind, { name: string; publisher: string }>;

/** The article or chapter a practice comes from. */
export interface PracticeSource {
  /** The article's or chapter's title, exactly as its publisher gives it. */
  readonly title: string;
  readonly url: string;
  readonly kind: SourceKind;
  /** Where it sits in its book, e.g. "Chapter 6" (SRE books only). */
  readonly part?: string;
  /** The capability's name in DORA's AI Capabilities Model (2025), when it is one of the model's seven. */
  readonly aiModelName?: string;
}
