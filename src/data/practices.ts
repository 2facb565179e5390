/**
 * What to try: for each failure mode of a phase and each feedback arc, one to three practices, each
 * drawn from a DORA capability article or a chapter of Google's SRE books. The selection and the
 * first steps are the site's (our own words), not DORA's or Google's; the source is the article a
 * practice comes from. The starting point was shared/reference/practices.md §5; where this file
 * departs from it, a comment says why.
 *
 * The relation is stored once, from the failure mode or arc to its practices; what a practice
 * addresses is derived (`targetsOfPractice`). Imported from here (`@site/src/data/practices`), not from
 * the data index, so pages that do not show practices do not load them.
 */
import { FEEDBACK_ARC_IDS, feedbackArcs, type FeedbackArcId } from './arcs';
import type { GuidedMeasureId } from './measureIds';
import { doraTable } from './mapping';
import { PHASE_IDS, phases, type Person, type PhaseId } from './phases';
import type { PracticeSource } from './practiceSources';
import type { RoleGroupId } from './roleGroups';

export { SOURCE_KIND_IDS, sourceKinds, type PracticeSource, type SourceKind } from './practiceSources';

const dora = (dir: string, title: string, aiModelName?: string): PracticeSource => ({
  title,
  url: `https://dora.dev/capabilities/${dir}/`,
  kind: 'dora-capability',
  ...(aiModelName === undefined ? {} : { aiModelName }),
});

/** Every source used below, once, so that a title is never typed twice. */
const SOURCES = {
  aiAccessibleData: dora('ai-accessible-internal-data', 'AI-accessible internal data', 'AI-accessible internal data'),
  continuousIntegration: dora('continuous-integration', 'Continuous integration'),
  customerFeedback: dora('customer-feedback', 'Customer feedback'),
  learningCulture: dora('learning-culture', 'Learning culture'),
  monitoringAndObservability: dora('monitoring-and-observability', 'Monitoring and observability'),
  monitoringSystems: dora('monitoring-systems', 'Monitoring systems to inform business decisions'),
  pervasiveSecurity: dora('pervasive-security', 'Pervasive security'),
  platformEngineering: dora('platform-engineering', 'Platform engineering', 'Quality internal platform'),
  proactiveFailureNotification: dora('proactive-failure-notification', 'Proactive failure notification'),
  streamliningChangeApproval: dora('streamlining-change-approval', 'Streamlining change approval'),
  teamExperimentation: dora('team-experimentation', 'Team experimentation'),
  testAutomation: dora('test-automation', 'Test automation'),
  testDataManagement: dora('test-data-management', 'Test data management'),
  transformationalLeadership: dora('transformational-leadership', 'Transformational leadership'),
  trunkBasedDevelopment: dora('trunk-based-development', 'Trunk-based development'),
  userCentricFocus: dora('user-centric-focus', 'User-centric focus', 'User-centric focus'),
  valueStreamVisibility: dora('work-visibility-in-value-stream', 'Visibility of work in the value stream'),
  wipLimits: dora('wip-limits', 'Work in process limits'),
  smallBatches: dora('working-in-small-batches', 'Working in small batches', 'Working in small batches'),
  sreEliminatingToil: {
    title: 'Eliminating Toil',
    url: 'https://sre.google/sre-book/eliminating-toil/',
    kind: 'sre-book',
    part: 'Chapter 5',
  },
  sreMonitoringDistributedSystems: {
    title: 'Monitoring Distributed Systems',
    url: 'https://sre.google/sre-book/monitoring-distributed-systems/',
    kind: 'sre-book',
    part: 'Chapter 6',
  },
  srePostmortemCulture: {
    title: 'Postmortem Culture: Learning from Failure',
    url: 'https://sre.google/sre-book/postmortem-culture/',
    kind: 'sre-book',
    part: 'Chapter 15',
  },
  workbookImplementingSlos: {
    title: 'Implementing SLOs',
    url: 'https://sre.google/workbook/implementing-slos/',
    kind: 'sre-workbook',
    part: 'Chapter 2',
  },
  workbookMonitoring: { title: 'Monitoring', url: 'https://sre.google/workbook/monitoring/', kind: 'sre-workbook', part: 'Chapter 4' },
  workbookEliminatingToil: {
    title: 'Eliminating Toil',
    url: 'https://sre.google/workbook/eliminating-toil/',
    kind: 'sre-workbook',
    part: 'Chapter 6',
  },
  workbookPostmortemCulture: {
    title: 'Postmortem Culture: Learning from Failure',
    url: 'https://sre.google/workbook/postmortem-culture/',
    kind: 'sre-workbook',
    part: 'Chapter 10',
  },
  workbookErrorBudgetPolicy: {
    title: 'Example Error Budget Policy',
    url: 'https://sre.google/workbook/error-budget-policy/',
    kind: 'sre-workbook',
    part: 'Appendix B',
  },
} as const satisfies Record<string, PracticeSource>;

