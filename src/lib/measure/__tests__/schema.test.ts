// @vitest-environment node
import Ajv2020 from 'ajv/dist/2020';
import { recordsJsonSchema } from '../schema';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(recordsJsonSchema('https://example.org/measure-records.schema.json'));

describe('the JSON Schema of the record files', () => {
  it('accepts a list of each kind, as the page documents them', () => {
    expect(
      validate([{ id: 'd1', finished_at: '2025-03-03T10:00:00Z', service: 'shop', environment: 'production', status: 'Success', changes: ['a1', 'b2'], unplanned: true }]),
    ).toBe(true);
    expect(validate([{ id: 'c1', committed_at: '2025-03-03T09:00:00+01:00' }])).toBe(true);
    expect(validate([{ id: 7, started_at: '2025-03-03T10:00:00Z', resolved_at: '2025-03-03T11:00:00Z', caused_by: '' }])).toBe(true);
  });

  it('refuses a timestamp without an offset, an unknown status, a missing required field and an object instead of a list', () => {
    expect(validate([{ id: 'c1', committed_at: '2025-03-03T09:00:00' }])).toBe(false);
    expect(validate([{ id: 'd1', finished_at: '2025-03-03T10:00:00Z', status: 'done' }])).toBe(false);
    expect(validate([{ id: 'i1', started_at: '2025-03-03T10:00:00Z' }])).toBe(false);
    expect(validate({ id: 'c1', committed_at: '2025-03-03T09:00:00Z' })).toBe(false);
    expect(validate([])).toBe(false);
  });
});
