/**
 * The phases of the Value Delivery Loop, in loop order.
 * Facts come from the seed (shared/seed/value-delivery-loop.txt); the sentences are our own.
 */
import type { RoleGroupId } from './roleGroups';

/** Phase ids in loop order: the order of this tuple is the forward flow ① → ⑥. */
export const PHASE_IDS = ['discover', 'shape', 'build', 'verify', 'release', 'learn'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];
export const isPhaseId = (value: string): value is PhaseId => (PHASE_IDS as readonly string[]).includes(value);

/** A role the seed names under a phase's "Who is involved". */
export interface Person {
  /** The name exactly as the seed writes it there, e.g. "business stakeholders". */
  readonly name: string;
  /** What the seed says they do in this phase, when it says (its parenthesis: "writing tests"). */
  readonly does?: string;
  /** The role group this name belongs to: every name belongs to exactly one. */
  readonly group: RoleGroupId;
}

/** One thing the seed says can go wrong in a phase. */
export interface FailureMode {
  /** Unique within its phase, e.g. "wrong-thing". */
  readonly id: string;
  readonly text: string;
}

export interface PhaseDetails {
  /** Full name, exactly as in the seed, e.g. "Discover & Strategize". */
  readonly name: string;
  /** One-word name used where space is short (diagram, SPACE matrix header). */
  readonly shortName: string;
  /** One sentence for cards and link descriptions. */
  readonly summary: string;
  /** What happens in this phase. */
  readonly whatHappens: readonly string[];
  /** The work products this phase produces or maintains. */
  readonly keyArtifacts: readonly string[];
  /** Roles involved, as the seed names them, in its order. */
  readonly people: readonly Person[];
  /** A remark about who is involved, when the seed makes one. */
  readonly peopleNote?: string;
  /** What can go wrong, each failure mode the seed names; ids are stable, so the loop check can cite them. */
  readonly failureModes: readonly FailureMode[];
  /** Where HVE-Core helps. */
  readonly hveCoreHelps: readonly string[];
  /** The seed's remark on how much HVE-Core covers this phase. */
  readonly hveCoreOutlook?: string;
  /** The seed's tip, when it has one. */
  readonly tip?: string;
}

