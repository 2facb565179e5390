/**
 * The role guides' facts: each group's name and summary (our own words), and the phases it is involved
 * in, by the names the seed gives it there (computed from the `group` of each person in phases.ts).
 *
 * Imported from here (`@site/src/data/roles`), not from the data index, like the loop check's facts:
 * the index goes into the chunk every page loads, and only the home page, /docs/roles and the guides
 * show these.
 */
import { lookUp, phases, type GuidedMeasureId, type Person, type Phase } from './index';
import { ROLE_GROUP_IDS, type RoleGroupId } from './roleGroups';

export interface RoleGroupDetails {
  /** The group's name, as its page's title. */
  readonly name: string;
  /** One sentence: what the loop asks of this group. */
  readonly summary: string;
  /**
   * The metrics this group can move most directly, each with a guide at /docs/metrics/<id>: the site's
   * selection among those the model maps to, or names for, the group's phases (a data test checks that).
   */
  readonly owns: readonly GuidedMeasureId[];
}

const details = {
  'product-leadership': {
    name: 'Product leadership and strategy',
    summary: 'You decide what the organization invests in, and you are the ones who adjust strategy when production shows what worked.',
    owns: ['space-satisfaction', 'essp-feature-engineering-expenses', 'essp-engineering-expenses-to-revenue'],
  },
  'product-management': {
    name: 'Product managers and TPMs',
    summary: 'You turn needs into shaped, prioritized work, and you check afterwards whether what shipped had its intended impact.',
    owns: ['dora-change-lead-time', 'space-efficiency', 'space-performance'],
  },
  engineering: {
    name: 'Engineers and engineering leads',
    summary: 'You shape technical work with the product side, build and review it, test it, and make what runs more reliable.',
    owns: ['dora-change-lead-time', 'dora-change-fail-rate', 'space-communication', 'essp-flow-state-experience'],
  },
  'platform-operations': {
    name: 'Platform, DevOps, SRE and release',
    summary: 'You run the pipelines that verify every change and the platform that releases and operates it.',
    owns: ['dora-deployment-frequency', 'dora-change-fail-rate', 'dora-failed-deployment-recovery-time', 'essp-engineering-tooling-satisfaction'],
  },
  security: {
    name: 'Security',
    summary: 'You review what the security scans find while changes are verified, where false positives can drown real problems.',
    owns: ['essp-code-security-and-maintainability', 'dora-change-fail-rate'],
  },
  'data-science': {
    name: 'Data science',
    summary: 'You build alongside the engineers, and HVE-Core’s data science pipeline covers your work from specification to dashboard testing.',
    owns: ['dora-change-lead-time', 'space-communication'],
  },
  'technical-writing': {
    name: 'Technical writing',
    summary: 'You write the documentation that carries knowledge between people while work is built and reviewed.',
    owns: ['space-communication', 'space-satisfaction'],
  },
} as const satisfies Record<RoleGroupId, RoleGroupDetails>;

export interface RoleGroup extends RoleGroupDetails {
  readonly id: RoleGroupId;
}

/**
 * Which of these groups lack a name and summary, or have no member in any of these phases: a role
 * guide made from them would be empty. The bundler does not type-check, so the build checks this.
 */
export function incompleteGroups(
  ids: readonly string[],
  known: Readonly<Record<string, Pick<RoleGroupDetails, 'name' | 'summary'> | undefined>>,
  inPhases: readonly Pick<Phase, 'people'>[],
): string[] {
  return ids.flatMap((id) => {
    if (known[id] === undefined) return [`${id} has no name and summary in src/data/roles.ts`];
    return inPhases.some((phase) => phase.people.some((person) => person.group === id))
      ? []
      : [`${id} has no member: no person in src/data/phases.ts has group "${id}"`];
  });
}

const problems = incompleteGroups(ROLE_GROUP_IDS, details, phases);
if (problems.length > 0) throw new Error(`Role groups without a guide's worth of data: ${problems.join('; ')}.`);

export const roleGroups: readonly RoleGroup[] = ROLE_GROUP_IDS.map((id) => ({ id, ...details[id] }));

const roleGroupById: ReadonlyMap<string, RoleGroup> = new Map(roleGroups.map((group) => [group.id, group]));

/** The role group with this id, or an error that names the id and lists the valid ones. */
export const getRoleGroup = (id: string): RoleGroup => lookUp(roleGroupById, 'role group', id);

/** The phases a role group is involved in, in loop order, each with the group's names there. */
export function involvementOf(group: RoleGroupId): { phase: Phase; people: readonly Person[] }[] {
  return phases.flatMap((phase) => {
    const people = phase.people.filter((person) => person.group === group);
    return people.length === 0 ? [] : [{ phase, people }];
  });
}
