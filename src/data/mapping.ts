/**
 * How the loop model maps the measures onto its phases, and what it says about them: the seed's DORA
 * table, its SPACE × phase matrix, each phase's "Which metrics apply" list with its notes, and its
 * paragraph on each ESSP zone. Facts and labels come from the seed (shared/seed/value-delivery-loop.txt)
 * alone; its notes are the model's reading, never a framework's definition (that is measures.ts).
 * A measure the model does not name maps to no phase.
 */
import type { DoraMetricId, EsspZoneId, MeasureId, SpaceDimensionId } from './measureIds';
import type { PhaseId } from './phases';

/** A row of the seed's "How DORA Metrics Map to Phases" table. */
export interface DoraTableRow {
  readonly metric: DoraMetricId;
  /** Its "Primary Phase(s)". */
  readonly phases: readonly PhaseId[];
  /** Its "What It Measures" cell, word for word: the model's phrase, not DORA's definition. */
  readonly modelPhrase: string;
}

/** The seed's DORA table, in its row order. Rework rate, added by DORA after the table, has no row. */
export const doraTable = [
  {
    metric: 'dora-deployment-frequency',
    phases: ['build', 'verify', 'release'],
    modelPhrase: 'Throughput across build, verify, and release',
  },
  {
    metric: 'dora-change-lead-time',
    phases: ['shape', 'build', 'verify', 'release'],
    modelPhrase: 'First commit to production, but shaped by upstream clarity',
  },
  {
    metric: 'dora-change-fail-rate',
    phases: ['verify', 'release'],
    modelPhrase: 'Failures in production caused by gaps in verify and release',
  },
  {
    metric: 'dora-failed-deployment-recovery-time',
    phases: ['release', 'learn'],
    modelPhrase: 'Speed of response and learning from failures',
  },
] as const satisfies readonly DoraTableRow[];

/** The seed's SPACE × phase matrix: a short label for every dimension in every phase. */
export type SpaceMatrix = Readonly<Record<SpaceDimensionId, Readonly<Record<PhaseId, string>>>>;

export const spaceMatrix = {
  'space-satisfaction': {
    discover: 'Clarity of mission',
    shape: 'Confidence in plan',
    build: 'Flow state',
    verify: 'Trust in test suite',
    release: 'Deploy confidence',
    learn: 'Sense of progress',
  },
  'space-performance': {
    discover: 'Strategy quality',
    shape: 'Backlog actionability',
    build: 'Code quality',
    verify: 'Defect escape rate',
    release: 'Deploy success rate',
    learn: 'Insight quality',
  },
  'space-activity': {
    discover: 'Research volume',
    shape: 'Stories refined',
    build: 'Commits, PRs',
    verify: 'Test runs, builds',
    release: 'Deploys',
    learn: 'Retro actions closed',
  },
  'space-communication': {
    discover: 'Stakeholder alignment',
    shape: 'Cross-team prioritization',
    build: 'PR review cycles',
    verify: 'CI/CD signal clarity',
    release: 'Incident comms',
    learn: 'Knowledge sharing',
  },
  'space-efficiency': {
    discover: 'Idea-to-backlog time',
    shape: 'Backlog-to-sprint time',
    build: 'Cycle time',
    verify: 'Build time',
    release: 'Deploy time',
    learn: 'Learning-to-action time',
  },
} as const satisfies SpaceMatrix;

/** A measure named in a phase's "Which metrics apply" list, with the seed's note when it gives one. */
export interface Callout {
  readonly measure: MeasureId;
  /** The seed's parenthetical note, word for word. */
  readonly note?: string;
}

/** A phase's "Which metrics apply": the measures it names, in the seed's order, and its remark on them. */
export interface PhaseCallouts {
  readonly callouts: readonly Callout[];
  readonly remark?: string;
}

