import { describe, expect, it } from 'vitest';
import { FEEDBACK_ARC_IDS } from '../arcs';
import { GUIDED_MEASURE_IDS } from '../measureIds';
import { personText, phases, type Phase } from '../phases';
import {
  closersOfArc,
  failureModesWithPractices,
  getPractice,
  MAX_PRACTICES_PER_ENTRY,
  practices,
  practicesForArc,
  practicesForFailureMode,
  targetsOfPractice,
  whatToTryForArc,
  whatToTryForFailureMode,
  type PracticeSource,
  type WhatToTry,
} from '../practices';

/** A phase's failure modes, as phases.ts names the field (the one place to change if it is renamed). */
const failureModesOf = (phase: Phase): readonly { readonly id: string }[] => phase.failureModes;

const seedFailureModes = phases.flatMap((phase) =>
  failureModesOf(phase).map((mode) => ({ phase: phase.id, failureMode: mode.id, label: `${phase.id}/${mode.id}` })),
);

const idsOf = (whatToTry: WhatToTry): readonly string[] => (whatToTry.kind === 'practices' ? whatToTry.practices.map((p) => p.id) : []);

function expectOneToThreeOrNoneKnown(whatToTry: WhatToTry, where: string): void {
  if (whatToTry.kind === 'none-known') {
    expect(whatToTry.note.trim(), `${where}: a none-known entry needs a note saying why`).not.toBe('');
    return;
  }
  expect(whatToTry.practices.length, `${where}: list at least one practice, or a { kind: 'none-known', note }`).toBeGreaterThan(0);
  expect(whatToTry.practices.length, `${where}: list at most ${MAX_PRACTICES_PER_ENTRY} practices`).toBeLessThanOrEqual(MAX_PRACTICES_PER_ENTRY);
  const ids = whatToTry.practices.map((p) => p.id);
  expect(new Set(ids).size, `${where}: a practice is listed twice`).toBe(ids.length);
}

const allSources: readonly { readonly where: string; readonly source: PracticeSource }[] = [
  ...practices.map((practice) => ({ where: `practice ${practice.id}`, source: practice.source })),
  // Read from the file's own table, so that a missing failure mode fails its own test, not this list.
  ...failureModesWithPractices.flatMap(({ phase, failureMode }) => {
    const whatToTry = whatToTryForFailureMode(phase, failureMode);
    const where = `${phase}/${failureMode} (nearest)`;
    return whatToTry.kind === 'none-known' ? (whatToTry.nearest ?? []).map((source) => ({ where, source })) : [];
  }),
];

describe('what to try for each failure mode', () => {
  it('covers exactly the 18 failure modes of phases.ts', () => {
    expect(seedFailureModes).toHaveLength(18);
  });

  it.each(seedFailureModes)('$label has one to three practices, or says the site knows of none', ({ phase, failureMode, label }) => {
    expectOneToThreeOrNoneKnown(whatToTryForFailureMode(phase, failureMode), `${label} in byFailureMode (src/data/practices.ts)`);
  });

  it.each(failureModesWithPractices.map((ref) => ({ ...ref, label: `${ref.phase}/${ref.failureMode}` })))(
    '$label names a failure mode that exists in phases.ts',
    ({ phase, failureMode, label }) => {
      const known = seedFailureModes.filter((mode) => mode.phase === phase).map((mode) => mode.failureMode);
      expect(known, `${label}: no such failure mode in phases.ts; use one of its ids (${known.join(', ')})`).toContain(failureMode);
    },
  );

  it('refuses an unknown failure mode, naming it', () => {
    expect(() => practicesForFailureMode('verify', 'flaky-tests')).toThrow(/"flaky-tests" of phase "verify"/);
    expect(() => whatToTryForFailureMode('shape', 'wrong-thing')).toThrow(/"wrong-thing" of phase "shape"/);
  });

  it('says plainly that the site knows of no practice for security-scanner false positives, and lists none', () => {
    const whatToTry = whatToTryForFailureMode('verify', 'false-positives');
    expect(whatToTry.kind).toBe('none-known');
    expect(practicesForFailureMode('verify', 'false-positives')).toEqual([]);
    if (whatToTry.kind === 'none-known') {
      expect(whatToTry.note).toMatch(/false positives/);
      expect(whatToTry.nearest?.map((source) => source.url)).toEqual(['https://dora.dev/capabilities/pervasive-security/']);
    }
  });

  it('lists the practices in the order given for a failure mode', () => {
    expect(practicesForFailureMode('verify', 'speed-over-quality').map((p) => p.id)).toEqual([
      'fix-or-remove-flaky-tests',
      'speed-up-without-dropping-tests',
      'isolated-test-data',
    ]);
  });
});

