/**
 * The public surface of the loop model: every page, component, test and the published JSON read
 * from here. Relations are stored once in the modules beside this one; lookups are derived below.
 */
import {
  arcs,
  FEEDBACK_ARC_IDS,
  feedbackArcs,
  forwardArcs,
  type Arc,
  type ArcId,
  type FeedbackArc,
  type FeedbackArcId,
  type ForwardArc,
} from './arcs';
import { FRAMEWORK_IDS, frameworks, sources, type Framework, type FrameworkId } from './frameworks';
import { loop } from './loop';
import { doraTable, esspZoneNotes } from './mapping';
import { MEASURE_IDS, SPACE_DIMENSION_IDS, type MeasureId } from './measureIds';
import { doraMetrics, esspMetrics, esspZones, measures, metricsOfZone, spaceDimensions, type Measure } from './measures';
import { isPhaseId, PHASE_IDS, personLabel, personText, phases, type FailureMode, type Person, type Phase, type PhaseId } from './phases';
import { ROLE_GROUP_IDS, type RoleGroupId } from './roleGroups';

export { isPhaseId, personLabel, personText, ROLE_GROUP_IDS };
export { isRoleGroupId } from './roleGroups';
export type { Person, RoleGroupId };
export { arcs, FEEDBACK_ARC_IDS, feedbackArcs, forwardArcs, FRAMEWORK_IDS, frameworks, loop, PHASE_IDS, phases, sources };
export type { Arc, ArcId, FailureMode, FeedbackArc, FeedbackArcId, ForwardArc, Framework, FrameworkId, Phase, PhaseId };
export type { ArcKind } from './arcs';
export type { Source, SourceLink } from './frameworks';
export { DORA_METRIC_IDS, ESSP_METRIC_IDS, ESSP_ZONE_IDS, GUIDED_MEASURE_IDS, isMeasureId, MEASURE_IDS, SPACE_DIMENSION_IDS } from './measureIds';
export type { DoraMetricId, EsspMetricId, EsspZoneId, GuidedMeasureId, MeasureId, SpaceDimensionId } from './measureIds';
export {
  COMMON_USAGE_LABEL,
  DORA_DONT_KNOW,
  DORA_PERCENT,
  doraMetrics,
  doraQuickCheck,
  doraSurveySource,
  esspMetrics,
  esspZones,
  measures,
  metricsOfZone,
  rangeChoiceIndex,
  readPercent,
  spaceDimensions,
  unmappedTerms,
} from './measures';
export type {
  Definition,
  Direction,
  DoraFactor,
  DoraMetric,
  EsspAggregate,
  EsspMetric,
  EsspZone,
  FactorPeriod,
  Measure,
  MeasureKind,
  PercentAnswer,
  RangeAnswer,
  RangeChoice,
  SpaceDimension,
  SurveyAnswer,
  SurveyQuestion,
  UnmappedTerm,
} from './measures';
export { doraTable, esspZoneNotes, phaseCallouts, spaceMatrix, unmappedMeasures } from './mapping';
export type { Callout, DoraTableRow, EsspZoneNote, PhaseCallouts, SpaceMatrix, UnmappedMeasure } from './mapping';
export type { MeasureNames, MeasureView, PhaseEntry } from './present';
import { listWords } from './format';
import { esspLabel, factorText, guideTitle, phasesOf, presentMeasure, type MeasureView } from './present';
export { countWord, inSentence, listWords, ordinalWord, phaseLabel } from './format';
export * from './routes';
export { esspLabel, factorText, guideTitle, phasesOf, presentMeasure };

/**
 * Lookups by id. Keys are plain strings, so ids that arrive as text (MDX props, URLs) are checked by
 * the same lookup that finds them; the get functions below throw with the valid ids when one is unknown.
 */
const phaseById: ReadonlyMap<string, Phase> = new Map(phases.map((phase) => [phase.id, phase]));
const frameworkById: ReadonlyMap<string, Framework> = new Map(frameworks.map((framework) => [framework.id, framework]));
const measureById: ReadonlyMap<string, Measure> = new Map(measures.map((measure) => [measure.id, measure]));
const arcById: ReadonlyMap<string, Arc> = new Map(arcs.map((arc) => [arc.id, arc]));

export const isFrameworkId = (value: string): value is FrameworkId => frameworkById.has(value);

/** The record with this id, or an error that names the id and lists the valid ones. */
export function lookUp<T>(map: ReadonlyMap<string, T>, what: string, id: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`Unknown ${what} id "${id}". Use one of: ${[...map.keys()].join(', ')}.`);
  return found;
}

/** The phase with this id, or an error that names the id and lists the valid ones. */
export const getPhase = (id: string): Phase => lookUp(phaseById, 'phase', id);
/** The framework with this id, or an error that names the id and lists the valid ones. */
export const getFramework = (id: string): Framework => lookUp(frameworkById, 'framework', id);
/** The measure with this id, or an error that names the id and lists the valid ones. */
export const getMeasure = (id: string): Measure => lookUp(measureById, 'measure', id);
/** The arc with this id, or an error that names the id and lists the valid ones. */
export const getArc = (id: string): Arc => lookUp(arcById, 'arc', id);