const callouts = {
  discover: {
    callouts: [
      { measure: 'space-satisfaction', note: 'clarity of mission' },
      { measure: 'essp-business-outcomes', note: 'are we pursuing the right opportunities' },
    ],
    remark: 'No DORA metric measures this phase directly, and that gap is part of the reason the phase gets neglected.',
  },
  shape: {
    callouts: [
      { measure: 'dora-change-lead-time', note: 'upstream shaping directly determines how fast work flows into development' },
      { measure: 'space-efficiency', note: 'backlog-to-sprint time' },
      { measure: 'essp-velocity', note: 'well-shaped work moves faster through build' },
    ],
  },
  build: {
    callouts: [
      { measure: 'dora-change-lead-time', note: 'first commit to production' },
      { measure: 'space-activity', note: 'commits, PRs, reviews as supporting signals only' },
      { measure: 'space-communication', note: 'PR review cycles, knowledge silos' },
      { measure: 'essp-developer-happiness', note: 'flow state, low friction' },
    ],
  },
  verify: {
    callouts: [
      { measure: 'dora-change-fail-rate', note: 'what percentage of deployments cause failures' },
      { measure: 'dora-deployment-frequency', note: 'how often the verification pipeline completes' },
      { measure: 'essp-quality', note: 'defect escape rate' },
    ],
  },
  release: {
    callouts: [
      { measure: 'dora-deployment-frequency', note: 'measured at the deployment boundary' },
      { measure: 'dora-change-fail-rate', note: 'measured at the deployment boundary' },
      { measure: 'dora-failed-deployment-recovery-time' },
      { measure: 'essp-quality', note: 'failed deployment recovery time' },
    ],
  },
  learn: {
    callouts: [
      { measure: 'dora-failed-deployment-recovery-time', note: 'how quickly learning translates to action' },
      { measure: 'space-satisfaction', note: 'sense of progress' },
      { measure: 'essp-business-outcomes', note: 'did the feature achieve its goal' },
    ],
  },
} as const satisfies Readonly<Record<PhaseId, PhaseCallouts>>;

/** Each phase's list. ESSP zones map to phases only through these lists. */
export const phaseCallouts: Readonly<Record<PhaseId, PhaseCallouts>> = callouts;

/** What the seed's "How ESSP Zones Layer On Top" says of a zone, in our words: the model's reading of it. */
export interface EsspZoneNote {
  readonly zone: EsspZoneId;
  readonly note: string;
  /** Where the note names something the framework does not: one plain sentence of ours, checked against ESSP's zone. */
  readonly frameworkDiffers?: string;
}

/** The seed's paragraphs on the zones, in its order. */
export const esspZoneNotes = [
  {
    zone: 'essp-developer-happiness',
    note: 'Measured through SPACE’s Satisfaction dimension, but ESSP makes it an outcome in its own right instead of a secondary indicator.',
  },
  {
    zone: 'essp-quality',
    note: 'The primary signals are Change Failure Rate and defect escape rate. Quality is not only testing: it also depends on the upstream shaping that decides whether the right thing was built.',
    frameworkDiffers:
      'Defect escape rate is the model’s signal, not one of ESSP’s: GitHub’s three Quality metrics are change failure rate, failed deployment recovery time, and code security and maintainability.',
  },
  {
    zone: 'essp-velocity',
    note: 'Not deployment frequency alone: the whole lead time from “we have an idea” to “a user benefits from it”.',
  },
  {
    zone: 'essp-business-outcomes',
    note: 'The zone most engineering organizations ignore, because it crosses the line between engineering metrics and product metrics.',
  },
] as const satisfies readonly EsspZoneNote[];

/** Why the model maps a measure to no phase, where a page says so. */
export interface UnmappedMeasure {
  readonly measure: MeasureId;
  readonly note: string;
}

export const unmappedMeasures = [
  { measure: 'dora-deployment-rework-rate', note: 'This draft model does not map it to phases yet.' },
] as const satisfies readonly UnmappedMeasure[];