/** How to tell a practice is working, paraphrased from its source's "how to measure". */
export interface Evidence {
  /** What to watch, in our words. */
  readonly signal: string;
  /** The metric guide (/docs/metrics/<id>) that shows the change, where one of ours fits. */
  readonly measure?: GuidedMeasureId;
}

interface PracticeSpec {
  /** Unique, kebab-case. */
  readonly id: string;
  /** A short imperative name. */
  readonly name: string;
  /** One or two sentences, our own words: what to do first. */
  readonly firstStep: string;
  readonly source: PracticeSource;
  readonly evidence?: Evidence;
}

const practiceSpecs = [
  // ── Product and strategy ────────────────────────────────────────────────────────────────────────
  {
    id: 'validate-before-building',
    name: 'Validate the problem before you build',
    firstStep:
      'Before a feature is scheduled, check with the people who have the problem that it is real, and put a rough prototype in front of them. Be ready to drop the idea: the article cites data that only about a third of features improve the outcome they aim at.',
    source: SOURCES.customerFeedback,
    evidence: { signal: 'Features are prototyped and tried with users before they are built, and what you learn changes what gets built.' },
  },
  {
    id: 'user-outcomes-beside-delivery',
    name: 'Show user outcomes next to delivery metrics',
    firstStep:
      'Put one or two user measures, such as task completion, adoption or satisfaction, on the same dashboard as your delivery figures. Review them together whenever you review speed.',
    source: SOURCES.userCentricFocus,
    evidence: {
      signal: 'User feedback leads, more often, to a change of priority or of a spec; adoption, retention and satisfaction of what you ship are known.',
      measure: 'space-performance',
    },
  },
  {
    id: 'experiment-toward-outcomes',
    name: 'Let teams experiment toward an agreed outcome',
    firstStep:
      'Agree with the team on the outcome that matters, then let it try ideas with real users and adjust the design as it learns, without asking outside permission for each change.',
    source: SOURCES.teamExperimentation,
    evidence: { signal: 'Team members agree that they can try new ideas, and change stories and specs, without asking anyone outside the team.' },
  },
  {
    id: 'map-the-value-stream',
    name: 'Map the whole value stream',
    firstStep:
      'With people from every step, draw how work really travels from idea to customer in 5 to 15 boxes, noting for each its elapsed time, its working time and how often the next step can use its output without rework (%C/A). Then improve the worst box, not only your own.',
    source: SOURCES.valueStreamVisibility,
    evidence: { signal: 'A current map is available to everyone, and each team can see the lead time and %C/A of its own steps.' },
  },
  {
    id: 'production-data-in-decisions',
    name: 'Bring production data to planning',
    firstStep:
      'Take a few production and usage figures to the meetings where priorities are set, each with its context: what you expected, and how it compares with earlier periods.',
    source: SOURCES.monitoringSystems,
    evidence: { signal: 'People agree that application-performance and infrastructure data are used to make business decisions.' },
  },
  {
    id: 'customer-success-metrics',
    name: 'Define success by what customers do',
    firstStep:
      'For each feature, write down the change in customer behaviour it should cause, such as more sign-ups that become active users, and check it after release with a funnel or an A/B test.',
    source: SOURCES.customerFeedback,
    evidence: {
      signal: 'Satisfaction and outcome figures are shared widely and acted on, and features change because of what they show.',
      measure: 'space-performance',
    },
  },
  {
    id: 'measurable-relative-goals',
    name: 'State the strategy as measurable goals',
    firstStep:
      'Express where you are heading as a few goals measured against where you are today, short enough that every team can repeat them from memory.',
    source: SOURCES.transformationalLeadership,
    evidence: { signal: 'Anyone on the team can describe the goals, the same way, without looking them up.' },
  },
  {
    id: 'one-ordered-list',
    name: 'Rank all work in one list',
    firstStep:
      'Hold a regular meeting where stakeholders put all work, support and technical debt included, into a single order of priority. Cap the work in progress so the top items finish first.',
    source: SOURCES.wipLimits,
    evidence: { signal: 'Lead time from idea to customer, and how much it varies, goes down; the limits expose obstacles that then get removed.' },
  },

  // ── Shaping work ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'stories-as-conversations',
    name: 'Treat a story as the start of a conversation',
    firstStep:
      'Write each story around the problem or outcome, not a solution, and let the people building it talk to whoever wrote it and change the spec while they work.',
    source: SOURCES.teamExperimentation,
    evidence: { signal: 'Team members agree that they can write and change specifications during development without outside permission.' },
  },
  {
    id: 'small-testable-slices',
    name: 'Slice work into small, testable pieces',
    firstStep:
      'Split each feature into pieces of hours or days that are independent, open to renegotiation and come with a check that says when they are done. Split again anything likely to take more than a week.',
    source: SOURCES.smallBatches,
    evidence: {
      signal: 'More features are finished within a week, and you can release before a whole feature is complete.',
      measure: 'dora-deployment-frequency',
    },
  },
  {
    id: 'spec-before-code',
    name: 'Write the spec before the code',
    firstStep:
      'Turn the user need and its constraints into a short written spec before coding starts, and use it as the brief for people and AI agents alike.',
    source: SOURCES.userCentricFocus,
  },
  {
    id: 'let-scope-change',
    name: 'Let the design follow the real problem',
    firstStep:
      'When building shows the problem is bigger than designed, take it back to whoever shaped the work instead of waving it off as scope creep, and let the team change the design.',
    source: SOURCES.customerFeedback,
    evidence: { signal: 'Features change because of what research and feedback show.' },
  },

  // ── Building and reviewing ──────────────────────────────────────────────────────────────────────
  {
    id: 'engineers-in-user-research',
    name: 'Bring engineers into user research',
    firstStep: 'Invite the engineers who will build a feature to user interviews or observation sessions before they design it.',
    source: SOURCES.userCentricFocus,
  },
  {
    id: 'curated-ai-context',
    name: 'Give AI assistants only relevant context',
    firstStep:
      'Hand the assistant the few relevant passages from a curated set of good sources, not whole documents or repositories. The article warns that overloading the context dilutes it and leads to hallucinated answers.',
    source: SOURCES.aiAccessibleData,
    evidence: { signal: 'Developers report less effort spent verifying AI output, and more prompts carry relevant internal context.' },
  },
  {
    id: 'small-ai-changes',
    name: 'Keep AI-generated changes small',
    firstStep:
      'Put the effort into breaking the task down and checking each result, and merge AI-generated code in changes small enough to review in one sitting.',
    source: SOURCES.smallBatches,
  },
  {
    id: 'review-small-changes-together',
    name: 'Review small changes together',
    firstStep:
      'Keep changes small and review them with the author, by pairing or straight after the work, rather than leaving large pull requests to wait for an asynchronous review.',
    source: SOURCES.trunkBasedDevelopment,
    evidence: { signal: 'The time to approve a change goes down, the slowest approvals most of all.', measure: 'dora-change-lead-time' },
  },
  {
    id: 'flag-high-risk-changes',
    name: 'Give risky changes extra scrutiny',
    firstStep:
      'Back every peer review with automated tests, and mark the changes that carry most risk so that they get a deeper review than routine ones.',
    source: SOURCES.streamliningChangeApproval,
    evidence: { signal: 'Changes wait less for approval, and which ones need manual approval depends on their risk.', measure: 'dora-change-lead-time' },
  },

  // ── Testing and CI ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'test-every-change',
    name: 'Test everything new or changed',
    firstStep:
      'On existing code, write a handful of acceptance tests for the most valuable paths, then make a test part of every new or changed piece of work.',
    source: SOURCES.testAutomation,
    evidence: { signal: 'Over time, fewer bugs are found in production and more in earlier stages.', measure: 'dora-change-fail-rate' },
  },
  {
    id: 'tests-on-every-commit',
    name: 'Run tests on every commit',
    firstStep:
      'Make every commit trigger a build and a set of quick, reliable tests, starting with a few that cover your most valuable functionality.',
    source: SOURCES.continuousIntegration,
    evidence: { signal: 'Nearly every commit is built and tested automatically, and most daily builds pass.' },
  },
  {
    id: 'test-for-each-escape',
    name: 'Add a test for every escaped defect',
    firstStep:
      'When a defect reaches production, write the test that would have caught it, at the fastest level that can, and fix the pipeline stage that let it through.',
    source: SOURCES.testAutomation,
    evidence: { signal: 'The share of bugs found in production, compared with earlier stages, goes down.', measure: 'dora-change-fail-rate' },
  },
  {
    id: 'fix-or-remove-flaky-tests',
    name: 'Fix or remove flaky tests',
    firstStep:
      'Treat a test that fails without a real defect as a bug: fix it or delete it. A small suite the team trusts is worth more than a large one it ignores.',
    source: SOURCES.testAutomation,
    evidence: { signal: 'Most test failures point to real defects rather than to badly written tests.' },
  },
  {
    id: 'speed-up-without-dropping-tests',
    name: 'Speed tests up without dropping them',
    firstStep:
      'If the tests on a commit take more than about ten minutes, make them faster, run them in parallel, or move the slow ones to a later pipeline stage, rather than deleting them.',
    source: SOURCES.continuousIntegration,
    evidence: { signal: 'Acceptance and performance test results reach developers within a day.' },
  },
  {
    id: 'isolated-test-data',
    name: 'Give each test its own data',
    firstStep:
      'Have each test create the little data it needs, through the application’s APIs, instead of sharing a copy of production, and prefer unit tests wherever they can do the job.',
    source: SOURCES.testDataManagement,
    evidence: { signal: 'More tests run without extra data set-up, and less time goes into managing test data.' },
  },
  {
    id: 'fix-broken-builds-first',
    name: 'Fix a broken build first',
    firstStep:
      'Post build results where the team talks, and make a failing build everyone’s first job: if it is not fixed within minutes, revert the change.',
    source: SOURCES.continuousIntegration,
    evidence: { signal: 'The time from a break to its fix or revert gets shorter.' },
  },

  // ── Operating ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'monitor-what-users-see',
    name: 'Monitor what users experience',
    firstStep:
      'Before a change ships, make sure you can see what users experience and any unexpected side effect of the change. Keep the monitoring configuration in version control, reviewed and deployed like code.',
    source: SOURCES.monitoringAndObservability,
    evidence: { signal: 'Postmortems lead to new alerts on symptoms, and problems are detected sooner.', measure: 'dora-failed-deployment-recovery-time' },
  },
  {
    id: 'golden-signals',
    name: 'Watch the four golden signals',
    firstStep:
      'For each user-facing service, track latency, traffic, errors and saturation, and page people on symptoms users feel rather than on internal causes.',
    source: SOURCES.sreMonitoringDistributedSystems,
  },
  {
    id: 'compare-before-and-after',
    name: 'Compare before and after each change',
    firstStep:
      'Set up a view of each service’s behaviour just before and just after a release, so that a change that makes things worse shows at once.',
    source: SOURCES.workbookMonitoring,
  },
  {
    id: 'explorable-production',
    name: 'Make production explorable',
    firstStep:
      'Instrument services so that, during an incident, engineers can ask new questions of production and correlate signals across the stack. Make sure everyone on the team can use these tools, not one specialist.',
    source: SOURCES.monitoringAndObservability,
    evidence: { signal: 'The time to detect a failure and the time to restore service both go down.', measure: 'dora-failed-deployment-recovery-time' },
  },
  {
    id: 'triage-data-as-metrics',
    name: 'Turn triage data into metrics',
    firstStep:
      'Note what responders dig out of logs during an incident, such as error codes, and record it as metrics so that it is on a dashboard before the next one.',
    source: SOURCES.workbookMonitoring,
  },
  {
    id: 'track-toil-as-bugs',
    name: 'Track toil like bugs',
    firstStep:
      'Measure how much time goes to manual, repetitive operations work, file each source as a bug and rank them by cost to fix against time saved. Ask management to protect the time to fix the top ones.',
    source: SOURCES.workbookEliminatingToil,
    evidence: { signal: 'The measured share of time spent on toil goes down.' },
  },
  {
    id: 'cap-operational-work',
    name: 'Cap operational work',
    firstStep:
      'Agree a ceiling on the share of an operations team’s time that goes to toil (Google’s SRE teams use half) and treat going over it as a signal to automate.',
    source: SOURCES.sreEliminatingToil,
    evidence: { signal: 'Toil stays below the agreed share of the team’s time.' },
  },
  {
    id: 'self-service-paths',
    name: 'Replace tickets with self-service paths',
    firstStep:
      'Find the operations request that most often arrives as a ticket and offer it as a self-service path, run as a product that listens to its users.',
    source: SOURCES.platformEngineering,
    evidence: { signal: 'Developers rate the platform higher, and teams adopt the paths and keep using them.', measure: 'essp-engineering-tooling-satisfaction' },
  },

  // ── Learning from production ────────────────────────────────────────────────────────────────────
  {
    id: 'share-postmortems-widely',
    name: 'Share postmortems widely',
    firstStep:
      'Announce each postmortem beyond the team that wrote it, and start a regular reading club or a role-play of past outages so that people meet the lessons.',
    source: SOURCES.workbookPostmortemCulture,
    evidence: { signal: 'Postmortem action items get closed, and people are recognised for closing them.' },
  },
  {
    id: 'review-every-postmortem',
    name: 'Review every postmortem',
    firstStep:
      'Agree in advance which events always get a postmortem, and make sure that none is closed before it has been reviewed.',
    source: SOURCES.srePostmortemCulture,
  },
  {
    id: 'blameless-learning-habit',
    name: 'Make learning a regular, blameless habit',
    firstStep:
      'Hold postmortems without blame, and set a regular slot, such as a monthly lunch talk, where teams share what they have learned.',
    source: SOURCES.learningCulture,
    evidence: { signal: 'People agree that learning is treated as an investment, not an expense.' },
  },
  {
    id: 'owned-action-items',
    name: 'Give every action item an owner',
    firstStep:
      'Write each postmortem action item with an owner, a priority and a measurable end state that prevents a repeat, and track it to completion like any other work.',
    source: SOURCES.workbookPostmortemCulture,
  },
  {
    id: 'predictive-alerts',
    name: 'Alert on what would have warned you',
    firstStep:
      'In each postmortem, name the indicators that would have warned you before the incident, and add alerts that fire as they approach their threshold.',
    source: SOURCES.proactiveFailureNotification,
    evidence: { signal: 'Each key metric is watched in at least two ways, such as a threshold and a rate of change.' },
  },
  {
    id: 'error-budget-policy',
    name: 'Agree an error budget policy',
    firstStep:
      'Agree SLOs with the product owner and stakeholders, and write down what happens when the error budget runs out, so that the choice between reliability work and features follows the data.',
    source: SOURCES.workbookImplementingSlos,
  },
  {
    id: 'recurring-outages-into-planning',
    name: 'Put recurring outages on the plan',
    firstStep:
      'Adopt a rule that any class of outage using up a large share of a quarter’s error budget puts a top-priority item on the next quarter’s plan; the workbook’s example policy sets that share at 20%.',
    source: SOURCES.workbookErrorBudgetPolicy,
  },
  {
    id: 'done-when-validated',
    name: 'Call work done when feedback validates it',
    firstStep:
      'Count a piece of work as finished only once it runs in production and you have feedback that tests the hypothesis behind it.',
    source: SOURCES.smallBatches,
  },
] as const satisfies readonly PracticeSpec[];

