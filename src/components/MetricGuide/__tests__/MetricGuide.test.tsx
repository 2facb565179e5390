import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInDoc } from '@site/src/test/renderForPhase';
import { expectNoAxeViolations } from '@site/src/test/setup';
import MetricGuide from '..';

/** The guide as the page docs/metrics/<id>.mdx renders it. */
const renderGuide = (id: string) => renderInDoc(`metrics/${id}`, <MetricGuide />);
const section = (name: string) => screen.getByRole('region', { name });

describe('MetricGuide', () => {
  it('gives sections a to e in order, the definition first', () => {
    renderGuide('dora-change-lead-time');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Definition',
      'How to measure it',
      'Pitfalls',
      'Where the loop model uses it',
      'Related',
    ]);
  });

  it('leads with DORA’s definition of lead time and its source, then its factor and former names', () => {
    renderGuide('dora-change-lead-time');
    const definition = section('Definition');
    expect(definition).toHaveTextContent(
      'DORA’s definition, in our words: How long a change takes from being committed to version control to running in production.',
    );
    expect(within(definition).getByRole('link', { name: 'DORA’s software delivery performance metrics (guide)' })).toHaveAttribute(
      'href',
      'https://dora.dev/guides/dora-metrics/',
    );
    expect(definition).toHaveTextContent('Lower is better.');
    expect(definition).toHaveTextContent('Throughput');
    expect(definition).toHaveTextContent('lead time for changes, deployment lead time, LT, LTC, LTFC');
    expect(definition).toHaveTextContent('The model’s source calls it Lead Time for Changes.');
  });

  it('says how to measure lead time: the clock, the median and why, DORA’s survey choices and the tools’ table', () => {
    renderGuide('dora-change-lead-time');
    const how = section('How to measure it');
    expect(how).toHaveTextContent('The clock starts whenThe change is committed to version control.');
    expect(how).toHaveTextContent('The median.');
    expect(how).toHaveTextContent('A few very slow changes pull a mean far above what a typical change takes');
    expect(how).toHaveTextContent('Measure one application or service at a time');
    const choices = within(how).getByRole('heading', { name: 'DORA’s survey question' }).nextElementSibling?.nextElementSibling?.nextElementSibling;
    expect(Array.from(choices?.querySelectorAll('li') ?? []).map((li) => li.textContent)).toEqual([
      'More than six months',
      'Between one month and six months',
      'Between one week and one month',
      'Between one day and one week',
      'Less than one day',
      'Less than one hour',
      'I don’t know or NA',
    ]);
    const table = within(how).getByRole('table', { name: 'How four well-known tools compute change lead time' });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Four Keys', 'DevLake', 'GitLab', 'Middleware']);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Tool',
      'What it counts',
      'Clock starts',
      'Clock stops',
      'How it aggregates',
      'Caveat',
    ]);
    for (const header of within(table).getAllByRole('columnheader')) expect(header).toHaveAttribute('scope', 'col');
    for (const header of within(table).getAllByRole('rowheader')) expect(header).toHaveAttribute('scope', 'row');
    expect(within(table).getByRole('row', { name: /^GitLab/ })).toHaveTextContent('The merge request is merged, so coding time is left out');
  });

  it('asks for a percentage for change fail rate, and leaves the clock columns out of its tools’ table', () => {
    renderGuide('dora-change-fail-rate');
    const how = section('How to measure it');
    expect(how).toHaveTextContent('A percentage from 0 to 100');
    const table = within(how).getByRole('table', { name: 'How four well-known tools compute change fail rate' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Tool', 'What it counts', 'How it aggregates', 'Caveat']);
  });

  it('lists DORA’s warnings with their source', () => {
    renderGuide('dora-deployment-frequency');
    const pitfalls = section('Pitfalls');
    expect(pitfalls).toHaveTextContent('Don’t judge delivery by one metric alone.');
    expect(pitfalls).toHaveTextContent('Don’t compare very different applications or services with each other.');
    expect(within(pitfalls).getByRole('link', { name: 'DORA’s software delivery performance metrics (guide)' })).toBeVisible();
  });

  it('marks the phases where the model uses lead time on the loop in words, with the model’s notes labelled as its own', () => {
    renderGuide('dora-change-lead-time');
    const loop = section('Where the loop model uses it');
    const diagram = within(loop).getByRole('group', { name: 'The Value Delivery Loop' });
    expect(within(diagram).getAllByRole('link', { name: /Uses it, phase/ }).map((link) => link.getAttribute('aria-label'))).toEqual([
      '② Shape & Prioritize Uses it, phase 2 of 6',
      '③ Build & Collaborate Uses it, phase 3 of 6',
      '④ Verify & Integrate Uses it, phase 4 of 6',
      '⑤ Release & Operate Uses it, phase 5 of 6',
    ]);
    expect(loop).toHaveTextContent('The model’s phrase for it, from its DORA table: “First commit to production, but shaped by upstream clarity”.');
    expect(loop).toHaveTextContent('The model’s note: “upstream shaping directly determines how fast work flows into development”.');
    expect(loop).toHaveTextContent('Where the model and DORA differ: The loop model places lead time at ② Shape');
  });

  it('says the model does not map deployment rework rate, and marks nothing', () => {
    renderGuide('dora-deployment-rework-rate');
    const loop = section('Where the loop model uses it');
    expect(loop).toHaveTextContent('The loop model does not use deployment rework rate: this draft model does not map it to phases yet.');
    expect(within(loop).queryByRole('group', { name: 'The Value Delivery Loop' })).toBeNull();
  });

  it('shows an ESSP metric with its zone, published name and DORA twin, and its zone’s phases on the loop', () => {
    renderGuide('essp-lead-time');
    const definition = section('Definition');
    expect(definition).toHaveTextContent('ESSP’s definition, in our words: How long a commit takes to reach production; GitHub takes it from DORA.');
    expect(definition).toHaveTextContent('(Median) Lead time');
    expect(within(definition).getByRole('link', { name: 'change lead time' })).toHaveAttribute('href', '/docs/metrics/dora-change-lead-time');
    expect(within(section('How to measure it')).getByRole('link', { name: /where tools disagree/ })).toHaveAttribute(
      'href',
      '/docs/metrics/dora-change-lead-time#where-tools-disagree',
    );
    const loop = section('Where the loop model uses it');
    expect(loop).toHaveTextContent('it places the Velocity zone, which holds lead time, in the phases marked “Its zone”');
    expect(within(loop).getAllByRole('link', { name: /Its zone, phase/ }).map((link) => link.getAttribute('aria-label'))).toEqual([
      '② Shape & Prioritize Its zone, phase 2 of 6',
    ]);
    expect(within(section('Related')).getByRole('link', { name: 'Change failure rate (ESSP)' })).toHaveAttribute(
      'href',
      '/docs/metrics/essp-change-failure-rate',
    );
  });

  it('gives a survey metric its item and scale', () => {
    renderGuide('essp-flow-state-experience');
    expect(section('How to measure it')).toHaveTextContent(
      'How much time the respondent has for deep, focused work. (in our words) Answered on a scale from 1 to 5. The item comes from DX’s Developer Experience Index.',
    );
  });

  it('adds the SPACE paper’s examples by level and its advice, and labels the per-phase labels as the model’s', () => {
    renderGuide('space-efficiency');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent).slice(-2)).toEqual([
      'The paper’s example metrics by level',
      'Using SPACE',
    ]);
    const table = screen.getByRole('table', { name: 'The SPACE paper’s example metrics for Efficiency and flow, by level' });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Individual (one person)', 'Team or group', 'System (end-to-end)']);
    expect(section('Using SPACE')).toHaveTextContent('Measure at least three of the five dimensions.');
    const loop = section('Where the loop model uses it');
    expect(loop).toHaveTextContent('③ Build & Collaborate: the model’s label here is “Cycle time”.');
    expect(loop).toHaveTextContent('These per-phase labels are the loop model’s illustrations of the dimension, not examples from the SPACE paper.');
  });

  it('fails with a message naming the page when it is not a metric guide, or its id has no data', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderInDoc('sources', <MetricGuide />)).toThrow('MetricGuide belongs on a page in docs/metrics/, but is used on docs/sources.mdx');
      expect(() => renderGuide('dora-mttr')).toThrow(/docs\/metrics\/dora-mttr\.mdx presents metric "dora-mttr", which is not in GUIDED_MEASURE_IDS/);
    } finally {
      quiet.mockRestore();
    }
  });

  it('has no axe violations', async () => {
    const { container } = renderGuide('dora-change-lead-time');
    await expectNoAxeViolations(container);
  });
});
