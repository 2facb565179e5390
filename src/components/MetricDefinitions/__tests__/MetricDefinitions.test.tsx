import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import MetricDefinitions from '..';

/** The definitions under a term, as text. */
const definitionsOf = (term: string): string[] => {
  // A term takes no name from its content, so it is found by its text.
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  if (dt === undefined) throw new Error(`no term ${term}`);
  return Array.from(dt.parentElement?.querySelectorAll('dd') ?? [], (dd) => dd.textContent ?? '');
};

describe('MetricDefinitions', () => {
  it('lists the DORA metrics the model maps, under the seed’s names, and leaves rework rate to its own note', () => {
    render(<MetricDefinitions framework="dora" />);
    expect(screen.getAllByRole('term').map((dt) => dt.textContent)).toEqual([
      'Deployment Frequency',
      'Lead Time for Changes',
      'Change Failure Rate',
      'Mean Time to Recovery',
    ]);
  });

  it('gives a DORA metric’s definition first, then its current name, its factor and how that changed, and its history', () => {
    render(<MetricDefinitions framework="dora" />);
    const [definition, names, history] = definitionsOf('Mean Time to Recovery');
    expect(definition).toMatch(/^DORA’s definition: How long it takes to recover after a deployment fails/);
    expect(names).toBe('DORA’s current name: Failed deployment recovery time. Factor: Throughput since 2024 (stability from 2015 to 2023).');
    expect(history).toMatch(/^Renamed from “mean time to recover \(MTTR\)”/);
    expect(definitionsOf('Change Failure Rate')[1]).toBe('DORA’s current name: Change fail rate. Factor: Instability (called stability until 2023).');
    expect(definitionsOf('Deployment Frequency')[1]).toBe('DORA’s current name: Deployment frequency. Factor: Throughput.');
    expect(screen.getByRole('link', { name: 'Failed deployment recovery time (DORA): how to measure it' })).toHaveAttribute(
      'href',
      '/docs/metrics/dora-failed-deployment-recovery-time',
    );
  });

  it('names a SPACE dimension in full, with its letter', () => {
    render(<MetricDefinitions framework="space" />);
    expect(definitionsOf('Efficiency')[1]).toBe('Full name: Efficiency and flow (the E of SPACE).');
  });

  it('lists each ESSP zone’s metrics as GitHub names them, aggregate first', () => {
    render(<MetricDefinitions framework="essp" />);
    expect(definitionsOf('Velocity')).toContain('GitHub’s metrics for this zone: (Median) Lead time; Deployment frequency; (Mean) PRs merged per developer.');
    expect(definitionsOf('Business Outcomes')[1]).toBe('Top layer. The model asks: “Did the shipped feature actually achieve its intended impact?”');
    expect(screen.getByRole('link', { name: '(Mean) PRs merged per developer' })).toHaveAttribute('href', '/docs/metrics/essp-prs-merged-per-developer');
  });

  it('links each to the finder and to its source', () => {
    render(<MetricDefinitions framework="space" />);
    expect(screen.getAllByRole('link', { name: 'Find its phases' })[0]).toHaveAttribute('href', '/metrics?q=Satisfaction');
    expect(screen.getAllByRole('link', { name: 'Source' })[0]).toHaveAttribute('href', 'https://acawiki.org/The_SPACE_of_Developer_Productivity');
  });
});