export type PracticeId = (typeof practiceSpecs)[number]['id'];

export interface Practice extends PracticeSpec {
  readonly id: PracticeId;
}

/** Every practice, grouped by theme in the order above. */
export const practices: readonly Practice[] = practiceSpecs;

/** The most practices the site lists for one failure mode or arc. */
export const MAX_PRACTICES_PER_ENTRY = 3;

type OneToThree<T> = readonly [T] | readonly [T, T] | readonly [T, T, T];

/** The site knows of no source for this failure mode: said plainly instead of an unsourced practice. */
export interface NoneKnown {
  readonly kind: 'none-known';
  /** Why, in one or two sentences. */
  readonly note: string;
  /** Articles close to the subject that do NOT address this failure mode; shown as such, never as practices. */
  readonly nearest?: readonly PracticeSource[];
}

type EntrySpec = OneToThree<PracticeId> | NoneKnown;

/** Each phase's failure modes (keyed by their ids in phases.ts) and what to try for each. */
const byFailureMode = {
  discover: {
    'wrong-thing': ['validate-before-building', 'user-outcomes-beside-delivery', 'experiment-toward-outcomes'],
    'local-optimization': ['map-the-value-stream', 'production-data-in-decisions', 'customer-success-metrics'],
    // The sheet's first item, the guide "How to transform your organization", has no URL in the references: left out.
    'abstract-strategy': ['measurable-relative-goals', 'one-ordered-list'],
  },
  shape: {
    'vague-requirements': ['stories-as-conversations', 'small-testable-slices', 'spec-before-code'],
    // The sheet's Well-being (rework) only defines rework, with no practice; Customer feedback's point here is
    // validating the problem, not ticket clarity. Stories as conversations give developers someone to ask instead.
    'ambiguous-tickets': ['map-the-value-stream', 'stories-as-conversations'],
    // Error budgets settle only the reliability-versus-features slice of prioritisation.
    'loudest-voice': ['one-ordered-list', 'user-outcomes-beside-delivery', 'error-budget-policy'],
  },
  build: {
    // The sheet's Team experimentation item (observe customers) repeats User-centric focus's; its "specs before
    // code" is kept as its own practice instead.
    'coding-first': ['validate-before-building', 'engineers-in-user-research', 'spec-before-code'],
    // No source says that sharing one context between research and implementation causes errors; "context rot"
    // (overloaded context) is the nearest. The insight "Balancing AI tensions" has no URL in the references.
    'shared-context': ['curated-ai-context', 'small-ai-changes'],
    // The insights "Balancing AI tensions" and "Understanding builder intent in the AI era" have no URL in the references.
    'review-without-intent': ['review-small-changes-together', 'flag-high-risk-changes'],
  },
  verify: {
    // The sheet's Code maintainability item is not backed by its own paraphrase of the article (which does not
    // mention test coverage); Test automation's rule for escaped defects closes coverage gaps directly.
    'coverage-gaps': ['test-every-change', 'tests-on-every-commit', 'test-for-each-escape'],
    'speed-over-quality': ['fix-or-remove-flaky-tests', 'speed-up-without-dropping-tests', 'isolated-test-data'],
    // The sheet's three candidates only "transfer" by analogy (test and alert false positives); none is about scanners.
    'false-positives': {
      kind: 'none-known',
      note: 'None of the sources this site draws on covers triaging the false positives of security scanners, so the site has no practice to suggest. DORA’s Pervasive security article is the nearest: it brings security specialists into design and automated security testing, but does not discuss false positives.',
      nearest: [SOURCES.pervasiveSecurity],
    },
  },
  release: {
    'no-observability': ['monitor-what-users-see', 'golden-signals', 'compare-before-and-after'],
    // The sheet's SRE chapter "Effective Troubleshooting" was not re-read (only its part's introduction): left out.
    'slow-diagnosis': ['explorable-production', 'triage-data-as-metrics'],
    toil: ['track-toil-as-bugs', 'cap-operational-work', 'self-service-paths'],
  },
  learn: {
    'unread-postmortems': ['share-postmortems-widely', 'review-every-postmortem', 'blameless-learning-habit'],
    'open-loop': ['recurring-outages-into-planning', 'error-budget-policy', 'production-data-in-decisions'],
    'unknown-impact': ['customer-success-metrics', 'user-outcomes-beside-delivery', 'done-when-validated'],
  },
} as const satisfies Record<PhaseId, Readonly<Record<string, EntrySpec>>>;

