/**
 * The role groups of the role guides. Each role the seed names under a phase's "Who is involved"
 * belongs to one group (the `group` of each person in phases.ts); which phases a group is involved
 * in, and by which names, is computed from there. The groups' names and summaries are our own.
 */

export const ROLE_GROUP_IDS = [
  'product-leadership',
  'product-management',
  'engineering',
  'platform-operations',
  'security',
  'data-science',
  'technical-writing',
] as const;
export type RoleGroupId = (typeof ROLE_GROUP_IDS)[number];
export const isRoleGroupId = (value: string): value is RoleGroupId => (ROLE_GROUP_IDS as readonly string[]).includes(value);

export interface RoleGroupDetails {
  /** The group's name, as its page's title. */
  readonly name: string;
  /** One sentence: what the loop asks of this group. */
  readonly summary: string;
}

const details = {
  'product-leadership': {
    name: 'Product leadership and strategy',
    summary: 'You decide what the organization invests in, and you are the ones who adjust strategy when production shows what worked.',
  },
  'product-management': {
    name: 'Product managers and TPMs',
    summary: 'You turn needs into shaped, prioritized work, and you check afterwards whether what shipped had its intended impact.',
  },
  engineering: {
    name: 'Engineers and engineering leads',
    summary: 'You shape technical work with the product side, build and review it, test it, and make what runs more reliable.',
  },
  'platform-operations': {
    name: 'Platform, DevOps, SRE and release',
    summary: 'You run the pipelines that verify every change and the platform that releases and operates it.',
  },
  security: {
    name: 'Security',
    summary: 'You review what the security scans find while changes are verified, where false positives can drown real problems.',
  },
  'data-science': {
    name: 'Data science',
    summary: 'You build alongside the engineers, and HVE-Core’s data science pipeline covers your work from specification to dashboard testing.',
  },
  'technical-writing': {
    name: 'Technical writing',
    summary: 'You write the documentation that carries knowledge between people while work is built and reviewed.',
  },
} as const satisfies Record<RoleGroupId, RoleGroupDetails>;

export interface RoleGroup extends RoleGroupDetails {
  readonly id: RoleGroupId;
}

export const roleGroups: readonly RoleGroup[] = ROLE_GROUP_IDS.map((id) => ({ id, ...details[id] }));
