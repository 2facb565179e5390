/**
 * The public surface of the loop model: every page, component, test and the published JSON read
 * from here. Relations are stored once in the modules beside this one; lookups are derived below.
 */
import { arcs, feedbackArcs, forwardArcs, type Arc } from './arcs';
import { FRAMEWORK_IDS, frameworks, type Framework, type FrameworkId } from './frameworks';
import { loop } from './loop';
import { metricSpecs, unmappedTerms, type MetricId, type MetricSpec, type UnmappedTerm } from './metrics';
import { PHASE_IDS, phases, type MetricCallout, type Phase, type PhaseId } from './phases';

export { arcs, feedbackArcs, forwardArcs, FRAMEWORK_IDS, frameworks, loop, metricSpecs, PHASE_IDS, phases, unmappedTerms };
export type { Arc, Framework, FrameworkId, MetricCallout, MetricId, MetricSpec, Phase, PhaseId, UnmappedTerm };
export type { ArcKind } from './arcs';
export type { DoraMetricSpec, EsspZoneSpec, SpaceDimensionSpec } from './metrics';
export type { Source } from './frameworks';

/** A metric with its derived coverage and per-phase labels or notes. */
export type Metric = MetricSpec & {
  readonly id: MetricId;
  /** The phases this metric covers, in loop order. */
  readonly phases: readonly PhaseId[];
  /** SPACE: the cell label for each phase. DORA and ESSP: the seed's call-out note, where there is one. */
  readonly perPhase: Readonly<Partial<Record<PhaseId, string>>>;
};

const isPhaseId = (value: string): value is PhaseId => (PHASE_IDS as readonly string[]).includes(value);
const isFrameworkId = (value: string): value is FrameworkId =>
  (FRAMEWORK_IDS as readonly string[]).includes(value);

function calloutsOf(metricId: string): { phase: PhaseId; note?: string }[] {
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

export const phaseById: Readonly<Record<PhaseId, Phase>> = Object.fromEntries(
  phases.map((phase) => [phase.id, phase]),
) as Record<PhaseId, Phase>;

export const metricById: ReadonlyMap<string, Metric> = new Map(metrics.map((metric) => [metric.id, metric]));
export const frameworkById: Readonly<Record<FrameworkId, Framework>> = Object.fromEntries(
  frameworks.map((framework) => [framework.id, framework]),
) as Record<FrameworkId, Framework>;

/** The phase with this id, or an error that names the id and lists the valid ones. */
export function getPhase(id: string): Phase {
  if (!isPhaseId(id)) {
    throw new Error(`Unknown phase id "${id}". Use one of: ${PHASE_IDS.join(', ')}.`);
  }
  return phaseById[id];
}

/** The framework with this id, or an error that names the id and lists the valid ones. */
export function getFramework(id: string): Framework {
  if (!isFrameworkId(id)) {
    throw new Error(`Unknown framework id "${id}". Use one of: ${FRAMEWORK_IDS.join(', ')}.`);
  }
  return frameworkById[id];
}

/** The metric with this id, or an error that names the id. */
export function getMetric(id: string): Metric {
  const metric = metricById.get(id);
  if (!metric) throw new Error(`Unknown metric id "${id}". Use one of: ${metrics.map((m) => m.id).join(', ')}.`);
  return metric;
}

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

/** Route of a phase page, without base URL. */
export const phasePath = (phase: PhaseId): string => `/docs/phases/${phase}`;
/** Route of a framework page, without base URL. */
export const frameworkPath = (framework: FrameworkId): string => `/docs/frameworks/${framework}`;
/** Route and anchor of a feedback arc's section, without base URL. */
export const arcPath = (arc: Arc): string => `/docs/feedback-arcs#${arc.id}`;

/** "③ Build & Collaborate" */
export const phaseLabel = (phase: Phase): string => `${phase.numeral} ${phase.name}`;

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
