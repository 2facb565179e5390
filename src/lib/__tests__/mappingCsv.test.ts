import { parse, unparse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, mappingCsvRows } from '../mappingCsv';

describe('the mapping as CSV', () => {
  const rows = mappingCsvRows();
  const byFramework = (name: string) => rows.filter((row) => row[0] === name);

  it('starts with its header', () => {
    expect(rows[0]).toEqual([
      'framework',
      'metric_id',
      'metric',
      'phase_id',
      'phase',
      'model_label',
      'model_note',
      'definition',
      'definition_source',
      'guide',
    ]);
    expect(CSV_COLUMNS).toHaveLength(10);
  });

  it('has the seed’s DORA table, row by row and phase by phase, with each phase’s note', () => {
    expect(byFramework('DORA').map((row) => row.slice(0, 7))).toEqual([
      ['DORA', 'dora-deployment-frequency', 'Deployment Frequency', 'build', '③ Build & Collaborate', 'Deployment Frequency', ''],
      ['DORA', 'dora-deployment-frequency', 'Deployment Frequency', 'verify', '④ Verify & Integrate', 'Deployment Frequency', 'how often the verification pipeline completes'],
      ['DORA', 'dora-deployment-frequency', 'Deployment Frequency', 'release', '⑤ Release & Operate', 'Deployment Frequency', 'measured at the deployment boundary'],
      ['DORA', 'dora-change-lead-time', 'Lead Time for Changes', 'shape', '② Shape & Prioritize', 'Lead Time for Changes', 'upstream shaping directly determines how fast work flows into development'],
      ['DORA', 'dora-change-lead-time', 'Lead Time for Changes', 'build', '③ Build & Collaborate', 'Lead Time for Changes', 'first commit to production'],
      ['DORA', 'dora-change-lead-time', 'Lead Time for Changes', 'verify', '④ Verify & Integrate', 'Lead Time for Changes', ''],
      ['DORA', 'dora-change-lead-time', 'Lead Time for Changes', 'release', '⑤ Release & Operate', 'Lead Time for Changes', ''],
      ['DORA', 'dora-change-fail-rate', 'Change Failure Rate', 'verify', '④ Verify & Integrate', 'Change Failure Rate', 'what percentage of deployments cause failures'],
      ['DORA', 'dora-change-fail-rate', 'Change Failure Rate', 'release', '⑤ Release & Operate', 'Change Failure Rate', 'measured at the deployment boundary'],
      ['DORA', 'dora-failed-deployment-recovery-time', 'Mean Time to Recovery', 'release', '⑤ Release & Operate', 'Mean Time to Recovery', ''],
      ['DORA', 'dora-failed-deployment-recovery-time', 'Mean Time to Recovery', 'learn', '⑥ Learn & Adapt', 'Mean Time to Recovery', 'how quickly learning translates to action'],
    ]);
  });

  it('has one row per SPACE cell, labelled as the seed’s matrix labels it', () => {
    expect(byFramework('SPACE')).toHaveLength(30);
    const firstSeven = rows.map((row) => row.slice(0, 7));
    expect(firstSeven).toContainEqual(['SPACE', 'space-efficiency', 'Efficiency', 'build', '③ Build & Collaborate', 'Cycle time', '']);
    expect(firstSeven).toContainEqual(['SPACE', 'space-satisfaction', 'Satisfaction', 'learn', '⑥ Learn & Adapt', 'Sense of progress', 'sense of progress']);
  });

  it('gives each row the framework’s definition, its source and the measure’s guide', () => {
    const leadTime = rows.find((row) => row[1] === 'dora-change-lead-time');
    expect(leadTime?.slice(7)).toEqual([
      'How long a change takes from being committed to version control to running in production.',
      'https://dora.dev/guides/dora-metrics/',
      '/docs/metrics/dora-change-lead-time',
    ]);
    const velocity = rows.find((row) => row[1] === 'essp-velocity');
    expect(velocity?.[9]).toBe('');
  });

  it('has each ESSP zone in the phases that call it out, and none of ESSP’s twelve metrics', () => {
    expect(byFramework('ESSP').map((row) => `${row[1]}@${row[3]}: ${row[6]}`)).toEqual([
      'essp-developer-happiness@build: flow state, low friction',
      'essp-quality@verify: defect escape rate',
      'essp-quality@release: failed deployment recovery time',
      'essp-velocity@shape: well-shaped work moves faster through build',
      'essp-business-outcomes@discover: are we pursuing the right opportunities',
      'essp-business-outcomes@learn: did the feature achieve its goal',
    ]);
  });

  it('has no row for rework rate, which the model maps to no phase', () => {
    expect(rows.filter((row) => row[1] === 'dora-deployment-rework-rate')).toEqual([]);
  });

  it('survives CSV quoting: commas and quotes come back as they were', () => {
    expect(parse<string[]>(unparse(rows)).data).toEqual(rows);
  });
});