const details = {
  discover: {
    name: 'Discover & Strategize',
    shortName: 'Discover',
    summary: 'Decide what the organization should invest in.',
    whatHappens: [
      'The organization settles what is worth investing in. Product vision, market signals, competitive analysis and stakeholder alignment all feed that decision.',
    ],
    keyArtifacts: ['Roadmaps', 'OKRs', 'Opportunity backlogs'],
    people: [
      { name: 'Product leadership', group: 'product-leadership' },
      { name: 'business stakeholders', group: 'product-leadership' },
      { name: 'strategy teams', group: 'product-leadership' },
    ],
    failureModes: [
      { id: 'wrong-thing', text: 'The wrong thing gets built, and built perfectly.' },
      { id: 'local-optimization', text: 'Teams optimize their own corner while the product drifts away from what the market needs.' },
      { id: 'abstract-strategy', text: 'Strategy stays abstract: it is never turned into concrete, prioritized work items.' },
    ],
    hveCoreHelps: ['The risk register and the security plan creator support strategic assessment.'],
    hveCoreOutlook:
      'This phase has the most room to grow, so contributions here are especially impactful.',
  },
  shape: {
    name: 'Shape & Prioritize',
    shortName: 'Shape',
    summary: 'Turn needs and ideas into clear, prioritized work.',
    whatHappens: [
      'Business needs, user feedback and technical insights become structured, prioritized work items.',
      'Vague ideas are made concrete as requirements with acceptance criteria.',
      'Backlogs are groomed, deduplicated and organized into milestones or sprints.',
    ],
    keyArtifacts: [
      'Prioritized work items',
      'Requirements with acceptance criteria',
      'Groomed backlogs organized into milestones or sprints',
    ],
    people: [
      { name: 'Product Managers', group: 'product-management' },
      { name: 'Tech Leads', group: 'engineering' },
      { name: 'TPMs', group: 'product-management' },
      { name: 'Engineering Managers', group: 'engineering' },
    ],
    peopleNote: 'During sprint planning the whole team is sometimes involved.',
    failureModes: [
      { id: 'vague-requirements', text: 'Nobody invests time in shaping, so requirements stay vague.' },
      { id: 'ambiguous-tickets', text: 'Developers start from ambiguous tickets and fill the gaps with assumptions, which creates rework.' },
      { id: 'loudest-voice', text: 'Priorities are set by the loudest voice instead of a strategic framework.' },
    ],
    hveCoreHelps: [
      'PRD and BRD builders structure requirements through a guided conversation.',
      'The GitHub Backlog Manager runs a 4-step flow: discover → triage → sprint plan → execute.',
      'The ADO integration gives Azure DevOps teams the same capabilities.',
      'Architecture decision records and security plans capture technical choices early.',
    ],
    tip: 'This is HVE-Core’s second-deepest area: 20 artifacts across two complete backlog management flows. If your bottleneck is “turning ideas into actionable work,” start here.',
  },
  build: {
    name: 'Build & Collaborate',
    shortName: 'Build',
    summary: 'Research, plan, write and review the code together.',
    whatHappens: [
      'Engineers research the problem space, plan an approach, write the code and submit it for review.',
      'This is more than “coding”: it is a collaborative transfer of knowledge, to which code review, pair programming and documentation all contribute.',
    ],
    keyArtifacts: ['Code submitted for review', 'Code reviews', 'Documentation'],
    people: [
      { name: 'Software Engineers', group: 'engineering' },
      { name: 'DevOps Engineers', group: 'platform-operations' },
      { name: 'Data Scientists', group: 'data-science' },
      { name: 'Technical Writers', group: 'technical-writing' },
    ],
    failureModes: [
      { id: 'coding-first', text: 'Engineers start coding before they understand the problem.' },
      { id: 'shared-context', text: 'AI assistants produce plausible but incorrect code when research and implementation share one context.' },
      { id: 'review-without-intent', text: 'Review catches style issues but misses logic errors, because the reviewer lacks the context of the original intent.' },
    ],
    hveCoreHelps: [
      'The RPI workflow (Research → Plan → Implement → Review) keeps AI assistance separate for each step.',
      'Six language-specific instruction files apply coding conventions automatically.',
      'PR generation, code review and git operations are covered thoroughly.',
      'The data science pipeline covers everything from specification to dashboard testing.',
    ],
  },
  verify: {
    name: 'Verify & Integrate',
    shortName: 'Verify',
    summary: 'Prove that changes work, are safe and fit the rest of the system.',
    whatHappens: [
      'CI/CD pipelines run automated tests, static analysis and security scanning.',
      'Code coverage gates hold changes to quality thresholds.',
      'Integration tests check that a change works with the rest of the system.',
    ],
    keyArtifacts: ['Automated tests', 'Static analysis and security scan results', 'Code coverage gates'],
    people: [
      { name: 'Engineers', does: 'writing tests', group: 'engineering' },
      { name: 'CI/CD systems', does: 'running them', group: 'platform-operations' },
      { name: 'Security teams', does: 'reviewing scan results', group: 'security' },
    ],
    failureModes: [
      { id: 'coverage-gaps', text: 'Every gap in test coverage is technical debt owed against your change failure rate.' },
      { id: 'speed-over-quality', text: 'Teams make tests faster at the cost of making them worse.' },
      { id: 'false-positives', text: 'Security scanning raises so many false positives that real vulnerabilities are ignored.' },
    ],
    hveCoreHelps: [
      'The PR review agent looks for bugs, security problems and logic errors, with a high signal-to-noise ratio.',
      'Doc-ops checks documentation quality.',
      'C# test instructions enforce testing conventions.',
      'Testing conventions for more languages are an active area of contribution.',
    ],
  },
  release: {
    name: 'Release & Operate',
    shortName: 'Release',
    summary: 'Ship to production safely and keep it running.',
    whatHappens: [
      'Code goes to production.',
      'Progressive delivery (canary releases, feature flags, blue/green deployments) keeps the risk in check.',
      'Operational hygiene covers reducing toil, responding to incidents and managing SLOs and SLAs.',
    ],
    keyArtifacts: ['Production releases', 'Feature flags', 'SLOs and SLAs'],
    people: [
      { name: 'Platform Engineers', group: 'platform-operations' },
      { name: 'SREs', group: 'platform-operations' },
      { name: 'Release Managers', group: 'platform-operations' },
      { name: 'on-call engineers', group: 'platform-operations' },
    ],
    failureModes: [
      { id: 'no-observability', text: 'Deployments go out without observability.' },
      { id: 'slow-diagnosis', text: 'When something breaks, the team lacks the tools to diagnose it quickly.' },
      { id: 'toil', text: 'Toil piles up because operational improvements never win against feature work.' },
    ],
    hveCoreHelps: [
      'The incident response prompt gives structure to triage, diagnosis and RCA.',
      'Bicep and Terraform instruction files help write correct infrastructure code.',
      'The ADO build info prompt provides build monitoring.',
    ],
    hveCoreOutlook: 'This segment has the most opportunity for growth, and its roadmap is active.',
  },
  learn: {
    name: 'Learn & Adapt',
    shortName: 'Learn',
    summary: 'Find out whether what shipped worked, and feed that back.',
    whatHappens: [
      'Observability data, real-user monitoring and error tracking show whether what shipped actually moved the needle.',
      'Incident postmortems surface systemic issues.',
      'What was learned flows back into discovery and shaping, which closes the loop.',
    ],
    keyArtifacts: ['Observability and real-user monitoring data', 'Error tracking', 'Incident postmortems'],
    people: [
      { name: 'Product teams', does: 'validating impact', group: 'product-management' },
      { name: 'Engineering teams', does: 'improving reliability', group: 'engineering' },
      { name: 'Leadership', does: 'adjusting strategy', group: 'product-leadership' },
    ],
    failureModes: [
      { id: 'unread-postmortems', text: 'Learnings sit in postmortem documents that nobody reads.' },
      { id: 'open-loop', text: 'The feedback arc from production back to planning never closes.' },
      { id: 'unknown-impact', text: 'Teams keep shipping features without knowing whether earlier ones had the impact they were meant to have.' },
    ],
    hveCoreHelps: ['Community interaction templates support communication with contributors.'],
    hveCoreOutlook:
      'This is the phase with the least HVE-Core coverage today; closing the ⑥→① feedback arc is the next frontier.',
  },
} as const satisfies Record<PhaseId, PhaseDetails>;

/** "on-call engineers", "Engineers (writing tests)": the seed's words exactly, its parenthesis kept. */
export const personText = (person: Person): string => `${person.name}${person.does === undefined ? '' : ` (${person.does})`}`;

/** The same as a list item: first letter up ("On-call engineers"). */
export const personLabel = (person: Person): string => {
  const text = personText(person);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
};

const NUMERALS = ['①', '②', '③', '④', '⑤', '⑥'] as const;
export type PhaseNumeral = (typeof NUMERALS)[number];

export interface Phase extends PhaseDetails {
  readonly id: PhaseId;
  /** 1 to 6, in loop order. */
  readonly number: number;
  /** The circled numeral, ① to ⑥. */
  readonly numeral: PhaseNumeral;
}

export const phases: readonly Phase[] = PHASE_IDS.map((id, index) => ({
  id,
  number: index + 1,
  numeral: NUMERALS[index] ?? '①',
  ...details[id],
}));
