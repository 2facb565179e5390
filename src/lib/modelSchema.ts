/**
 * The JSON Schema (draft 2020-12) of /value-delivery-loop.json, published beside it. The build
 * validates the file against it (src/plugins/publishModel.ts), so the two cannot drift apart; the ids
 * it allows come from the data module.
 */
import { FEEDBACK_ARC_IDS, FRAMEWORK_IDS, frameworkNames, metrics, PHASE_IDS, ROLE_GROUP_IDS } from '../data';
import { SCHEMA_VERSION } from './publishedModel';

const text = { type: 'string', minLength: 1 } as const;
const texts = { type: 'array', items: text } as const;
const phaseId = { enum: [...PHASE_IDS] } as const;
const url = { type: 'string', format: 'uri' } as const;

/** An object with exactly these properties, `required` among them. */
const record = (properties: Record<string, unknown>, required: readonly string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required: [...required],
  additionalProperties: false,
});

const source = record({ title: text, url, published: text });
const perPhase = { type: 'object', propertyNames: phaseId, additionalProperties: text };
const metricBase = {
  id: { enum: metrics.map((metric) => metric.id) },
  name: text,
  measures: text,
  definition: text,
  aliases: texts,
  sourceUrl: url,
  phases: { type: 'array', items: phaseId, minItems: 1, uniqueItems: true },
  perPhase,
};
const metricBaseRequired = Object.keys(metricBase);

export function modelSchema(schemaUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'The Value Delivery Loop model',
    description:
      `The phases, arcs, metric frameworks, metrics and role groups of the Value Delivery Loop, and how the ${frameworkNames()} metrics map onto the phases. A working draft.`,
    ...record({
      $schema: url,
      schemaVersion: { const: SCHEMA_VERSION },
      modelVersion: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
      title: text,
      status: text,
      source,
      phases: { type: 'array', items: { $ref: '#/$defs/phase' }, minItems: PHASE_IDS.length, maxItems: PHASE_IDS.length },
      arcs: { type: 'array', items: { $ref: '#/$defs/arc' } },
      frameworks: { type: 'array', items: { $ref: '#/$defs/framework' } },
      metrics: { type: 'array', items: { $ref: '#/$defs/metric' } },
      unmappedTerms: { type: 'array', items: { $ref: '#/$defs/unmappedTerm' } },
      roleGroups: { type: 'array', items: { $ref: '#/$defs/roleGroup' } },
    }),
    $defs: {
      phase: record(
        {
          id: phaseId,
          number: { type: 'integer', minimum: 1, maximum: PHASE_IDS.length },
          numeral: text,
          name: text,
          shortName: text,
          summary: text,
          whatHappens: texts,
          keyArtifacts: texts,
          people: {
            type: 'array',
            items: record({ name: text, does: text, group: { enum: [...ROLE_GROUP_IDS] } }, ['name', 'group']),
          },
          peopleNote: text,
          risks: { type: 'array', items: record({ id: { type: 'string', pattern: '^[a-z][a-z-]*$' }, text }) },
          metricCallouts: { type: 'array', items: record({ metric: metricBase.id, note: text }, ['metric']) },
          metricsNote: text,
          hveCoreHelps: texts,
          hveCoreOutlook: text,
          tip: text,
        },
        ['id', 'number', 'numeral', 'name', 'shortName', 'summary', 'whatHappens', 'keyArtifacts', 'people', 'risks', 'metricCallouts', 'hveCoreHelps'],
      ),
      arc: {
        oneOf: [
          record({ id: text, from: phaseId, to: phaseId, kind: { const: 'forward' }, label: text, whyItMatters: text }),
          record({
            id: { enum: [...FEEDBACK_ARC_IDS] },
            from: phaseId,
            to: phaseId,
            kind: { const: 'feedback' },
            label: text,
            whenItWorks: text,
            whenBroken: text,
            isMostImportant: { type: 'boolean' },
          }),
        ],
      },
      framework: record({
        id: { enum: [...FRAMEWORK_IDS] },
        name: text,
        fullName: text,
        about: text,
        unit: record({ singular: text, plural: text }),
        letter: text,
        sources: { type: 'array', items: source, minItems: 1 },
      }),
      metric: {
        oneOf: [
          record(
            { ...metricBase, framework: { const: 'dora' }, currentName: text, coverage: { type: 'array', items: phaseId }, factor: text, history: text },
            [...metricBaseRequired, 'framework', 'currentName', 'coverage', 'factor'],
          ),
          record({ ...metricBase, framework: { const: 'space' }, fullName: text, letter: text, cells: record(Object.fromEntries(PHASE_IDS.map((id) => [id, text]))) }),
          record({ ...metricBase, framework: { const: 'essp' }, layer: { enum: ['foundation', 'top'] }, question: text, esspMetrics: texts }),
        ],
      },
      unmappedTerm: record({ terms: texts, explanation: text, seeAlso: { type: 'array', items: metricBase.id }, sourceUrl: url }, [
        'terms',
        'explanation',
        'seeAlso',
      ]),
      roleGroup: record({ id: { enum: [...ROLE_GROUP_IDS] }, name: text, summary: text }),
    },
  };
}
