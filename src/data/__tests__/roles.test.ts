import { describe, expect, it } from 'vitest';
import { phases, ROLE_GROUP_IDS } from '..';
import { getRoleGroup, incompleteGroups, involvementOf, roleGroups } from '../roles';

describe('role groups', () => {
  it.each(roleGroups)('$id has members in at least one phase', (group) => {
    expect(involvementOf(group.id).length).toBeGreaterThan(0);
  });

  it('fail the build, naming the group, when one has no name and summary or no member', () => {
    const details = { security: { name: 'Security', summary: 'S.' }, legal: undefined };
    const inPhases = [{ people: [{ name: 'Security teams', group: 'security' as const }] }];
    expect(incompleteGroups(['security'], details, inPhases)).toEqual([]);
    expect(incompleteGroups(['security', 'legal'], details, inPhases)).toEqual(['legal has no name and summary in src/data/roles.ts']);
    expect(incompleteGroups(['security'], details, [{ people: [] }])).toEqual([
      'security has no member: no person in src/data/phases.ts has group "security"',
    ]);
    expect(incompleteGroups(ROLE_GROUP_IDS, Object.fromEntries(roleGroups.map((g) => [g.id, g])), phases)).toEqual([]);
  });

  it('hold every name the seed gives under “Who is involved”, each in exactly one group', () => {
    const named = phases.flatMap((phase) => phase.people.map((person) => `${phase.id}: ${person.name}`));
    const grouped = roleGroups.flatMap((group) => involvementOf(group.id).flatMap(({ phase, people }) => people.map((p) => `${phase.id}: ${p.name}`)));
    expect(grouped.sort()).toEqual(named.sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('put the seed’s engineers of ③, ④ and ⑥ together, and security on its own', () => {
    expect(involvementOf('engineering').map(({ phase, people }) => `${phase.numeral} ${people.map((p) => p.name).join(', ')}`)).toEqual([
      '② Tech Leads, Engineering Managers',
      '③ Software Engineers',
      '④ Engineers',
      '⑥ Engineering teams',
    ]);
    expect(involvementOf('security').map(({ phase }) => phase.id)).toEqual(['verify']);
  });

  // Each group's page, and its title: src/data/__tests__/docItems.test.ts.
  it('reject an unknown id with a message that names it', () => {
    expect(() => getRoleGroup('marketing')).toThrow(/Unknown role group id "marketing"/);
  });
});
