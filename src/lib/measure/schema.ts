/**
 * The JSON Schema (draft 2020-12) of /measure's record files in their JSON form, written from the same
 * column list the reader uses (formats.ts): a file is a list of objects of one kind. The reader matches
 * names in any case and ignores other fields; the schema names them in lower case, as files should.
 * Pure TS.
 */
import { RECORD_KINDS, recordColumns, type ColumnSpec, type RecordKind } from './formats';

/** ISO 8601 date and time with seconds optional, fractions allowed, and a Z or ±hh:mm offset. */
export const TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|z|[+-]\\d{2}:?\\d{2})$';

/** A pattern matching a word in any case: "ok" → "[oO][kK]". */
const caseless = (word: string): string => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');

const valueSchema = (column: ColumnSpec): Record<string, unknown> => {
  const base = { description: column.description };
  if (column.name.endsWith('_at')) return { ...base, type: 'string', pattern: TIMESTAMP_PATTERN };
  if (column.name === 'unplanned') return { ...base, anyOf: [{ type: 'boolean' }, { type: 'string', pattern: `^(${caseless('true')}|${caseless('false')})?$` }, { type: 'null' }] };
  if (column.name === 'changes') return { ...base, anyOf: [{ type: 'string' }, { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }, { type: 'null' }] };
  if (column.name === 'status') return { ...base, anyOf: [{ type: 'string', pattern: `^(${['success', 'failure', 'failed'].map(caseless).join('|')})?$` }, { type: 'null' }] };
  const text = [{ type: 'string', minLength: 1 }, { type: 'integer' }];
  return { ...base, anyOf: column.required ? text : [...text, { type: 'string', maxLength: 0 }, { type: 'null' }] };
};

const kindSchema = (kind: RecordKind): Record<string, unknown> => {
  const columns = recordColumns[kind] as readonly ColumnSpec[];
  return {
    title: kind,
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: columns.filter((c) => c.required).map((c) => c.name),
      properties: Object.fromEntries(columns.map((c) => [c.name, valueSchema(c)])),
    },
  };
};

/** The schema, with `$id` the address it is published at. */
export function recordsJsonSchema(id: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Delivery records for /measure: deployments, changes or incidents',
    description:
      'One file holds one kind of record: a list of objects. Field names match in any case; other fields are ignored. Timestamps are ISO 8601 with a UTC offset or Z.',
    $defs: Object.fromEntries(RECORD_KINDS.map((kind) => [kind, kindSchema(kind)])),
    oneOf: RECORD_KINDS.map((kind) => ({ $ref: `#/$defs/${kind}` })),
  };
}
