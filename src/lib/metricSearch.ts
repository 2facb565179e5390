/**
 * Search over the measures the finder lists (finderMeasures): DORA metrics, SPACE dimensions and their
 * per-phase cells, ESSP zones, and the terms the frameworks do not define. It indexes and ranks; comparing text is textNormalize's
 * job and reading the address is finderParams'. Pure TS: no React, no DOM.
 *
 * Ranking is in tiers, then by MiniSearch's BM25 score: an exact name (tier 0) beats an exact alias or
 * former name (tier 1), which beats an exact SPACE cell label or ESSP metric name (tier 2), which beats
 * any partial, prefix or fuzzy match (tier 3).
 */
import MiniSearch, { type Query, type SearchResult as MiniSearchResult } from 'minisearch';
import {
  FRAMEWORK_IDS,
  measuresByFramework,
  presentMeasure,
  unmappedTerms as allUnmappedTerms,
  type FrameworkId,
  type MeasureView,
  type PhaseId,
  type UnmappedTerm,
} from '../data';
import { exactKey, STOP_WORDS, tokenize } from './textNormalize';

/**
 * Longer queries are cut to this many characters before matching. No name or alias in the model comes
 * close, and the cap keeps a pasted 10,000-character string from costing more than a short one.
 */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query are matched, for the same reason. */
export const MAX_QUERY_TERMS = 8;

/**
 * What the finder lists: DORA's metrics, SPACE's dimensions and ESSP's zones, in the order pages list
 * them. ESSP's own metrics are found through their zone, by name, until they have pages of their own.
 */
export const finderMeasures: readonly MeasureView[] = FRAMEWORK_IDS.flatMap((framework) =>
  measuresByFramework(framework).filter((measure) => !(measure.framework === 'essp' && measure.kind === 'metric')),
).map(presentMeasure);

export interface MetricResult {
  /** Unique among results: the measure id, or `<measure id>@<phase id>` for a SPACE cell. */
  readonly key: string;
  /** A whole measure (DORA metric, SPACE dimension, ESSP zone) or one cell of the SPACE × phase matrix. */
  readonly kind: 'measure' | 'space-cell';
  /** The measure's title, or the cell label ("Cycle time"). */
  readonly name: string;
  /** The measure; for a cell, its SPACE dimension. */
  readonly view: MeasureView;
  readonly framework: FrameworkId;
  /** Phases covered, in loop order. A cell covers exactly its own phase. */
  readonly phases: readonly PhaseId[];
  /** The alias or former name the query matched exactly, when that is how it was found. */
  readonly matchedAlias?: string;
}

export interface UnmappedMatch {
  readonly term: UnmappedTerm;
  /** The measures the explanation points to instead. */
  readonly seeAlso: readonly MeasureView[];
}

export interface SearchFilters {
  readonly phase?: PhaseId;
  readonly framework?: FrameworkId;
}

export interface SearchResponse {
  /** The query as matched: trimmed and cut to MAX_QUERY_LENGTH. Empty means "list everything". */
  readonly query: string;
  /** Whether the query was longer than MAX_QUERY_LENGTH and was cut. */
  readonly truncated: boolean;
  /** Best first; for an empty query, every measure in the order pages list them. */
  readonly results: readonly MetricResult[];
  /** Terms the frameworks do not define that the query names, with their explanation. */
  readonly unmapped: readonly UnmappedMatch[];
}

interface IndexedDoc {
  readonly id: number;
  readonly result: Omit<MetricResult, 'matchedAlias'>;
  /** Fields MiniSearch indexes. */
  readonly name: string;
  readonly otherNames: string;
  readonly aliases: string;
  readonly parts: string;
  readonly framework: string;
  /** Exact-match keys per tier, and the original alias text for tier 1. */
  readonly names: ReadonlySet<string>;
  readonly aliasByKey: ReadonlyMap<string, string>;
  readonly partNames: ReadonlySet<string>;
}

/** The title first, then the measure's other names that are not the title written differently. */
function namesOf(view: MeasureView): string[] {
  const names = [view.title];
  for (const name of [view.names.current, view.names.seed]) {
    if (name !== undefined && !names.some((known) => exactKey(known) === exactKey(name))) names.push(name);
  }
  return names;
}

