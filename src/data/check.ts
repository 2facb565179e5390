/**
 * The loop check: its version, scale, the statement list's earlier versions, and what each statement
 * leads to (the fact it cites, what to try). The statements themselves are in ./checkStatements,
 * re-exported here. A shared link stores the answers in the list's order, so a change to the list
 * needs a new CHECK_VERSION.
 */
import {
  arcTitle,
  FEEDBACK_ARC_IDS,
  getFeedbackArc,
  getPhase,
  PHASE_IDS,
  phaseLabel,
} from './index';
import { whatToTryForArc, whatToTryForFailureMode, type WhatToTry } from './practices';
import { checkStatements, statementsAbout, subjectOf, type CheckStatement, type CheckSubject } from './checkStatements';

export { checkStatements, statementsAbout, subjectOf };
export type { CheckStatement, CheckSubject, StatementSource } from './checkStatements';

// The loop check is imported from here (`@site/src/data/check`), not from the data index, so only
// /check ships it: the index goes into the chunk every page loads. The DORA figures the check asks
// for are the DORA metrics' survey questions (measures.ts).

/** The version of the statement list that links and saved checks record. */
export const CHECK_VERSION = 2;

/** The five-point agreement scale, from 1 (strongly disagree) to 5 (strongly agree). */
export const AGREEMENT_SCALE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'] as const;
/** The sixth choice, which counts toward no score. */
export const DONT_KNOW = 'Don’t know';

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
