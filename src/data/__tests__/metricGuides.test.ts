import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMeasure, GUIDED_MEASURE_IDS, unmappedTerms } from '..';
import { measurementGuides } from '../measurement';

const metricsDir = path.resolve(__dirname, '../../../docs/metrics');
const pageIds = readdirSync(metricsDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

describe.each(GUIDED_MEASURE_IDS.map((id) => ({ id })))('the guide to $id', ({ id }) => {
  it('has a definition with a source to link', () => {
    const { definition } = getMeasure(id);
    expect(definition.text.length, `give ${id} a definition in src/data/measures.ts`).toBeGreaterThan(20);
    expect(definition.source.url, `give ${id}'s definition its source in src/data/measures.ts`).toMatch(/^https:\/\//);
  });

  it('has measurement data and a page', () => {
    expect(measurementGuides[id], `add ${id} to src/data/measurement.ts`).toBeDefined();
    expect(existsSync(path.join(metricsDir, `${id}.mdx`)), `add docs/metrics/${id}.mdx (front matter and <MetricGuide />)`).toBe(true);
  });
});

it('no page in docs/metrics/ is without data', () => {
  const known: readonly string[] = GUIDED_MEASURE_IDS;
  expect(pageIds.filter((id) => !known.includes(id)), 'a page here needs its id in GUIDED_MEASURE_IDS and data').toEqual([]);
  expect(pageIds).toHaveLength(22);
});

describe.each(unmappedTerms.map((term) => ({ term: term.terms[0], entry: term })))('the finder’s note on “$term”', ({ entry }) => {
  it('cites a source, or is labelled as common usage', () => {
    if (entry.basis === 'source') expect(entry).toHaveProperty('sourceUrl', expect.stringMatching(/^https:\/\//));
    else expect(entry).not.toHaveProperty('sourceUrl');
  });
});
