import { describe, expect, it } from 'vitest';
import { getMeasure, PHASE_IDS, phaseCallouts, phases, phasesOf, ROLE_GROUP_IDS, type GuidedMeasureId } from '..';
import { arcsClosedBy, practicesToTryFirst } from '../practices';
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

describe('what a role guide gives its group', () => {
  /** The phases where the model maps a measure or names it (an ESSP metric through its zone). */
  const phasesOfGuided = (id: GuidedMeasureId): readonly string[] => {
    const measure = getMeasure(id);
    const zone = measure.framework === 'essp' && 'zone' in measure ? measure.zone : undefined;
    const named = PHASE_IDS.filter((phase) => phaseCallouts[phase].callouts.some((callout) => callout.measure === id || callout.measure === zone));
    return [...phasesOf(id), ...named];
  };

  it.each(roleGroups)('$id owns two to four metrics, each used in one of its phases', (group) => {
    expect(group.owns.length).toBeGreaterThanOrEqual(2);
    expect(group.owns.length).toBeLessThanOrEqual(4);
    const own = involvementOf(group.id).map(({ phase }) => phase.id);
    for (const id of group.owns) {
      expect(phasesOfGuided(id).some((phase) => own.includes(phase as (typeof own)[number])), `${group.id} owns ${id}, which none of its phases uses`).toBe(true);
    }
  });

  it('closes the arcs whose ends name its people', () => {
    expect(arcsClosedBy('product-management').map(({ arc, ends }) => `${arc}: ${ends.join(', ')}`)).toEqual(['learn-to-shape: from, to', 'build-to-shape: to']);
    expect(arcsClosedBy('security').map(({ arc, ends }) => `${arc}: ${ends.join(', ')}`)).toEqual(['verify-to-build: from']);
    expect(arcsClosedBy('platform-operations').map(({ arc, ends }) => `${arc}: ${ends.join(', ')}`)).toEqual([
      'verify-to-build: to',
      'release-to-verify: from',
      'build-to-shape: from',
    ]);
    expect(arcsClosedBy('technical-writing')).toEqual([]);
    expect(arcsClosedBy('product-leadership')).toEqual([]);
  });

  it('tries first the arcs’ first practices, then its risks’, three at most', () => {
    expect(practicesToTryFirst('security').map((p) => p.id)).toEqual(['fix-broken-builds-first', 'test-every-change', 'fix-or-remove-flaky-tests']);
    // No arc: the first practice of each risk of ① and ⑥, in the loop's order.
    expect(practicesToTryFirst('product-leadership').map((p) => p.id)).toEqual([
      'validate-before-building',
      'map-the-value-stream',
      'measurable-relative-goals',
    ]);
    for (const group of roleGroups) expect(practicesToTryFirst(group.id)).toHaveLength(3);
  });
});
