import { describe, expect, it } from 'vitest';
import { toPublishedModel } from '../publishedModel';

const SCHEMA_URL = 'https://example.org/value-delivery-loop.schema.json';
const model = toPublishedModel(SCHEMA_URL);
const measure = (id: string) => {
  const found = model.metrics.find((m) => m.id === id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
};

describe('the published model', () => {
  it('is schema version 4 with six phases, ten arcs and every measure once', () => {
    expect(model.schemaVersion).toBe(4);
    expect(model.modelVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(model.$schema).toBe(SCHEMA_URL);
    expect(model.phases.map((p) => p.id)).toEqual(['discover', 'shape', 'build', 'verify', 'release', 'learn']);
    expect(model.arcs.filter((a) => a.kind === 'forward')).toHaveLength(6);
    expect(model.arcs.filter((a) => a.kind === 'feedback')).toHaveLength(4);
    expect(model.metrics.map((m) => `${m.framework} ${m.kind}`)).toEqual([
      ...Array<string>(5).fill('dora metric'),
      ...Array<string>(5).fill('space dimension'),
      ...Array<string>(4).fill('essp zone'),
      ...Array<string>(12).fill('essp metric'),
    ]);
  });

  it('gives each measure the phases the model maps it to, in loop order, and none to rework rate', () => {
    expect(measure('dora-deployment-frequency').phases).toEqual(['build', 'verify', 'release']);
    expect(measure('dora-failed-deployment-recovery-time').phases).toEqual(['release', 'learn']);
    expect(measure('space-efficiency').phases).toEqual(['discover', 'shape', 'build', 'verify', 'release', 'learn']);
    expect(measure('essp-business-outcomes').phases).toEqual(['discover', 'learn']);
    expect(measure('dora-deployment-rework-rate').phases).toEqual([]);
    expect(measure('essp-lead-time').phases).toEqual([]);
  });

  it('names DORA metrics as DORA does today and as the seed did', () => {
    expect(measure('dora-failed-deployment-recovery-time')).toMatchObject({
      name: 'Failed deployment recovery time',
      seedName: 'Mean Time to Recovery',
      abbreviations: expect.arrayContaining(['MTTR']),
      factor: 'throughput',
    });
  });

  it('carries the survey’s ranges with their bounds in hours', () => {
    const leadTime = measure('dora-change-lead-time');
    if (leadTime.framework !== 'dora' || leadTime.survey.answer.kind !== 'range') throw new Error('lead time is asked as a range');
    expect(leadTime.survey.answer.choices[3]).toEqual({ label: 'Between one day and one week', min: 24, max: 168 });
    expect(model.doraSurvey).toMatchObject({ dontKnow: 'I don’t know or NA', percent: { min: 0, max: 100 } });
  });

  it('carries ESSP’s metrics with their aggregate and, where it is DORA’s, the DORA metric', () => {
    expect(measure('essp-lead-time')).toMatchObject({ name: 'Lead time', aggregate: 'median', zone: 'essp-velocity', sameAs: 'dora-change-lead-time' });
    expect(measure('essp-deployment-frequency')).toMatchObject({ aggregate: null, sameAs: 'dora-deployment-frequency' });
  });

  it('keeps the seed’s mapping apart: the DORA table’s phrase, the SPACE cells, the phases’ notes', () => {
    expect(model.mapping.doraTable[0]).toEqual({
      metric: 'dora-deployment-frequency',
      phases: ['build', 'verify', 'release'],
      modelPhrase: 'Throughput across build, verify, and release',
    });
    expect(model.mapping.spaceMatrix['space-efficiency'].build).toBe('Cycle time');
    expect(model.mapping.phaseCallouts.learn.callouts[0]).toEqual({
      measure: 'dora-failed-deployment-recovery-time',
      note: 'how quickly learning translates to action',
    });
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('says the model is a draft', () => {
    expect(model.status).toMatch(/^Draft/);
  });

  it('carries every metric guide: its page, how to measure it, tool variants for DORA’s metrics, related measures', () => {
    expect(model.guides).toHaveLength(22);
    const leadTime = model.guides.find((guide) => guide.id === 'dora-change-lead-time');
    expect(leadTime?.path).toBe('/docs/metrics/dora-change-lead-time');
    expect(leadTime?.howToMeasure.kind).toBe('duration');
    expect(leadTime?.toolVariants?.map((variant) => variant.tool)).toEqual(['four-keys', 'devlake', 'gitlab', 'middleware']);
    expect(leadTime?.related.map((related) => related.id)).toContain('dora-change-fail-rate');
    expect(model.guides.find((guide) => guide.id === 'essp-lead-time')?.toolVariants).toBeUndefined();
    expect(measure('dora-change-lead-time').guidePath).toBe('/docs/metrics/dora-change-lead-time');
    expect(measure('essp-velocity').guidePath).toBeUndefined();
    expect(model.tools.devlake.name).toBe('DevLake');
    expect(model.spaceGuidance.examples['space-activity'].system).toEqual(['frequency of deployments']);
  });

  it('says whether each unmapped term’s explanation is common usage or sourced', () => {
    expect(model.unmappedTerms.find((term) => term.terms.includes('cycle time'))?.basis).toBe('common-usage');
    expect(model.unmappedTerms.find((term) => term.terms.includes('reliability'))?.basis).toBe('source');
  });
});
