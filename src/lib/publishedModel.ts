/**
 * The model as published at /value-delivery-loop.json: the data module's own records, so its type is
 * theirs and a new field reaches the file without being typed again here. Its JSON Schema is generated
 * from the `PublishedModel` type below (src/plugins/modelSchema.ts), and the build validates the file
 * against it.
 */
import {
  arcs,
  DORA_DONT_KNOW,
  DORA_PERCENT,
  doraSurveySource,
  doraTable,
  esspZoneNotes,
  frameworks,
  loop,
  measures,
  phaseCallouts,
  phases,
  phasesOf,
  spaceMatrix,
  unmappedMeasures,
  unmappedTerms,
  type Arc,
  type DoraMetric,
  type DoraTableRow,
  type EsspMetric,
  type EsspZone,
  type EsspZoneNote,
  type Framework,
  type Phase,
  type PhaseCallouts,
  type PhaseId,
  type Source,
  type SpaceDimension,
  type SpaceMatrix,
  type UnmappedMeasure,
  type UnmappedTerm,
} from '../data';
import { roleGroups, type RoleGroup } from '../data/roles';

/**
 * The file's format; raised when a field changes meaning or goes. 2: failure modes, people and arcs
 * became records. 3: one id per measure, rework rate and ESSP's metrics as records, the mapping apart.
 */
export const SCHEMA_VERSION = 3;

/** A measure with the phases the model maps it to, in loop order (none for a measure it does not map). */
type Mapped<T> = T & { readonly phases: readonly PhaseId[] };
export type PublishedMeasure = Mapped<DoraMetric> | Mapped<SpaceDimension> | Mapped<EsspZone> | Mapped<EsspMetric>;

/** How the loop model maps the measures onto its phases, as the seed gives it. */
export interface PublishedMapping {
  /** The seed's DORA table, in its row order. */
  readonly doraTable: readonly DoraTableRow[];
  /** The seed's SPACE × phase matrix. */
  readonly spaceMatrix: SpaceMatrix;
  /** Each phase's "Which metrics apply" list, with its notes. */
  readonly phaseCallouts: Readonly<Record<PhaseId, PhaseCallouts>>;
  /** The seed's paragraph on each ESSP zone. */
  readonly esspZoneNotes: readonly EsspZoneNote[];
  /** Why the model maps a measure to no phase, where it says. */
  readonly unmappedMeasures: readonly UnmappedMeasure[];
}

/** What DORA's survey offers with every question (each DORA metric carries its own question). */
export interface PublishedDoraSurvey {
  readonly source: Source;
  /** The answer for a figure a respondent cannot give. */
  readonly dontKnow: string;
  /** A rate is a whole percentage from `min` to `max`. */
  readonly percent: { readonly min: number; readonly max: number };
}

/** The shape of /value-delivery-loop.json. */
export interface PublishedModel {
  /**
   * The address of the JSON Schema that describes this file.
   * @format uri
   */
  readonly $schema: string;
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /**
   * The version of the model's content.
   * @pattern ^\d+\.\d+\.\d+$
   */
  readonly modelVersion: string;
  readonly title: string;
  /** The seed's draft notice. */
  readonly status: string;
  readonly source: Source;
  readonly phases: readonly Phase[];
  readonly arcs: readonly Arc[];
  readonly frameworks: readonly Framework[];
  /** Every measure: DORA's metrics, SPACE's dimensions, ESSP's zones and metrics. */
  readonly metrics: readonly PublishedMeasure[];
  readonly mapping: PublishedMapping;
  readonly doraSurvey: PublishedDoraSurvey;
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
    metrics: measures.map((measure) => ({ ...measure, phases: phasesOf(measure.id) })),
    mapping: { doraTable, spaceMatrix, phaseCallouts, esspZoneNotes, unmappedMeasures },
    doraSurvey: { source: doraSurveySource, dontKnow: DORA_DONT_KNOW, percent: DORA_PERCENT },
    unmappedTerms,
    roleGroups,
  };
}
