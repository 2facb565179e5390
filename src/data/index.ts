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
import { DORA_FIGURE_IDS, FRAMEWORK_IDS, frameworks, type Framework, type FrameworkId } from './frameworks';
import { loop } from './loop';
import { metricSpecs, unmappedTerms, type MetricId, type MetricSpec, type UnmappedTerm } from './metrics';
import {
  isPhaseId,
  PHASE_IDS,
  personLabel,
  personText,
  phases,
  type MetricCallout,
  type Person,
  type Phase,
  type PhaseId,
  type Risk,
} from './phases';
import { ROLE_GROUP_IDS, type RoleGroupId } from './roleGroups';

export { isPhaseId, personLabel, personText, ROLE_GROUP_IDS };
export { isRoleGroupId } from './roleGroups';
export type { Person, RoleGroupId };
export { arcs, DORA_FIGURE_IDS, FEEDBACK_ARC_IDS, feedbackArcs, forwardArcs, FRAMEWORK_IDS, frameworks, loop, metricSpecs, PHASE_IDS, phases, unmappedTerms };
export type { Arc, ArcId, FeedbackArc, FeedbackArcId, ForwardArc, Framework, FrameworkId, MetricCallout, MetricId, MetricSpec, Phase, PhaseId, Risk, UnmappedTerm };
export type { ArcKind } from './arcs';
export type { DoraMetricSpec, EsspZoneSpec, SpaceDimensionSpec } from './metrics';
export type { Source } from './frameworks';
import { listWords } from './format';
export { countWord, listWords, phaseLabel } from './format';
export * from './routes';

/** A metric with its derived coverage and per-phase labels or notes. */
export type Metric = MetricSpec & {
  readonly id: MetricId;
  /** The phases this metric covers, in loop order. */
  readonly phases: readonly PhaseId[];
  /** SPACE: the cell label for each phase. DORA and ESSP: the seed's call-out note, where there is one. */
  readonly perPhase: Readonly<Partial<Record<PhaseId, string>>>;
};

function calloutsOf(metricId: MetricId): { phase: PhaseId; note?: string }[] {
  return phases.flatMap((phase) =>
    phase.metricCallouts
      .filter((callout) => callout.metric === metricId)
      .map((callout) => ({ phase: phase.id, note: callout.note })),
  );
}

function resolveMetric(spec: MetricSpec & { id: MetricId }): Metric {
  const callouts = calloutsOf(spec.id);
  const notes: Partial<Record<PhaseId, string>> = {};
  for (const { phase, note } of callouts) if (note !== undefined) notes[phase] = note;
  switch (spec.framework) {
    case 'dora':
      // Coverage is the seed's DORA table; the phase call-outs are kept apart as notes (see the DORA page).
      return { ...spec, phases: PHASE_IDS.filter((id) => spec.coverage.includes(id)), perPhase: notes };
    case 'space':
      return { ...spec, phases: PHASE_IDS.filter((id) => spec.cells[id] !== ''), perPhase: spec.cells };
    case 'essp':
      // The seed maps ESSP zones to phases only through each phase's call-outs.
      return { ...spec, phases: PHASE_IDS.filter((id) => callouts.some((c) => c.phase === id)), perPhase: notes };
  }
}

export const metrics: readonly Metric[] = metricSpecs.map((spec) => resolveMetric(spec));

/**
 * Lookups by id. Keys are plain strings, so ids that arrive as text (MDX props, URLs) are checked by
 * the same lookup that finds them; the get functions below throw with the valid ids when one is unknown.
 */
const phaseById: ReadonlyMap<string, Phase> = new Map(phases.map((phase) => [phase.id, phase]));
const frameworkById: ReadonlyMap<string, Framework> = new Map(frameworks.map((framework) => [framework.id, framework]));
const metricById: ReadonlyMap<string, Metric> = new Map(metrics.map((metric) => [metric.id, metric]));
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
/** The metric with this id, or an error that names the id and lists the valid ones. */
export const getMetric = (id: string): Metric => lookUp(metricById, 'metric', id);
/** The arc with this id, or an error that names the id and lists the valid ones. */
export const getArc = (id: string): Arc => lookUp(arcById, 'arc', id);

export const metricsByFramework = (framework: FrameworkId): readonly Metric[] =>
  metrics.filter((metric) => metric.framework === framework);

/** Metrics that cover a phase, in framework order then data order. */
export const metricsByPhase = (phase: PhaseId): readonly Metric[] =>
  metrics.filter((metric) => metric.phases.includes(phase));

/** Whether any metric of this framework covers the phase. */
export const frameworkCoversPhase = (framework: FrameworkId, phase: PhaseId): boolean =>
  metricsByFramework(framework).some((metric) => metric.phases.includes(phase));

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
  doraMetrics: metricsByFramework('dora').length,
  spaceDimensions: metricsByFramework('space').length,
  spaceCells: metricsByFramework('space').reduce((sum, metric) => sum + metric.phases.length, 0),
  esspZones: metricsByFramework('essp').length,
  esspMetrics: metricsByFramework('essp').reduce(
    (sum, metric) => sum + (metric.framework === 'essp' ? metric.esspMetrics.length : 0),
    0,
  ),
  /** Every zone has the same number of metrics (an invariant test checks it). */
  esspMetricsPerZone: Math.max(
    ...metricsByFramework('essp').map((metric) => (metric.framework === 'essp' ? metric.esspMetrics.length : 0)),
  ),
} as const;
export type CountedThing = keyof typeof counts;

/** "DORA, SPACE and ESSP" (or, with "or", "DORA, SPACE or ESSP"), from the frameworks in the data. */
export const frameworkNames = (joiner: 'and' | 'or' = 'and'): string => listWords(frameworks.map((framework) => framework.name), joiner);

/**
 * Where the DORA table's coverage and the phases' own call-outs disagree, so the DORA page can say so.
 * `coveredNotCalledOut`: the table lists the phase, the phase's metric list does not name the metric.
 */
export function doraDisagreements(): { metric: Metric; coveredNotCalledOut: PhaseId[]; calledOutNotCovered: PhaseId[] }[] {
  return metricsByFramework('dora')
    .map((metric) => {
      const calledOut = calloutsOf(metric.id).map((c) => c.phase);
      return {
        metric,
        coveredNotCalledOut: metric.phases.filter((p) => !calledOut.includes(p)),
        calledOutNotCovered: calledOut.filter((p) => !metric.phases.includes(p)),
      };
    })
    .filter((d) => d.coveredNotCalledOut.length > 0 || d.calledOutNotCovered.length > 0);
}

const feedbackArcById: ReadonlyMap<string, FeedbackArc> = new Map(feedbackArcs.map((arc) => [arc.id, arc]));

/** The feedback arc with this id, or an error that names the id and lists the valid ones. */
export const getFeedbackArc = (id: string): FeedbackArc => lookUp(feedbackArcById, 'feedback arc', id);

/** "⑥ → ② Learnings reshape priorities": an arc by its ends' numerals and its label. */
export const arcTitle = (arc: Arc): string => `${getPhase(arc.from).numeral} → ${getPhase(arc.to).numeral} ${arc.label}`;