function buildDocs(views: readonly MeasureView[]): IndexedDoc[] {
  const docs: IndexedDoc[] = [];
  for (const view of views) {
    const names = namesOf(view);
    const aliases = [...view.names.former, ...view.names.abbreviations, ...view.names.aliases];
    // An ESSP zone is found by its metrics' names too ("Lead time" finds Velocity).
    const parts = (view.zoneMetrics ?? []).map((metric) => metric.name);
    docs.push({
      id: docs.length,
      result: { key: view.id, kind: 'measure', name: view.title, view, framework: view.framework, phases: view.phases },
      name: view.title,
      otherNames: names.slice(1).join(' | '),
      aliases: aliases.join(' | '),
      parts: parts.join(' | '),
      framework: view.framework,
      names: new Set(names.map(exactKey)),
      aliasByKey: new Map(aliases.map((alias) => [exactKey(alias), alias])),
      partNames: new Set(parts.map(exactKey)),
    });
  }
  // Each SPACE cell is its own entry, so "cycle time" answers "SPACE Efficiency in ③" directly.
  for (const view of views) {
    for (const { phase, label } of view.perPhase) {
      if (label === undefined) continue;
      docs.push({
        id: docs.length,
        result: { key: `${view.id}@${phase}`, kind: 'space-cell', name: label, view, framework: view.framework, phases: [phase] },
        name: '',
        otherNames: '',
        aliases: '',
        parts: label,
        framework: '',
        names: new Set(),
        aliasByKey: new Map(),
        partNames: new Set([exactKey(label)]),
      });
    }
  }
  return docs;
}

const processTerm = (term: string): string | null => (STOP_WORDS.has(term) ? null : term);

/** No word in the model is longer; fuzzy matching a longer one would only cost time. */
export const MAX_FUZZY_WORD = 24;

/**
 * Fuzziness by word length. Abbreviations (MTTR, CFR, LT) never match fuzzily, since one letter changes
 * their meaning (MTTD is not MTTR). Words of five to seven letters allow one edit, longer words two.
 */
const fuzziness = (term: string): number | false =>
  term.length < 5 || term.length > MAX_FUZZY_WORD ? false : term.length < 8 ? 1 : 2;
/** Prefix matching from two letters: "deploy" finds "deployment" and "deploys". */
const prefixOf = (term: string): boolean => term.length >= 2;

function createIndex<T extends { id: number }>(fields: string[], boost: Record<string, number>, docs: T[]) {
  const index = new MiniSearch<T>({
    fields,
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: { boost, prefix: prefixOf, fuzzy: fuzziness, maxFuzzy: 2, processTerm },
  });
  index.addAll(docs);
  return index;
}

function tierOf(doc: IndexedDoc, key: string): { tier: number; alias?: string } {
  if (doc.names.has(key)) return { tier: 0 };
  const alias = doc.aliasByKey.get(key);
  if (alias !== undefined) return { tier: 1, alias };
  if (doc.partNames.has(key)) return { tier: 2 };
  return { tier: 3 };
}

/** "cylce" → ["yclce", "clyce", "cycle", "cylec"]: every swap of two neighbouring letters. */
function adjacentSwaps(word: string): string[] {
  const swaps: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] !== word[i + 1]) swaps.push(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  }
  return swaps;
}

/**
 * One query per word. MiniSearch counts a swapped pair of letters as two edits, more than a short word
 * allows, so words of five to seven letters also try each swap ("cylce" finds "cycle", "rework" still
 * does not find "work").
 */
function wordQuery(word: string): Query {
  if (word.length < 5 || word.length >= 8) return word;
  return { combineWith: 'OR', queries: [word, { combineWith: 'OR', fuzzy: false, queries: adjacentSwaps(word) }] };
}

/** Runs a MiniSearch query requiring every word, and only if that finds nothing, any word. */
function searchAllThenAny(index: MiniSearch, words: readonly string[]): MiniSearchResult[] {
  const all = index.search({ combineWith: 'AND', queries: words.map(wordQuery) });
  return all.length > 0 ? all : index.search({ combineWith: 'OR', queries: words.map(wordQuery) });
}

export interface MetricSearch {
  search(query: string, filters?: SearchFilters): SearchResponse;
}