/** What to try on each feedback arc. */
const byArc = {
  // Monitoring systems (operations data flowing up to product decisions) replaces the sheet's Team
  // experimentation, which is about a team's autonomy more than about learnings reaching priorities.
  'learn-to-shape': ['user-outcomes-beside-delivery', 'recurring-outages-into-planning', 'production-data-in-decisions'],
  // The seed blames slow or noisy CI, so the CI speed and flaky-test practices replace the sheet's Continuous
  // delivery item (which restates CI's fix-first rule) and Test automation's "push bugs down".
  'verify-to-build': ['fix-broken-builds-first', 'fix-or-remove-flaky-tests', 'speed-up-without-dropping-tests'],
  'release-to-verify': ['test-for-each-escape', 'predictive-alerts', 'owned-action-items'],
  'build-to-shape': ['stories-as-conversations', 'let-scope-change', 'small-testable-slices'],
} as const satisfies Record<FeedbackArcId, EntrySpec>;

/** What to try, resolved: the practices, or the site's plain statement that it knows of none. */
export type WhatToTry = { readonly kind: 'practices'; readonly practices: readonly Practice[] } | NoneKnown;

/** A failure mode, by its phase and its id in phases.ts. */
export interface FailureModeRef {
  readonly phase: PhaseId;
  readonly failureMode: string;
}

