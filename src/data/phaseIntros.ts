/**
 * How each phase guide opens: one sentence in bold on what the phase is for, then why it matters.
 * Our own words. Imported from here, not from the data index, as only the phase guides and /print
 * show them (src/components/PhaseIntro).
 */
import type { PhaseId } from './phases';

export interface PhaseIntro {
  /** What the phase is for, in one sentence (shown in bold). */
  readonly lead: string;
  /** Why it matters, in a few sentences. */
  readonly body: string;
}

export const phaseIntros = {
  discover: {
    lead: 'Decide what is worth building before anyone builds it.',
    body: 'Everything downstream inherits the choices made here. A team can run a flawless delivery pipeline and still lose if this phase points it at the wrong opportunity, and it is the phase the common delivery metrics see least.',
  },
  shape: {
    lead: 'Turn needs and ideas into work that is clear enough to build.',
    body: 'Shaping is where a rough idea earns acceptance criteria and a place in the queue. The model holds that time spent here is paid back in build: work that arrives clear moves faster, and work that arrives vague comes back as rework.',
  },
  build: {
    lead: 'Research, plan, write and review the change, together.',
    body: 'Build is where the clock of DORA’s lead time for changes starts: it runs from a commit to its deployment. Building is more than typing code; the model counts understanding the problem first, and reviews that carry the original intent, as part of it.',
  },
  verify: {
    lead: 'Prove that a change works, is safe, and fits the rest of the system.',
    body: "Verification is the loop's quality gate. Its speed decides how fast developers hear about a problem; its quality decides how many problems reach users.",
  },
  release: {
    lead: 'Ship to production safely, and keep what you shipped running.',
    body: 'This is where changes meet users and where the on-call team lives with the result. Progressive delivery limits the blast radius; observability and good incident practice limit the time to recover.',
  },
  learn: {
    lead: 'Find out whether what shipped made a difference, and feed that back.',
    body: 'Learning closes the loop. Without it, the organization keeps shipping without knowing whether anything it shipped achieved what it was meant to.',
  },
} as const satisfies Record<PhaseId, PhaseIntro>;
