/**
 * The ids of the role groups of the role guides. Each role the seed names under a phase's "Who is
 * involved" belongs to one group (the `group` of each person in phases.ts). The groups' names and
 * summaries, and which phases each is involved in, are in roles.ts.
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