/**
 * Where a measure stands in the lists pages show: the seed's order for the measures the model names (its
 * DORA table's rows, SPACE's dimensions, its paragraphs on the ESSP zones), then the rest in their
 * framework's order.
 */
const seedOrder: readonly MeasureId[] = [
  ...doraTable.map((row) => row.metric),
  ...SPACE_DIMENSION_IDS,
  ...esspZoneNotes.map((entry) => entry.zone),
];
const listRank = (measure: Measure): number => {
  const inSeed = seedOrder.indexOf(measure.id);
  return inSeed >= 0 ? inSeed : seedOrder.length + MEASURE_IDS.indexOf(measure.id);
};
const inListOrder = (list: readonly Measure[]): Measure[] => [...list].sort((a, b) => listRank(a) - listRank(b));

/** A framework's measures, in the order pages list them (the seed's first). */
export const measuresByFramework = (framework: FrameworkId): readonly Measure[] =>
  inListOrder(measures.filter((measure) => measure.framework === framework));

/** The measures the model maps to a phase, in framework order, then the order pages list them. */
export const measuresByPhase = (phase: PhaseId): readonly Measure[] =>
  FRAMEWORK_IDS.flatMap((framework) => measuresByFramework(framework).filter((measure) => phasesOf(measure.id).includes(phase)));

/** Whether any measure of this framework maps to the phase. */
export const frameworkCoversPhase = (framework: FrameworkId, phase: PhaseId): boolean =>
  measures.some((measure) => measure.framework === framework && phasesOf(measure.id).includes(phase));

/** Arcs that leave a phase, and arcs that arrive at it. */
export const arcsFrom = (phase: PhaseId): readonly Arc[] => arcs.filter((arc) => arc.from === phase);
export const arcsTo = (phase: PhaseId): readonly Arc[] => arcs.filter((arc) => arc.to === phase);

/** Previous and next phase along the loop; ⑥ leads back to ①. */
export function neighbours(phase: PhaseId): { previous: Phase; next: Phase } {
  const index = PHASE_IDS.indexOf(phase);
  const count = PHASE_IDS.length;
  return {
    previous: getPhase(PHASE_IDS[(index + count - 1) % count] ?? PHASE_IDS[0]),
    next: getPhase(PHASE_IDS[(index + 1) % count] ?? PHASE_IDS[0]),
  };
}

/** How many of each thing the model holds, for prose that states a count ("four feedback arcs"). */
export const counts = {
  phases: phases.length,
  forwardArcs: forwardArcs.length,
  feedbackArcs: feedbackArcs.length,
  frameworks: frameworks.length,
  /** DORA's metrics today. */
  doraMetrics: doraMetrics.length,
  /** The DORA metrics the model maps: its DORA table's rows. */
  mappedDoraMetrics: doraTable.length,
  spaceDimensions: spaceDimensions.length,
  spaceCells: spaceDimensions.reduce((sum, dimension) => sum + phasesOf(dimension.id).length, 0),
  esspZones: esspZones.length,
  esspMetrics: esspMetrics.length,
  /** Every zone has the same number of metrics (an invariant test checks it). */
  esspMetricsPerZone: Math.max(...esspZones.map((zone) => metricsOfZone(zone.id).length)),
} as const;
export type CountedThing = keyof typeof counts;

/** "DORA, SPACE and ESSP" (or, with "or", "DORA, SPACE or ESSP"), from the frameworks in the data. */
export const frameworkNames = (joiner: 'and' | 'or' = 'and'): string => listWords(frameworks.map((framework) => framework.name), joiner);

/**
 * Where the DORA table's coverage and the phases' own call-outs disagree, so the DORA page can say so.
 * `coveredNotCalledOut`: the table lists the phase, the phase's metric list does not name the metric.
 */
export function doraDisagreements(): { metric: MeasureView; coveredNotCalledOut: PhaseId[]; calledOutNotCovered: PhaseId[] }[] {
  return measuresByFramework('dora')
    .map((measure) => {
      const metric = presentMeasure(measure);
      return {
        metric,
        coveredNotCalledOut: metric.perPhase.filter((entry) => entry.covered && !entry.calledOut).map((entry) => entry.phase),
        calledOutNotCovered: metric.perPhase.filter((entry) => entry.calledOut && !entry.covered).map((entry) => entry.phase),
      };
    })
    .filter((d) => d.coveredNotCalledOut.length > 0 || d.calledOutNotCovered.length > 0);
}

const feedbackArcById: ReadonlyMap<string, FeedbackArc> = new Map(feedbackArcs.map((arc) => [arc.id, arc]));

/** The feedback arc with this id, or an error that names the id and lists the valid ones. */
export const getFeedbackArc = (id: string): FeedbackArc => lookUp(feedbackArcById, 'feedback arc', id);

/** "⑥ → ② Learnings reshape priorities": an arc by its ends' numerals and its label. */
export const arcTitle = (arc: Arc): string => `${getPhase(arc.from).numeral} → ${getPhase(arc.to).numeral} ${arc.label}`;
