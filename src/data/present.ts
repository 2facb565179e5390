/**
 * What a page shows of a measure, from the catalogue (measures.ts) and the model's mapping (mapping.ts):
 * its names, its definition and source, the phases the model maps it to, and per phase the SPACE label
 * and the model's note as separate fields. Every component that shows a measure reads this one view.
 */
import { doraTable, esspZoneNotes, phaseCallouts, spaceMatrix, unmappedMeasures, type SpaceMatrix } from './mapping';
import { ESSP_ZONE_IDS, SPACE_DIMENSION_IDS, type MeasureId } from './measureIds';
import { metricsOfZone, type Definition, type Direction, type DoraMetric, type EsspMetric, type Measure, type MeasureKind } from './measures';
import { PHASE_IDS, type PhaseId } from './phases';
import { frameworks, type FrameworkId } from './frameworks';

const inLoopOrder = (ids: readonly PhaseId[]): PhaseId[] => PHASE_IDS.filter((id) => ids.includes(id));
// Typed as the matrix, not its literals, so an empty label is a possible value to check for.
const matrix: SpaceMatrix = spaceMatrix;
const isSpaceDimensionId = (id: MeasureId): id is (typeof SPACE_DIMENSION_IDS)[number] => (SPACE_DIMENSION_IDS as readonly string[]).includes(id);

/**
 * The phases the model maps each measure to: a DORA metric's row of the DORA table, a SPACE dimension's
 * non-empty cells, an ESSP zone's call-outs. A measure with no entry maps to none.
 */
const coverage: ReadonlyMap<MeasureId, readonly PhaseId[]> = new Map<MeasureId, readonly PhaseId[]>([
  ...doraTable.map((row): [MeasureId, PhaseId[]] => [row.metric, inLoopOrder(row.phases)]),
  ...SPACE_DIMENSION_IDS.map((id): [MeasureId, PhaseId[]] => [id, PHASE_IDS.filter((phase) => matrix[id][phase] !== '')]),
  ...ESSP_ZONE_IDS.map((id): [MeasureId, PhaseId[]] => [
    id,
    PHASE_IDS.filter((phase) => phaseCallouts[phase].callouts.some((callout) => callout.measure === id)),
  ]),
]);

/** The phases the model maps a measure to, in loop order; empty when it maps it to none. */
export const phasesOf = (id: MeasureId): readonly PhaseId[] => coverage.get(id) ?? [];

/** What a measure is called, every way. */
export interface MeasureNames {
  /** The framework's name today. */
  readonly current: string;
  /** The seed's name, where the seed names it. */
  readonly seed?: string;
  /** Earlier names (DORA's). */
  readonly former: readonly string[];
  readonly abbreviations: readonly string[];
  /** Other words people search for. */
  readonly aliases: readonly string[];
  /** The current name, where the title is a former name ("Now called Change fail rate"). */
  readonly renamedTo?: string;
  /** An ESSP metric as GitHub publishes it, aggregate first: "(Median) Lead time". */
  readonly published?: string;
}

/** One phase the model maps a measure to, or whose metric list names it. */
export interface PhaseEntry {
  readonly phase: PhaseId;
  /** Whether the model maps the measure to this phase. */
  readonly covered: boolean;
  /** Whether the phase's own "Which metrics apply" list names it. */
  readonly calledOut: boolean;
  /** The SPACE matrix's label for this phase (SPACE dimensions only). */
  readonly label?: string;
  /** The seed's note where the phase's list names the measure: the model's note. */
  readonly note?: string;
}

