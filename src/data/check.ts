/**
 * The loop check's statements: one for each failure mode a phase's guide names, and two for each
 * feedback arc (what the seed says happens when it works, and when it is broken). Each is written so
 * that agreeing means the loop is healthy there, and each cites the fact it comes from. A shared link
 * stores the answers in this order, so a change to the list needs a new CHECK_VERSION.
 */
import {
  arcTitle,
  FEEDBACK_ARC_IDS,
  getFeedbackArc,
  getPhase,
  PHASE_IDS,
  phaseLabel,
  type FeedbackArcId,
  type PhaseId,
} from './index';
import { whatToTryForArc, whatToTryForFailureMode, type WhatToTry } from './practices';

// The loop check's statements. They are imported from here (`@site/src/data/check`), not from the data
// index, so only /check ships them: the index goes into the chunk every page loads. The DORA figures
// the check asks for are the DORA metrics' survey questions (measures.ts).

/** The version of the statement list that links and saved checks record. */
export const CHECK_VERSION = 2;

/** The five-point agreement scale, from 1 (strongly disagree) to 5 (strongly agree). */
export const AGREEMENT_SCALE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'] as const;
/** The sixth choice, which counts toward no score. */
export const DONT_KNOW = 'Don’t know';

/** The fact a statement comes from: a phase's failure mode, or what an arc does when it works or breaks. */
export type StatementSource =
  | { readonly kind: 'failure-mode'; readonly phase: PhaseId; readonly failureMode: string }
  | { readonly kind: 'arc'; readonly arc: FeedbackArcId; readonly fact: 'whenItWorks' | 'whenBroken' };

export interface CheckStatement {
  readonly source: StatementSource;
  /** What the team agrees or disagrees with; agreeing means the loop is healthy here. */
  readonly text: string;
}

const failureMode = (phase: PhaseId, id: string, text: string): CheckStatement => ({
  source: { kind: 'failure-mode', phase, failureMode: id },
  text,
});
const arc = (id: FeedbackArcId, fact: 'whenItWorks' | 'whenBroken', text: string): CheckStatement => ({
  source: { kind: 'arc', arc: id, fact },
  text,
});

export const checkStatements: readonly CheckStatement[] = [
  failureMode('discover', 'wrong-thing', 'Before we build something well, we check that it is the right thing to build.'),
  failureMode('discover', 'local-optimization', 'Our teams’ local goals stay tied to what the market needs from the product.'),
  failureMode('discover', 'abstract-strategy', 'Our strategy turns into concrete, prioritized work items.'),
  failureMode('shape', 'vague-requirements', 'Requirements are clear before work on them starts.'),
  failureMode('shape', 'ambiguous-tickets', 'Developers start from tickets clear enough that they need not fill gaps with assumptions.'),
  failureMode('shape', 'loudest-voice', 'Priorities are set by a strategic framework, not by the loudest voice.'),
  failureMode('build', 'coding-first', 'Engineers understand the problem before they start coding.'),
  failureMode('build', 'shared-context', 'Code written with an AI assistant’s help turns out correct, not merely plausible.'),
  failureMode('build', 'review-without-intent', 'Our code reviews catch logic errors, not only style issues.'),
  failureMode('verify', 'coverage-gaps', 'The changes we ship are covered by tests.'),
  failureMode('verify', 'speed-over-quality', 'We do not make our tests faster at the cost of making them worse.'),
  failureMode('verify', 'false-positives', 'Our security scans raise few enough false positives that real vulnerabilities get attention.'),
  failureMode('release', 'no-observability', 'Every deployment goes out with observability in place.'),
  failureMode('release', 'slow-diagnosis', 'When something breaks in production, we have the tools to diagnose it quickly.'),
  failureMode('release', 'toil', 'Manual, repetitive operations work (toil) does not pile up.'),
  failureMode('learn', 'unread-postmortems', 'What our postmortems find gets acted on.'),
  failureMode('learn', 'open-loop', 'What we learn in production reaches the people who plan our work.'),
  failureMode('learn', 'unknown-impact', 'We know whether the features we shipped had the impact they were meant to have.'),
  arc('learn-to-shape', 'whenItWorks', 'What production teaches us directly changes what we shape next.'),
  arc('learn-to-shape', 'whenBroken', 'After each release, we can see what it changed for users.'),
  arc('verify-to-build', 'whenItWorks', 'CI tells a developer about a failure in time to fix it in minutes, not days.'),
  arc('verify-to-build', 'whenBroken', 'When CI fails, developers act on the failure instead of ignoring it.'),
  arc('release-to-verify', 'whenItWorks', 'When a production incident shows a gap in our testing, we close the gap right away.'),
  arc('release-to-verify', 'whenBroken', 'Testing gaps found in production do not wait in a backlog that never gets prioritized.'),
  arc('build-to-shape', 'whenItWorks', 'A developer who hits ambiguity has a fast way back to whoever shaped the work.'),
  arc('build-to-shape', 'whenBroken', 'Scope questions get answered instead of buried in a Slack thread.'),
];

