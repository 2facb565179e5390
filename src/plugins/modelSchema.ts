/**
 * The JSON Schema (draft 2020-12) of /value-delivery-loop.json, generated at build time from the
 * `PublishedModel` type (src/lib/publishedModel.ts) and the data types it names, so a field is typed
 * once. JSDoc on those types becomes the schema's descriptions; `@format` and `@pattern` tags add checks.
 */
import path from 'node:path';
import ts from 'typescript';
import { createGenerator } from 'ts-json-schema-generator';
import { frameworkNames } from '../data';

const MODEL_TYPE = 'PublishedModel';
const MODEL_SOURCE = path.join(__dirname, '../lib/publishedModel.ts');

/** Only the model's own modules and the ES library: no @types, no DOM, so the program builds in about a second. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  types: [],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
};

/** The generator writes draft-07 (`definitions`); the file is published as draft 2020-12 (`$defs`). */
function toDraft2020(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft2020);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'items' && Array.isArray(value)) throw new Error(`${MODEL_SOURCE}: a tuple type needs prefixItems in draft 2020-12; use an array type.`);
      if (key === '$ref' && typeof value === 'string') return [key, value.replace(/^#\/definitions\//, '#/$defs/')];
      return [key === 'definitions' ? '$defs' : key, toDraft2020(value)];
    }),
  );
}

/** The schema of the published model, with `schemaUrl` as its `$id`. */
export function modelSchema(schemaUrl: string): Record<string, unknown> {
  const generated = createGenerator({
    path: MODEL_SOURCE,
    type: MODEL_TYPE,
    tsProgram: ts.createProgram([MODEL_SOURCE], COMPILER_OPTIONS),
    skipTypeCheck: true,
    expose: 'export',
    topRef: false,
    jsDoc: 'extended',
    additionalProperties: false,
  }).createSchema(MODEL_TYPE);
  const schema: Record<string, unknown> = { ...generated };
  delete schema.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'The Value Delivery Loop model',
    ...(toDraft2020(schema) as Record<string, unknown>),
    description: `The phases, arcs, metric frameworks, measures and role groups of the Value Delivery Loop, and how the ${frameworkNames()} measures map onto the phases. A working draft.`,
  };
}