export interface MeasureView {
  readonly id: MeasureId;
  readonly kind: MeasureKind;
  readonly framework: FrameworkId;
  /** The record itself, for what only its kind has (a DORA metric's survey question, say). */
  readonly measure: Measure;
  /** The name pages show: the seed's where it has one, else the framework's. */
  readonly title: string;
  readonly names: MeasureNames;
  /** What it measures, in one line. */
  readonly summary: string;
  readonly definition: Definition;
  readonly direction?: Direction;
  /** A DORA metric's factor as pages write it: "Throughput since 2024 (stability from 2015 to 2023)". */
  readonly factor?: string;
  /** A DORA metric's change of name or definition. */
  readonly history?: string;
  /** A SPACE dimension's letter. */
  readonly letter?: string;
  /** An ESSP zone's layer and the question the seed gives it. */
  readonly layer?: 'foundation' | 'top';
  readonly question?: string;
  /** An ESSP zone's metrics, in the playbook's order. */
  readonly zoneMetrics?: readonly EsspMetric[];
  /** The seed's DORA table's "What It Measures" cell: the model's phrase. */
  readonly modelPhrase?: string;
  /** The seed's paragraph on an ESSP zone: the model's reading of it. */
  readonly modelNote?: string;
  /** Where that reading names something the framework does not, in one sentence of ours. */
  readonly frameworkDiffers?: string;
  /** Why the model maps it to no phase, where it says. */
  readonly unmappedNote?: string;
  /** The phases the model maps it to, in loop order. */
  readonly phases: readonly PhaseId[];
  /** Each phase it is mapped to or named in, in loop order. */
  readonly perPhase: readonly PhaseEntry[];
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A DORA metric's factor as a sentence part: "Throughput", "Instability (called stability until 2023)"
 * (the same factor, renamed), "Throughput since 2024 (stability from 2015 to 2023)" (moved).
 */
export function factorText(metric: DoraMetric): string {
  const now = capitalize(metric.factor);
  const earlier = metric.earlierFactors;
  if (earlier.length === 0) return now;
  const renamed = metric.factor === 'instability' && earlier.every((period) => period.factor === 'stability');
  if (renamed) return `${now} (called stability until ${Math.max(...earlier.map((period) => period.until))})`;
  const spans = earlier.map((period) => `${period.factor} from ${period.from} to ${period.until}`).join(', ');
  return `${now} since ${metric.factorSince} (${spans})`;
}

/** An ESSP metric's name as GitHub publishes it, with its aggregate: "(Median) Lead time". */
export const esspLabel = (metric: EsspMetric): string =>
  metric.aggregate === null ? metric.name : `(${capitalize(metric.aggregate)}) ${metric.name}`;

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function namesOf(measure: Measure, title: string): MeasureNames {
  const dora = measure.framework === 'dora' ? measure : undefined;
  return {
    current: measure.name,
    ...(measure.seedName === undefined ? {} : { seed: measure.seedName }),
    former: dora?.formerNames ?? [],
    abbreviations: dora?.abbreviations ?? [],
    aliases: measure.aliases,
    ...(dora?.formerNames.some((former) => sameName(former, title)) ? { renamedTo: measure.name } : {}),
    ...(measure.framework === 'essp' && measure.kind === 'metric' ? { published: esspLabel(measure) } : {}),
  };
}

/** What pages show of a measure (see MeasureView). */
export function presentMeasure(measure: Measure): MeasureView {
  const phases = phasesOf(measure.id);
  const cells = isSpaceDimensionId(measure.id) ? matrix[measure.id] : undefined;
  const perPhase = PHASE_IDS.flatMap((phase): PhaseEntry[] => {
    const callout = phaseCallouts[phase].callouts.find((c) => c.measure === measure.id);
    const covered = phases.includes(phase);
    if (!covered && callout === undefined) return [];
    const label = cells?.[phase];
    const note = callout?.note;
    return [{ phase, covered, calledOut: callout !== undefined, ...(label ? { label } : {}), ...(note ? { note } : {}) }];
  });
  const title = measure.seedName ?? measure.name;
  const modelPhrase = doraTable.find((row) => row.metric === measure.id)?.modelPhrase;
  const zoneNote: { note: string; frameworkDiffers?: string } | undefined = esspZoneNotes.find((entry) => entry.zone === measure.id);
  const modelNote = zoneNote?.note;
  const frameworkDiffers = zoneNote?.frameworkDiffers;
  const unmappedNote = unmappedMeasures.find((entry) => entry.measure === measure.id)?.note;
  return {
    id: measure.id,
    kind: measure.kind,
    framework: measure.framework,
    measure,
    title,
    names: namesOf(measure, title),
    summary: measure.summary,
    definition: measure.definition,
    ...('direction' in measure ? { direction: measure.direction } : {}),
    ...(measure.framework === 'dora' ? { factor: factorText(measure), ...(measure.history ? { history: measure.history } : {}) } : {}),
    ...(measure.kind === 'dimension' ? { letter: measure.letter } : {}),
    ...(measure.kind === 'zone' ? { layer: measure.layer, question: measure.question, zoneMetrics: metricsOfZone(measure.id) } : {}),
    ...(modelPhrase === undefined ? {} : { modelPhrase }),
    ...(modelNote === undefined ? {} : { modelNote }),
    ...(frameworkDiffers === undefined ? {} : { frameworkDiffers }),
    ...(unmappedNote === undefined ? {} : { unmappedNote }),
    phases,
    perPhase,
  };
}

/** A metric guide's title: the framework's current name, then the framework ("Change lead time (DORA)"). */
export function guideTitle(measure: Measure): string {
  const framework = frameworks.find((f) => f.id === measure.framework)?.name ?? measure.framework;
  return `${measure.name} (${framework})`;
}