/** What a practice addresses: a failure mode or a feedback arc. */
export type PracticeTarget = ({ readonly kind: 'failure-mode' } & FailureModeRef) | { readonly kind: 'arc'; readonly arc: FeedbackArcId };

const practiceById: ReadonlyMap<string, Practice> = new Map(practices.map((practice) => [practice.id, practice]));

export const isPracticeId = (value: string): value is PracticeId => practiceById.has(value);

/** The practice with this id; throws, naming it, when there is none (MDX props are not type-checked). */
export function getPractice(id: string): Practice {
  const practice = practiceById.get(id);
  if (practice === undefined) throw new Error(`Unknown practice id "${id}": see the ids in src/data/practices.ts`);
  return practice;
}

const resolve = (entry: EntrySpec): WhatToTry =>
  'kind' in entry ? entry : { kind: 'practices', practices: entry.map((id) => getPractice(id)) };

const failureModeKey = (phase: PhaseId, failureMode: string): string => `${phase}/${failureMode}`;

const entryByFailureMode: ReadonlyMap<string, EntrySpec> = new Map(
  PHASE_IDS.flatMap((phase) =>
    Object.entries<EntrySpec>(byFailureMode[phase]).map(([failureMode, entry]) => [failureModeKey(phase, failureMode), entry] as const),
  ),
);

