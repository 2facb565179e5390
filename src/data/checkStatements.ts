/**
 * The loop check's statements: one for each failure mode a phase's guide names, and two for each
 * feedback arc (what the seed says happens when it works, and when it is broken). Each is written so
 * that agreeing means the loop is healthy there, and each cites the fact it comes from.
 *
 * Only the wording and what each statement rates live here, so the pages that show the statements
 * (/check, and the role guides, which list the ones that concern a group) can import them without
 * the rest of the check (src/data/check.ts: the version, the practices, the scale). Lint keeps every
 * other page and shared component from importing this file. A shared link stores the answers in this
 * order, so a change to the list needs a new CHECK_VERSION (src/data/check.ts).
 */
import type { FeedbackArcId, PhaseId } from './index';

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

/** What a loop-check statement rates: a phase, or a feedback arc. */
export type CheckSubject = { readonly kind: 'phase'; readonly id: PhaseId } | { readonly kind: 'arc'; readonly id: FeedbackArcId };

/** The phase or feedback arc a statement rates, from the fact it cites. */
export function subjectOf(statement: CheckStatement): CheckSubject {
  const { source } = statement;
  return source.kind === 'failure-mode' ? { kind: 'phase', id: source.phase } : { kind: 'arc', id: source.arc };
}

/** The statements that rate a subject, in list order, with their place in the list. */
export function statementsAbout(subject: CheckSubject): { statement: CheckStatement; index: number }[] {
  return checkStatements.flatMap((statement, index) => {
    const about = subjectOf(statement);
    return about.kind === subject.kind && about.id === subject.id ? [{ statement, index }] : [];
  });
}