describe('what to try on each feedback arc', () => {
  it.each(FEEDBACK_ARC_IDS)('%s has one to three practices', (arc) => {
    const whatToTry = whatToTryForArc(arc);
    expect(whatToTry.kind, `${arc}: an arc needs practices; byArc in src/data/practices.ts`).toBe('practices');
    expectOneToThreeOrNoneKnown(whatToTry, `${arc} in byArc (src/data/practices.ts)`);
  });

  it('gives the CI arc practices for a failing, slow and noisy CI', () => {
    expect(practicesForArc('verify-to-build').map((p) => p.id)).toEqual([
      'fix-broken-builds-first',
      'fix-or-remove-flaky-tests',
      'speed-up-without-dropping-tests',
    ]);
  });

  it.each(FEEDBACK_ARC_IDS)('%s names who closes it, at both ends, from the people of phases.ts', (arc) => {
    const { from, to } = closersOfArc(arc);
    expect(from.people.length, `${arc}: name at least one person at its start (arcClosers)`).toBeGreaterThan(0);
    expect(to.people.length, `${arc}: name at least one person at its end (arcClosers)`).toBeGreaterThan(0);
    for (const end of [from, to]) {
      const known = phases.find((phase) => phase.id === end.phase)?.people ?? [];
      for (const person of end.people) expect(known, `${arc}: ${person.name} is not a person of ${end.phase}`).toContain(person);
    }
  });

  it('gives the closers of ⑤→④ as the seed names them: SREs and on-call engineers, then engineers writing tests', () => {
    const { from, to } = closersOfArc('release-to-verify');
    expect(from.phase).toBe('release');
    expect(from.people.map(personText)).toEqual(['SREs', 'on-call engineers']);
    expect(to.phase).toBe('verify');
    expect(to.people.map(personText)).toEqual(['Engineers (writing tests)']);
  });
});

describe('practices', () => {
  it('have unique ids', () => {
    const ids = practices.map((p) => p.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'these practice ids are used twice: rename one').toEqual([]);
  });

  it.each(practices)('$id is kebab-case and has a short name and a first step of one or two sentences', (practice) => {
    expect(practice.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(practice.name.length, `${practice.id}: keep the name under 50 characters`).toBeLessThanOrEqual(50);
    const sentences = practice.firstStep.split(/(?<=[.!?])\s+(?=[A-Z])/);
    expect(sentences.length, `${practice.id}: the first step should be one or two sentences`).toBeLessThanOrEqual(2);
    expect(practice.firstStep, `${practice.id}: end the first step with a full stop`).toMatch(/[.!?]$/);
  });

  it.each(practices)('$id addresses at least one failure mode or arc', (practice) => {
    expect(targetsOfPractice(practice.id).length, `${practice.id} is listed nowhere: reference it in byFailureMode or byArc, or delete it`).toBeGreaterThan(0);
  });

  it.each(practices.filter((p) => p.evidence?.measure !== undefined))('$id links evidence to a metric guide that exists', (practice) => {
    expect(GUIDED_MEASURE_IDS, `${practice.id}: evidence.measure must be a GuidedMeasureId (src/data/measureIds.ts)`).toContain(practice.evidence?.measure);
  });

  it('resolve by id and refuse an unknown id, naming it', () => {
    expect(getPractice('golden-signals').source.title).toBe('Monitoring Distributed Systems');
    expect(() => getPractice('golden-signal')).toThrow(/"golden-signal"/);
  });

  it('know what they address: a shared practice lists every failure mode and arc that references it', () => {
    expect(targetsOfPractice('stories-as-conversations')).toEqual([
      { kind: 'failure-mode', phase: 'shape', failureMode: 'vague-requirements' },
      { kind: 'failure-mode', phase: 'shape', failureMode: 'ambiguous-tickets' },
      { kind: 'arc', arc: 'build-to-shape' },
    ]);
    expect(targetsOfPractice('recurring-outages-into-planning')).toEqual([
      { kind: 'failure-mode', phase: 'learn', failureMode: 'open-loop' },
      { kind: 'arc', arc: 'learn-to-shape' },
    ]);
  });

  it('every practice referenced by a failure mode or arc resolves to a record', () => {
    const referenced = [
      ...failureModesWithPractices.flatMap(({ phase, failureMode }) => idsOf(whatToTryForFailureMode(phase, failureMode))),
      ...FEEDBACK_ARC_IDS.flatMap((arc) => idsOf(whatToTryForArc(arc))),
    ];
    for (const id of referenced) expect(() => getPractice(id)).not.toThrow();
  });
});

describe('sources', () => {
  it.each(allSources)('$where has an https source URL and a title', ({ where, source }) => {
    expect(new URL(source.url).protocol, `${where}: the source URL must be https`).toBe('https:');
    expect(source.title.trim(), `${where}: the source needs its article's title`).not.toBe('');
  });

  it('never use one URL with two different titles', () => {
    const titlesByUrl = new Map<string, Set<string>>();
    for (const { source } of allSources) titlesByUrl.set(source.url, (titlesByUrl.get(source.url) ?? new Set()).add(source.title));
    const conflicts = [...titlesByUrl].filter(([, titles]) => titles.size > 1).map(([url, titles]) => `${url}: ${[...titles].join(' | ')}`);
    expect(conflicts, 'each URL has one title: use the SOURCES entry instead of retyping it').toEqual([]);
  });

  it('credit DORA for capability articles and Google for the SRE books, with the chapter', () => {
    expect(getPractice('fix-broken-builds-first').source).toEqual({
      title: 'Continuous integration',
      url: 'https://dora.dev/capabilities/continuous-integration/',
      kind: 'dora-capability',
    });
    expect(getPractice('recurring-outages-into-planning').source).toEqual({
      title: 'Example Error Budget Policy',
      url: 'https://sre.google/workbook/error-budget-policy/',
      kind: 'sre-workbook',
      part: 'Appendix B',
    });
    expect(getPractice('self-service-paths').source.aiModelName).toBe('Quality internal platform');
  });
});