/** Every failure mode this file gives practices for, phase by phase in loop order. */
export const failureModesWithPractices: readonly FailureModeRef[] = PHASE_IDS.flatMap((phase) =>
  Object.keys(byFailureMode[phase]).map((failureMode) => ({ phase, failureMode })),
);

/** What to try for a phase's failure mode; throws, naming it, for an id this file does not know. */
export function whatToTryForFailureMode(phase: PhaseId, failureMode: string): WhatToTry {
  const entry = entryByFailureMode.get(failureModeKey(phase, failureMode));
  if (entry === undefined) {
    throw new Error(`Unknown failure mode "${failureMode}" of phase "${phase}": add it to byFailureMode in src/data/practices.ts`);
  }
  return resolve(entry);
}

/** What to try on a feedback arc; throws, naming it, for an unknown arc id. */
export function whatToTryForArc(arc: FeedbackArcId): WhatToTry {
  if (!(FEEDBACK_ARC_IDS as readonly string[]).includes(arc)) throw new Error(`Unknown feedback arc "${arc}"`);
  return resolve(byArc[arc]);
}

const practicesOf = (whatToTry: WhatToTry): readonly Practice[] => (whatToTry.kind === 'practices' ? whatToTry.practices : []);

/** The practices for a failure mode: empty when the site knows of none (see `whatToTryForFailureMode`). */
export const practicesForFailureMode = (phase: PhaseId, failureMode: string): readonly Practice[] =>
  practicesOf(whatToTryForFailureMode(phase, failureMode));

