import { parse, unparse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { metrics, PHASE_IDS } from '../../data';
import { CSV_COLUMNS, mappingCsvRows } from '../mappingCsv';

describe('the mapping as CSV', () => {
  const rows = mappingCsvRows();

  it('has a header, then one row per metric and phase it covers', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(metrics.reduce((sum, metric) => sum + metric.phases.length, 0));
  });

  it('labels each SPACE row with its cell, as the seed’s matrix has it', () => {
    const cell = rows.find((row) => row[1] === 'space-efficiency' && row[3] === 'build');
    expect(cell).toEqual(['SPACE', 'space-efficiency', 'Efficiency', 'build', '③ Build & Collaborate', 'Cycle time', '']);
    expect(rows.filter((row) => row[0] === 'SPACE')).toHaveLength(5 * PHASE_IDS.length);
  });

  it('carries the seed’s note for a DORA metric in a phase', () => {
    expect(rows.find((row) => row[1] === 'dora-mttr' && row[3] === 'learn')?.[6]).toBe('how quickly learning translates to action');
  });

  it('survives CSV quoting: commas and quotes come back as they were', () => {
    expect(parse<string[]>(unparse(rows)).data).toEqual(rows);
  });
});
