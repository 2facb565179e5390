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
  DORA_METRIC_IDS,
  frameworks,
  GUIDED_MEASURE_IDS,
  hasGuide,
  loop,
  metricPath,
  measures,
  phaseCallouts,
  phases,
  phasesOf,
  spaceMatrix,
  unmappedMeasures,
  unmappedTerms,
  type Arc,
  type DoraMetric,
  type DoraMetricId,
  type DoraTableRow,
  type EsspMetric,
  type EsspZone,
  type EsspZoneNote,
  type Framework,
  type Phase,
  type PhaseCallouts,
  type PhaseId,
  type Source,
  type GuidedMeasureId,
  type SpaceDimension,
  type SpaceDimensionId,
  type SpaceMatrix,
  type UnmappedMeasure,
  type UnmappedTerm,
} from '../data';
import { roleGroups, type RoleGroup } from '../data/roles';
import {
  measurementGuides,
  relatedMeasures,
  spaceExamples,
  spaceExamplesCitation,
  spaceUsageAdvice,
  tools,
  toolVariantsFor,
  type Cited,
  type MeasurementGuide,
  type RelatedMeasure,
  type SourcedFact,
  type SpaceLevel,
  type Tool,
  type ToolId,
  type ToolVariant,
} from '../data/measurement';

/**
 * The file's format; raised when a field changes meaning or goes. 2: failure modes, people and arcs
 * became records. 3: one id per measure, rework rate and ESSP's metrics as records, the mapping apart.
 * 4: each metric's and dimension's guide (its page, how to measure it, pitfalls, tool variants, related
 * measures), SPACE's examples and advice, the tools, and a basis on every unmapped term.
 */
export const SCHEMA_VERSION = 4;

/**
 * A measure with the phases the model maps it to, in loop order (none for a measure it does not map),
 * and the path of its guide page, where it has one (ESSP's zones have none).
 */
type Mapped<T> = T & { readonly phases: readonly PhaseId[]; readonly guidePath?: string };

/** A metric's or dimension's guide: what its page at `path` shows beyond the catalogue's record. */
export type PublishedGuide = MeasurementGuide & {
  readonly id: GuidedMeasureId;
  /** The page's path on the site, without the base URL: "/docs/metrics/dora-change-lead-time". */
  readonly path: string;
  /** DORA metrics: how Four Keys, DevLake, GitLab and Middleware compute it. */
  readonly toolVariants?: readonly ToolVariant[];
  /** Companion measures, each with why, from either side of the pair. */
  readonly related: readonly RelatedMeasure[];
};

/** The SPACE paper's example metrics by dimension and level, and its advice on using SPACE. */
export interface PublishedSpaceGuidance {
  readonly examples: Readonly<Record<SpaceDimensionId, Readonly<Record<SpaceLevel, readonly string[]>>>>;
  readonly examplesCitation: Cited;
  readonly usageAdvice: readonly SourcedFact[];
}
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
  /** Each metric's and SPACE dimension's guide, in the sidebar's order: DORA, ESSP, SPACE. */
  readonly guides: readonly PublishedGuide[];
  /** The tools whose ways of computing DORA's metrics the guides compare. */
  readonly tools: Readonly<Record<ToolId, Tool>>;
  readonly spaceGuidance: PublishedSpaceGuidance;
  readonly unmappedTerms: readonly UnmappedTerm[];
  readonly roleGroups: readonly RoleGroup[];
}

const isDoraId = (id: GuidedMeasureId): id is DoraMetricId => (DORA_METRIC_IDS as readonly string[]).includes(id);

const publishedGuides = (): PublishedGuide[] =>
  GUIDED_MEASURE_IDS.map((id) => ({
    id,
    ...measurementGuides[id],
    path: metricPath(id),
    ...(isDoraId(id) ? { toolVariants: toolVariantsFor(id) } : {}),
    related: relatedMeasures(id),
  }));

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
    metrics: measures.map((measure) => ({ ...measure, phases: phasesOf(measure.id), ...(hasGuide(measure.id) ? { guidePath: metricPath(measure.id) } : {}) })),
    mapping: { doraTable, spaceMatrix, phaseCallouts, esspZoneNotes, unmappedMeasures },
    doraSurvey: { source: doraSurveySource, dontKnow: DORA_DONT_KNOW, percent: DORA_PERCENT },
    guides: publishedGuides(),
    tools,
    spaceGuidance: { examples: spaceExamples, examplesCitation: spaceExamplesCitation, usageAdvice: spaceUsageAdvice },
    unmappedTerms,
    roleGroups,
  };
}
