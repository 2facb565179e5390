import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../plugins/publishModel';
import { modelSchema } from '../modelSchema';
import { toPublishedModel } from '../publishedModel';

const SCHEMA_URL = 'https://example.org/value-delivery-loop.schema.json';
const model = toPublishedModel(SCHEMA_URL);
const metric = (name: string) => {
  const found = model.metrics.find((m) => m.name === name);
  if (!found) throw new Error(`no metric ${name}`);
  return found;
};

describe('the published model', () => {
  it('is schema version 2 with six phases, ten arcs and thirteen metrics', () => {
    expect(model.schemaVersion).toBe(2);
    expect(model.modelVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(model.$schema).toBe(SCHEMA_URL);
    expect(model.phases.map((p) => p.id)).toEqual(['discover', 'shape', 'build', 'verify', 'release', 'learn']);
    expect(model.arcs.filter((a) => a.kind === 'forward')).toHaveLength(6);
    expect(model.arcs.filter((a) => a.kind === 'feedback')).toHaveLength(4);
    expect(model.metrics.map((m) => m.framework)).toEqual([
      ...Array(4).fill('dora'),
      ...Array(5).fill('space'),
      ...Array(4).fill('essp'),
    ]);
  });

  it('gives DORA coverage as phase ids and the seed’s notes per phase', () => {
    expect(metric('Deployment Frequency').phases).toEqual(['build', 'verify', 'release']);
    expect(metric('Deployment Frequency').perPhase).toEqual({
      verify: 'how often the verification pipeline completes',
      release: 'measured at the deployment boundary',
    });
    expect(metric('Mean Time to Recovery').aliases).toContain('MTTR');
    expect(metric('Mean Time to Recovery')).toHaveProperty('currentName', 'Failed deployment recovery time');
  });

  it('gives each SPACE dimension its six cell labels', () => {
    expect(metric('Efficiency').perPhase).toEqual({
      discover: 'Idea-to-backlog time',
      shape: 'Backlog-to-sprint time',
      build: 'Cycle time',
      verify: 'Build time',
      release: 'Deploy time',
      learn: 'Learning-to-action time',
    });
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('carries every field of the data, such as each ESSP zone’s question and metrics', () => {
    const quality = metric('Quality');
    if (quality.framework !== 'essp') throw new Error('Quality is an ESSP zone');
    expect(quality.question).toBe('Are we shipping work that stays shipped?');
    expect(quality.esspMetrics).toContain('(Median) Failed deployment recovery time');
    expect(model.unmappedTerms.find((t) => t.terms.includes('rework rate'))?.sourceUrl).toBe('https://dora.dev/guides/dora-metrics/');
  });

  it('says the model is a draft', () => {
    expect(model.status).toMatch(/^Draft/);
  });
});

describe('the published model’s JSON Schema', () => {
  const schema = modelSchema(SCHEMA_URL);
  const plain = () => JSON.parse(JSON.stringify(model));

  it('accepts the model', () => {
    expect(schemaErrors(schema, plain())).toEqual([]);
  });

  it.each([
    ['a phase without its name', (m: ReturnType<typeof plain>) => delete m.phases[0].name],
    ['an unknown phase id in a metric’s coverage', (m: ReturnType<typeof plain>) => m.metrics[0].phases.push('deploy')],
    ['a field the schema does not know', (m: ReturnType<typeof plain>) => (m.phases[1].colour = 'blue')],
    ['another schema version', (m: ReturnType<typeof plain>) => (m.schemaVersion = 1)],
    ['a feedback arc without its account of breaking', (m: ReturnType<typeof plain>) => delete m.arcs.find((a: { kind: string }) => a.kind === 'feedback').whenBroken],
  ])('refuses %s', (_what, spoil) => {
    const spoilt = plain();
    spoil(spoilt);
    expect(schemaErrors(schema, spoilt).length).toBeGreaterThan(0);
  });
});
