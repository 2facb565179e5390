import { describe, expect, it } from 'vitest';
import { toPublishedModel } from '../../lib/publishedModel';
import { modelSchema } from '../modelSchema';
import { schemaErrors } from '../publishModel';

const SCHEMA_URL = 'https://example.org/value-delivery-loop.schema.json';

// The schema is generated from the types, which takes a TypeScript program: build it once.
const schema = modelSchema(SCHEMA_URL);
const plain = () => JSON.parse(JSON.stringify(toPublishedModel(SCHEMA_URL)));

describe('the published model’s JSON Schema, generated from its type', () => {
  it('is draft 2020-12, with its address as its id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(JSON.stringify(schema)).not.toContain('#/definitions/');
  });

  it('accepts the model', () => {
    expect(schemaErrors(schema, plain())).toEqual([]);
  });

  it.each([
    ['a phase without its name', (m: ReturnType<typeof plain>) => delete m.phases[0].name],
    ['an unknown phase id in a measure’s phases', (m: ReturnType<typeof plain>) => m.metrics[0].phases.push('deploy')],
    ['a field the schema does not know', (m: ReturnType<typeof plain>) => (m.phases[1].colour = 'blue')],
    ['another schema version', (m: ReturnType<typeof plain>) => (m.schemaVersion = 3)],
    ['a feedback arc without its account of breaking', (m: ReturnType<typeof plain>) => delete m.arcs.find((a: { kind: string }) => a.kind === 'feedback').whenBroken],
    ['an ESSP metric with an aggregate ESSP does not use', (m: ReturnType<typeof plain>) => (m.metrics.find((x: { id: string }) => x.id === 'essp-lead-time').aggregate = 'mode')],
    ['a sameAs that names no DORA metric', (m: ReturnType<typeof plain>) => (m.metrics.find((x: { id: string }) => x.id === 'essp-lead-time').sameAs = 'dora-lead-time')],
    ['a source address that is not one', (m: ReturnType<typeof plain>) => (m.metrics[0].definition.source.url = 'not a url')],
    ['a guide without its page', (m: ReturnType<typeof plain>) => delete m.guides[0].path],
    ['an unmapped term with neither basis', (m: ReturnType<typeof plain>) => (m.unmappedTerms[0].basis = 'folklore')],
    ['a model version that is not x.y.z', (m: ReturnType<typeof plain>) => (m.modelVersion = '1.1')],
  ])('refuses %s', (_what, spoil) => {
    const spoilt = plain();
    spoil(spoilt);
    expect(schemaErrors(schema, spoilt).length).toBeGreaterThan(0);
  });
});
