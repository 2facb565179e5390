/**
 * The model as published at /value-delivery-loop.json: the data module's own records, so its type is
 * theirs and a new field reaches the file without being typed again here. Its JSON Schema is
 * modelSchema.ts, which the build validates the file against.
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
import { roleGroups, type RoleGroup } from '../data/roles';

/** The file's format; raised when a field changes meaning or goes (2: risks, people and arcs became records). */
export const SCHEMA_VERSION = 2;

/** The shape of /value-delivery-loop.json. */
export interface PublishedModel {
  /** The address of the JSON Schema that describes this file. */
  readonly $schema: string;
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /** The version of the model's content (see loop.modelVersion). */
  readonly modelVersion: string;
  readonly title: string;
  /** The seed's draft notice. */
  readonly status: string;
  readonly source: typeof loop.source;
  readonly phases: readonly Phase[];
  readonly arcs: readonly Arc[];
  readonly frameworks: readonly Framework[];
  readonly metrics: readonly Metric[];
  readonly unmappedTerms: readonly UnmappedTerm[];
  readonly roleGroups: readonly RoleGroup[];
}

/** The whole model, from src/data only; JSON.stringify writes it as it is. */
export function toPublishedModel(schemaUrl: string): PublishedModel {
  return {
    $schema: schemaUrl,
    schemaVersion: SCHEMA_VERSION,
    modelVersion: loop.modelVersion,
    title: loop.title,
    status: loop.draftNotice,
    source: loop.source,
    phases,
    arcs,
    frameworks,
    metrics,
    unmappedTerms,
    roleGroups,
  };
}
