import { describe, expect, it } from 'vitest';
import { getMeasure, presentMeasure } from '..';

const view = (id: string) => presentMeasure(getMeasure(id));

describe('presentMeasure', () => {
  it('gives a DORA metric the seed’s name as its title, with its names today and before', () => {
    const leadTime = view('dora-change-lead-time');
    expect(leadTime.title).toBe('Lead Time for Changes');
    expect(leadTime.names).toMatchObject({
      current: 'Change lead time',
      seed: 'Lead Time for Changes',
      former: ['lead time for changes', 'deployment lead time'],
      abbreviations: ['LT', 'LTC', 'LTFC'],
      renamedTo: 'Change lead time',
    });
    expect(leadTime.direction).toBe('lower-is-better');
    expect(leadTime.factor).toBe('Throughput');
  });

  it('keeps the model’s phrase apart from DORA’s definition', () => {
    const leadTime = view('dora-change-lead-time');
    expect(leadTime.modelPhrase).toBe('First commit to production, but shaped by upstream clarity');
    expect(leadTime.definition.text).toBe('How long a change takes from being committed to version control to running in production.');
    expect(leadTime.definition.source.url).toBe('https://dora.dev/guides/dora-metrics/');
  });

  it('lists the phases in loop order, each with whether the table maps it, whether the phase names it, and its note', () => {
    expect(view('dora-change-lead-time').perPhase).toEqual([
      { phase: 'shape', covered: true, calledOut: true, note: 'upstream shaping directly determines how fast work flows into development' },
      { phase: 'build', covered: true, calledOut: true, note: 'first commit to production' },
      { phase: 'verify', covered: true, calledOut: false },
      { phase: 'release', covered: true, calledOut: false },
    ]);
  });

  it('gives a SPACE dimension its matrix label and the phase’s note as separate fields', () => {
    const satisfaction = view('space-satisfaction');
    expect(satisfaction.perPhase[0]).toEqual({ phase: 'discover', covered: true, calledOut: true, label: 'Clarity of mission', note: 'clarity of mission' });
    expect(satisfaction.perPhase[1]).toEqual({ phase: 'shape', covered: true, calledOut: false, label: 'Confidence in plan' });
    expect(satisfaction.names.renamedTo).toBeUndefined();
    expect(satisfaction.letter).toBe('S');
  });

  it('shows rework rate under DORA’s name, mapped to no phase, with the model’s reason', () => {
    const rework = view('dora-deployment-rework-rate');
    expect(rework.title).toBe('Deployment rework rate');
    expect(rework.phases).toEqual([]);
    expect(rework.perPhase).toEqual([]);
    expect(rework.unmappedNote).toBe('This draft model does not map it to phases yet.');
    expect(rework.factor).toBe('Instability');
  });

  it('gives an ESSP zone the seed’s question and paragraph, and its three metrics', () => {
    const velocity = view('essp-velocity');
    expect(velocity.question).toBe('How fast does value move through the loop?');
    expect(velocity.modelNote).toMatch(/^Not deployment frequency alone/);
    expect(velocity.definition.text).toBe('Code ships regularly, and as fast as the business needs it to.');
    expect(velocity.zoneMetrics?.map((metric) => metric.id)).toEqual(['essp-lead-time', 'essp-deployment-frequency', 'essp-prs-merged-per-developer']);
  });

  it('writes an ESSP metric’s name as GitHub publishes it, and maps it to no phase', () => {
    expect(view('essp-feature-engineering-expenses').names.published).toBe('(Percentage) Feature engineering expenses to total engineering expenses');
    expect(view('essp-change-failure-rate').names.published).toBe('Change failure rate');
    expect(view('essp-lead-time').phases).toEqual([]);
  });
});