/**
 * The statement lists of earlier versions that links and saved checks may still hold: how many
 * statements each had, and which places (0-based) have been reworded since, with the old wording.
 * Every other place holds the same statement, so its answer carries over; a reworded one is left blank.
 */
export const EARLIER_VERSIONS: Readonly<Record<string, { readonly length: number; readonly reworded: readonly { readonly index: number; readonly was: string }[] }>> = {
  '1': {
    length: 26,
    reworded: [
      { index: 3, was: 'Someone takes the time to shape requirements, so they are clear before work starts.' },
      // Version 1 prescribed one vendor's method (separate contexts for research and implementation).
      { index: 7, was: 'When AI assistants help, research and implementation happen in separate contexts.' },
      { index: 8, was: 'Reviewers know what a change is meant to do, so reviews catch logic errors, not only style.' },
      { index: 9, was: 'We close gaps in test coverage before they show up in our change failure rate.' },
      { index: 14, was: 'Operational improvements win time against feature work, so toil does not pile up.' },
      { index: 15, was: 'What our postmortems find is read and acted on.' },
      { index: 19, was: 'We can see what each release changed: we are not shipping features into a void.' },
      { index: 21, was: 'Our CI is fast and quiet enough that its failures are not ignored.' },
    ],
  },
};

/** What to try when a team disagrees with a statement: its failure mode's practices, or its arc's. */
export function whatToTryForStatement(statement: CheckStatement): WhatToTry {
  const { source } = statement;
  return source.kind === 'failure-mode' ? whatToTryForFailureMode(source.phase, source.failureMode) : whatToTryForArc(source.arc);
}

/** What a loop-check statement rates: a phase, or a feedback arc. */
export type CheckSubject = { readonly kind: 'phase'; readonly id: PhaseId } | { readonly kind: 'arc'; readonly id: FeedbackArcId };

/** The phase or feedback arc a statement rates, from the fact it cites. */
export function subjectOf(statement: CheckStatement): CheckSubject {
  const { source } = statement;
  return source.kind === 'failure-mode' ? { kind: 'phase', id: source.phase } : { kind: 'arc', id: source.arc };
}

/**
 * The text of the fact a statement cites: the phase's failure mode, or what the arc does when it
 * works or breaks. Throws, naming the statement, when the fact does not exist.
 */
export function citedFact(statement: CheckStatement): string {
  const { source } = statement;
  if (source.kind === 'arc') return getFeedbackArc(source.arc)[source.fact];
  const found = getPhase(source.phase).failureModes.find((mode) => mode.id === source.failureMode);
  if (!found) {
    throw new Error(`The statement "${statement.text}" cites failure mode "${source.failureMode}" of ${source.phase}, which does not exist.`);
  }
  return found.text;
}

/** The statements that rate a subject, in list order, with their place in the list. */
export function statementsAbout(subject: CheckSubject): { statement: CheckStatement; index: number }[] {
  return checkStatements.flatMap((statement, index) => {
    const about = subjectOf(statement);
    return about.kind === subject.kind && about.id === subject.id ? [{ statement, index }] : [];
  });
}

/** Every subject of the loop check: the phases in loop order, then the feedback arcs in the seed's order. */
export const checkSubjects: readonly CheckSubject[] = [
  ...PHASE_IDS.map((id): CheckSubject => ({ kind: 'phase', id })),
  ...FEEDBACK_ARC_IDS.map((id): CheckSubject => ({ kind: 'arc', id })),
];

/** A loop-check subject by name: "③ Build & Collaborate" or "⑥ → ② Learnings reshape priorities". */
export const subjectName = (subject: CheckSubject): string =>
  subject.kind === 'phase' ? phaseLabel(getPhase(subject.id)) : arcTitle(getFeedbackArc(subject.id));

/** Every feedback arc has the same number of statements, which the check page states (an invariant test checks it). */
export const STATEMENTS_PER_ARC = Math.max(...FEEDBACK_ARC_IDS.map((id) => statementsAbout({ kind: 'arc', id }).length));
