/**
 * The arcs of the loop. Forward arcs follow PHASE_IDS order and are computed; only their wording
 * and the seed's feedback arcs are written out here.
 */
import { PHASE_IDS, type PhaseId } from './phases';

export type ArcKind = 'forward' | 'feedback';

/** An arc's id names its ends: "learn-to-shape". */
export type ArcId = `${PhaseId}-to-${PhaseId}`;

/** The feedback arcs, in the seed's order (most important first); each id names the arc's ends. */
export const FEEDBACK_ARC_IDS = ['learn-to-shape', 'verify-to-build', 'release-to-verify', 'build-to-shape'] as const;
export type FeedbackArcId = (typeof FEEDBACK_ARC_IDS)[number];

interface ArcBase {
  /** Stable id, e.g. "learn-to-shape"; also the anchor on /docs/feedback-arcs. */
  readonly id: ArcId;
  readonly from: PhaseId;
  readonly to: PhaseId;
  readonly kind: ArcKind;
  /** Short label drawn on the diagram. For feedback arcs, the seed's label word for word. */
  readonly label: string;
}

/** A step of the forward flow, from a phase to the next. */
export interface ForwardArc extends ArcBase {
  readonly kind: 'forward';
  /** What the step carries and why it matters. */
  readonly whyItMatters: string;
}

/** An arc that carries information back to an earlier phase. */
export interface FeedbackArc extends ArcBase {
  readonly kind: 'feedback';
  readonly id: FeedbackArcId;
  /** What the seed says happens when the arc works. */
  readonly whenItWorks: string;
  /** What the seed says happens when the arc is broken or slow. */
  readonly whenBroken: string;
  /** True for the one arc the seed calls the most important. */
  readonly isMostImportant: boolean;
}

export type Arc = ForwardArc | FeedbackArc;

type ArcWording = Pick<ForwardArc, 'label' | 'whyItMatters'>;

/** The ends an arc id names: "learn-to-shape" → from "learn", to "shape". */
type EndsOf<Id extends ArcId> = Id extends `${infer From extends PhaseId}-to-${infer To extends PhaseId}`
  ? { readonly from: From; readonly to: To }
  : never;

/** Wording for the forward arc that leaves each phase. */
const forwardWording = {
  discover: {
    label: 'Strategy becomes work to shape',
    whyItMatters:
      'If strategy never turns into concrete, prioritized work items, it stays abstract and nothing downstream serves it.',
  },
  shape: {
    label: 'Shaped work goes to build',
    whyItMatters:
      'Work that arrives well shaped moves faster through build; ambiguous tickets lead to assumption-driven decisions and rework.',
  },
  build: {
    label: 'Code goes to verification',
    whyItMatters: 'Submitted code enters CI/CD, where tests, static analysis and security scans check it.',
  },
  verify: {
    label: 'Verified changes are released',
    whyItMatters:
      'Only changes that pass verification should reach production; the model counts each gap in test coverage as a debt owed against the change failure rate.',
  },
  release: {
    label: 'Production shows what happened',
    whyItMatters:
      'Without observability, a team cannot tell whether a release worked, nor diagnose it quickly when it breaks.',
  },
  learn: {
    label: 'Learnings feed discovery',
    whyItMatters:
      'Learnings flow back into discovery, closing the loop; HVE-Core names closing this ⑥→① arc its next frontier.',
  },
} as const satisfies Record<PhaseId, ArcWording>;

const feedbackDetails = {
  'learn-to-shape': {
    from: 'learn',
    to: 'shape',
    label: 'Learnings reshape priorities',
    whenItWorks:
      'The model holds that when what production teaches directly changes what gets shaped next, the organization learns faster than its competitors.',
    whenBroken: 'When the arc is broken, teams ship features into a void.',
    isMostImportant: true,
  },
  'verify-to-build': {
    from: 'verify',
    to: 'build',
    label: 'Failed verification feeds back to build',
    whenItWorks: 'With fast CI feedback, developers fix problems in minutes instead of days.',
    whenBroken: 'When CI is slow or noisy, its failures get ignored.',
    isMostImportant: false,
  },
  'release-to-verify': {
    from: 'release',
    to: 'verify',
    label: 'Production issues feed back to verify',
    whenItWorks: 'When a production incident exposes a gap in testing, the gap is closed right away.',
    whenBroken: 'When it is not, the gap goes into a backlog that never gets prioritized.',
    isMostImportant: false,
  },
  'build-to-shape': {
    from: 'build',
    to: 'shape',
    label: 'Scope questions feed back to shape',
    whenItWorks: 'Developers who hit ambiguity while implementing have a fast way back to whoever shaped the work.',
    whenBroken: 'When they do not, the question ends up in a Slack thread that gets buried.',
    isMostImportant: false,
  },
} as const satisfies { [Id in FeedbackArcId]: EndsOf<Id> & Omit<FeedbackArc, 'id' | 'kind' | 'from' | 'to'> };

const arcId = (from: PhaseId, to: PhaseId): ArcId => `${from}-to-${to}`;

export const forwardArcs: readonly ForwardArc[] = PHASE_IDS.map((from, index) => {
  const to = PHASE_IDS[(index + 1) % PHASE_IDS.length] ?? PHASE_IDS[0];
  return { id: arcId(from, to), from, to, kind: 'forward', ...forwardWording[from] };
});

/** The feedback arcs, in the seed's order (most important first). */
export const feedbackArcs: readonly FeedbackArc[] = FEEDBACK_ARC_IDS.map((id) => ({ id, kind: 'feedback', ...feedbackDetails[id] }));

export const arcs: readonly Arc[] = [...forwardArcs, ...feedbackArcs];