/** The practices for a feedback arc. */
export const practicesForArc = (arc: FeedbackArcId): readonly Practice[] => practicesOf(whatToTryForArc(arc));

/** What a practice addresses, failure modes in loop order first, then arcs in the seed's order. */
export function targetsOfPractice(id: PracticeId): readonly PracticeTarget[] {
  const has = (whatToTry: WhatToTry): boolean => practicesOf(whatToTry).some((practice) => practice.id === id);
  return [
    ...failureModesWithPractices
      .filter((ref) => has(whatToTryForFailureMode(ref.phase, ref.failureMode)))
      .map((ref): PracticeTarget => ({ kind: 'failure-mode', ...ref })),
    ...FEEDBACK_ARC_IDS.filter((arc) => has(whatToTryForArc(arc))).map((arc): PracticeTarget => ({ kind: 'arc', arc })),
  ];
}

/**
 * Who closes each feedback arc: the people, by their names in phases.ts, at the arc's two ends. The
 * selection is the site's reading of the seed, which says "developers" fix what CI finds and take scope
 * questions back to "the shaper". Left out: CI/CD systems (not people), Leadership (the seed gives it
 * strategy, the ⑥→① step), Technical Writers (they do not write the code CI checks) and, on ⑤→④, the
 * release-side roles who do not meet incidents first and the Security teams who do not write tests.
 */
const arcClosers = {
  'learn-to-shape': { from: ['Product teams', 'Engineering teams'], to: ['Product Managers', 'Tech Leads', 'TPMs', 'Engineering Managers'] },
  'verify-to-build': { from: ['Engineers', 'Security teams'], to: ['Software Engineers', 'DevOps Engineers', 'Data Scientists'] },
  'release-to-verify': { from: ['SREs', 'on-call engineers'], to: ['Engineers'] },
  'build-to-shape': {
    from: ['Software Engineers', 'DevOps Engineers', 'Data Scientists'],
    to: ['Product Managers', 'Tech Leads', 'TPMs', 'Engineering Managers'],
  },
} as const satisfies Record<FeedbackArcId, { readonly from: readonly string[]; readonly to: readonly string[] }>;

/** One end of an arc: its phase and the people there who close the arc. */
export interface ArcEnd {
  readonly phase: PhaseId;
  readonly people: readonly Person[];
}

function peopleAt(phase: PhaseId, names: readonly string[]): readonly Person[] {
  const people = phases.find((p) => p.id === phase)?.people ?? [];
  const unknown = names.filter((name) => !people.some((person) => person.name === name));
  if (unknown.length > 0) throw new Error(`${unknown.map((name) => `"${name}"`).join(', ')} not among the people of phase "${phase}" in src/data/phases.ts`);
  return people.filter((person) => names.includes(person.name));
}

/** Who closes a feedback arc, at each end, as the Person records of phases.ts (seed order kept per end). */
export function closersOfArc(arc: FeedbackArcId): { readonly from: ArcEnd; readonly to: ArcEnd } {
  const found = feedbackArcs.find((a) => a.id === arc);
  if (found === undefined) throw new Error(`Unknown feedback arc "${arc}"`);
  const names = arcClosers[arc];
  return {
    from: { phase: found.from, people: peopleAt(found.from, names.from) },
    to: { phase: found.to, people: peopleAt(found.to, names.to) },
  };
}

/** How many metrics the loop check suggests watching after a change: at least two where the rule finds them, at most three. */
export const METRICS_TO_WATCH = { min: 2, max: 3 } as const;

/** The fallback when neither the practices nor the DORA table give two metrics: SPACE's satisfaction dimension. */
const SURVEY_FALLBACK: GuidedMeasureId = 'space-satisfaction';

/**
 * The rule that picks the metrics to watch, in words, for the page that applies it. Kept beside the
 * function so that the words and the rule change together.
 */
export const METRICS_TO_WATCH_RULE =
  'The site picks them by one fixed rule. First, the metric that each suggested practice names as the sign it is working, taking the practices of your lowest-rated statements first, up to three. If that gives fewer than two, it adds the DORA metrics the model maps to this phase (for an arc, to the phases at its two ends), those the model maps to the fewest phases first. If there are still fewer than two, it adds SPACE’s satisfaction and well-being, which a short survey of the team can measure.';

/**
 * The two or three metrics that would show a change first (the rule is METRICS_TO_WATCH_RULE):
 * `practicesInOrder` are the suggested practices, those of the lowest-rated statements first;
 * `phasesConcerned` the phase, or an arc's two ends.
 */
