/**
 * The model as published at /value-delivery-loop.json: the data module's own records, so its type is
 * theirs and a new field reaches the file without being typed again here.
 */
import {
  arcs,
  frameworks,
  loop,
  metrics,
  phases,
  unmappedTerms,
  type Arc,
  type Framework,
  type Metric,
  type Phase,
  type UnmappedTerm,
} from '../data';

export const SCHEMA_VERSION = 1;

/** The shape of /value-delivery-loop.json. */
export interface PublishedModel {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly title: string;
  /** The seed's draft notice. */
  readonly status: string;
  readonly source: typeof loop.source;
  readonly phases: readonly Phase[];
  readonly arcs: readonly Arc[];
  readonly frameworks: readonly Framework[];
  readonly metrics: readonly Metric[];
  readonly unmappedTerms: readonly UnmappedTerm[];
}

/** The whole model, from src/data only; JSON.stringify writes it as it is. */
export function toPublishedModel(): PublishedModel {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: loop.title,
    status: loop.draftNotice,
    source: loop.source,
    phases,
    arcs,
    frameworks,
    metrics,
    unmappedTerms,
  };
}