/** Builds the index once; `search` is then cheap enough to run on every keystroke. */
export function createMetricSearch(
  views: readonly MeasureView[] = finderMeasures,
  unmappedTerms: readonly UnmappedTerm[] = allUnmappedTerms,
): MetricSearch {
  const docs = buildDocs(views);
  const metricIndex = createIndex(
    ['name', 'otherNames', 'aliases', 'parts', 'framework'],
    { name: 3, otherNames: 2.5, aliases: 2, parts: 1.2, framework: 0.5 },
    docs,
  );
  const viewById: ReadonlyMap<string, MeasureView> = new Map(views.map((view) => [view.id, view]));

  // One entry per spelling of an unmapped term, so "mean time to detect" and "MTTD" both match.
  const unmappedDocs = unmappedTerms.flatMap((term, termIndex) =>
    term.terms.map((text) => ({ text, termIndex, words: tokenize(text).filter((w) => !STOP_WORDS.has(w)).length })),
  );
  const unmappedIndex = createIndex(['text'], {}, unmappedDocs.map((doc, id) => ({ id, ...doc })));

  const passes = (result: Omit<MetricResult, 'matchedAlias'>, filters: SearchFilters): boolean =>
    (filters.phase === undefined || result.phases.includes(filters.phase)) &&
    (filters.framework === undefined || result.framework === filters.framework);

  function findUnmapped(words: readonly string[], key: string): UnmappedMatch[] {
    const matched = new Set<number>();
    for (const hit of unmappedIndex.search({ combineWith: 'AND', queries: words.map(wordQuery) })) {
      const doc = unmappedDocs[hit.id];
      // A match must cover the whole term: "time" alone should not explain "mean time to detect".
      if (doc !== undefined && (exactKey(doc.text) === key || words.length >= doc.words)) matched.add(doc.termIndex);
    }
    return [...matched].sort((a, b) => a - b).flatMap((termIndex) => {
      const term = unmappedTerms[termIndex];
      if (term === undefined) return [];
      const seeAlso = term.seeAlso.flatMap((id) => viewById.get(id) ?? []);
      return [{ term, seeAlso }];
    });
  }

  return {
    search(rawQuery: string, filters: SearchFilters = {}): SearchResponse {
      const trimmed = rawQuery.trim();
      const truncated = trimmed.length > MAX_QUERY_LENGTH;
      const query = truncated ? trimmed.slice(0, MAX_QUERY_LENGTH) : trimmed;
      if (query === '') {
        const results = docs.filter((doc) => doc.result.kind === 'measure' && passes(doc.result, filters));
        return { query, truncated, results: results.map((doc) => doc.result), unmapped: [] };
      }
      const words = tokenize(query)
        .filter((word) => !STOP_WORDS.has(word))
        .slice(0, MAX_QUERY_TERMS);
      if (words.length === 0) return { query, truncated, results: [], unmapped: [] };
      const key = exactKey(query);

      const ranked = searchAllThenAny(metricIndex, words)
        .flatMap((hit, rank) => {
          const doc = docs[hit.id];
          if (doc === undefined || !passes(doc.result, filters)) return [];
          return [{ doc, rank, ...tierOf(doc, key) }];
        })
        .sort((a, b) => a.tier - b.tier || a.rank - b.rank);
      const results = ranked.map(({ doc, alias }) =>
        alias === undefined ? doc.result : { ...doc.result, matchedAlias: alias },
      );
      return { query, truncated, results, unmapped: findUnmapped(words, key) };
    },
  };
}

let defaultSearch: MetricSearch | undefined;

/** Searches the site's model. The index is built on first use and kept. */
export function searchMetrics(query: string, filters: SearchFilters = {}): SearchResponse {
  defaultSearch ??= createMetricSearch();
  return defaultSearch.search(query, filters);
}

/** Results grouped under their framework, frameworks in FRAMEWORK_IDS order, empty groups left out. */
export function groupByFramework(
  results: readonly MetricResult[],
): { framework: FrameworkId; results: MetricResult[] }[] {
  return FRAMEWORK_IDS.map((framework) => ({
    framework,
    results: results.filter((result) => result.framework === framework),
  })).filter((group) => group.results.length > 0);
}