export function metricsToWatch(practicesInOrder: readonly Practice[], phasesConcerned: readonly PhaseId[]): GuidedMeasureId[] {
  const picked: GuidedMeasureId[] = [];
  const add = (id: GuidedMeasureId, upTo: number): void => {
    if (picked.length < upTo && !picked.includes(id)) picked.push(id);
  };
  for (const practice of practicesInOrder) {
    if (practice.evidence?.measure !== undefined) add(practice.evidence.measure, METRICS_TO_WATCH.max);
  }
  const mapped = doraTable
    .filter((row) => row.phases.some((phase) => phasesConcerned.includes(phase)))
    .map((row, order) => ({ row, order }))
    .sort((a, b) => a.row.phases.length - b.row.phases.length || a.order - b.order);
  for (const { row } of mapped) add(row.metric, METRICS_TO_WATCH.min);
  add(SURVEY_FALLBACK, METRICS_TO_WATCH.min);
  return picked;
}

/** A feedback arc a role group closes, and at which end the arc names its people. */
export interface ClosedArc {
  readonly arc: FeedbackArcId;
  /** Where the group's people stand: where the arc starts, where it lands, or both. */
  readonly ends: readonly ('from' | 'to')[];
  /** The group's people at those ends, by their records in phases.ts. */
  readonly people: readonly Person[];
}

/** The feedback arcs whose closers (closersOfArc) include people of this group, in the seed's order. */
export function arcsClosedBy(group: RoleGroupId): ClosedArc[] {
  return FEEDBACK_ARC_IDS.flatMap((arc) => {
    const closers = closersOfArc(arc);
    const ends = (['from', 'to'] as const).filter((end) => closers[end].people.some((person) => person.group === group));
    const people = ends.flatMap((end) => closers[end].people.filter((person) => person.group === group));
    return ends.length === 0 ? [] : [{ arc, ends, people }];
  });
}

/** How many practices a role guide puts under "What to try first". */
export const ROLE_PRACTICES = 3;

/** The rule for a role guide's "What to try first", in words, beside the function that applies it. */
export const ROLE_PRACTICES_RULE =
  'The site picks them by one rule: the first practice it lists for each feedback arc your group closes, then the first for each thing that can go wrong in your phases, in the loop’s order, until there are three.';

/** A role group's "What to try first" (ROLE_PRACTICES_RULE): up to three practices, without repeats. */
export function practicesToTryFirst(group: RoleGroupId): Practice[] {
  const firsts = [
    ...arcsClosedBy(group).map(({ arc }) => practicesForArc(arc)[0]),
    ...phases
      .filter((phase) => phase.people.some((person) => person.group === group))
      .flatMap((phase) => phase.failureModes.map((mode) => practicesForFailureMode(phase.id, mode.id)[0])),
  ];
  const picked: Practice[] = [];
  for (const practice of firsts) {
    if (practice !== undefined && picked.length < ROLE_PRACTICES && !picked.some((p) => p.id === practice.id)) picked.push(practice);
  }
  return picked;
}

// ── What one page shows ─────────────────────────────────────────────────────────────────────────────
// A phase guide shows its own phase's practices, the feedback arcs page the arcs', and a role guide its
// group's (rolePractices, below). src/plugins/
// pagePractices.ts resolves these at build time into one small JSON module per page, which the page's
// MDX imports and passes to its component: the page then ships its own practices, not all of them.

/** A phase guide's "What to try": each of the phase's failure modes (in phases.ts order) and what to try for it. */
export interface PhasePractices {
  readonly phase: PhaseId;
  readonly failureModes: readonly { readonly id: string; readonly whatToTry: WhatToTry }[];
}

/** What the phase guide of `phase` shows under "What to try". */
export function phasePractices(phase: PhaseId): PhasePractices {
  const found = phases.find((p) => p.id === phase);
  if (found === undefined) throw new Error(`Unknown phase "${phase}"`);
  return { phase, failureModes: found.failureModes.map((mode) => ({ id: mode.id, whatToTry: whatToTryForFailureMode(phase, mode.id) })) };
}

/** The feedback arcs page's parts for each arc: who closes it and what to try, in the seed's order. */
export interface ArcPractices {
  readonly arcs: readonly { readonly arc: FeedbackArcId; readonly closers: { readonly from: ArcEnd; readonly to: ArcEnd }; readonly whatToTry: WhatToTry }[];
}

/** What the feedback arcs page shows for each arc. */
export const arcPractices = (): ArcPractices => ({
  arcs: FEEDBACK_ARC_IDS.map((arc) => ({ arc, closers: closersOfArc(arc), whatToTry: whatToTryForArc(arc) })),
});

/** A role guide's practices: the arcs the group closes, what to try first, and the rule that picked them. */
export interface RolePractices {
  readonly group: RoleGroupId;
  readonly closed: readonly ClosedArc[];
  readonly tryFirst: readonly Practice[];
  readonly rule: string;
}

/** What the role guide of `group` shows from the practices. */
export const rolePractices = (group: RoleGroupId): RolePractices => ({
  group,
  closed: arcsClosedBy(group),
  tryFirst: practicesToTryFirst(group),
  rule: ROLE_PRACTICES_RULE,
});
