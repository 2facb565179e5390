import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { searchMetrics } from '@site/src/lib/metricSearch';
import ResultCard from '../ResultCard';

const first = (query: string) => {
  const [result] = searchMetrics(query).results;
  if (result === undefined) throw new Error(`nothing found for ${query}`);
  return result;
};

describe('ResultCard', () => {
  it('shows rework rate as a DORA metric that the model maps to no phase', () => {
    render(<ResultCard result={first('rework rate')} headingLevel="h3" />);
    const card = screen.getByRole('article', { name: 'Deployment rework rate' });
    expect(card).toHaveTextContent('DORA');
    expect(card).toHaveTextContent(
      'DORA’s definition: The share of deployments that were unplanned and made to deal with a production incident or user-facing bug.',
    );
    expect(screen.getByRole('link', { name: 'Deployment rework rate (DORA): how to measure it' })).toHaveAttribute(
      'href',
      '/docs/metrics/dora-deployment-rework-rate',
    );
    expect(card).toHaveTextContent('Phases covered: none. This draft model does not map it to phases yet.');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('link', { name: 'More about DORA' })).toHaveAttribute('href', '/docs/frameworks/dora');
  });

  it('gives a renamed DORA metric its seed name, its name today and the model’s phrase', () => {
    render(<ResultCard result={first('MTTR')} headingLevel="h3" />);
    const card = screen.getByRole('article', { name: 'Mean Time to Recovery' });
    expect(card).toHaveTextContent('Now called Failed deployment recovery time by DORA.');
    expect(card).toHaveTextContent('Also known as “MTTR”.');
    expect(card).toHaveTextContent(
      'DORA’s definition: How long it takes to recover after a deployment fails and needs immediate intervention.',
    );
    expect(card).toHaveTextContent('The loop model’s phrase: “Speed of response and learning from failures”');
    expect(card.textContent?.indexOf('DORA’s definition')).toBeLessThan(card.textContent?.indexOf('The loop model’s phrase') ?? 0);
    expect(card).toHaveTextContent('The loop model’s notes, by phase');
  });

  it('does not call a SPACE dimension’s full name a rename, and lists its label in each phase', () => {
    render(<ResultCard result={first('satisfaction')} headingLevel="h3" />);
    const card = screen.getByRole('article', { name: 'Satisfaction' });
    expect(card).not.toHaveTextContent('Now called');
    expect(card).toHaveTextContent('The loop model’s label in each phase');
    expect(card).toHaveTextContent('Clarity of mission');
  });

  it('says a word found only in common use is not the framework’s name', () => {
    render(<ResultCard result={first('commit-to-prod')} headingLevel="h3" />);
    expect(screen.getByRole('article', { name: 'Lead Time for Changes' })).toHaveTextContent(
      'Found by “commit-to-prod”, a term in common use, not one of DORA’s names for it.',
    );
  });

  it('lists an ESSP zone’s metrics, each linked to its guide', () => {
    render(<ResultCard result={first('velocity')} headingLevel="h3" />);
    const list = screen.getByRole('list', { name: 'ESSP’s metrics in this zone' });
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/docs/metrics/essp-lead-time',
      '/docs/metrics/essp-deployment-frequency',
      '/docs/metrics/essp-prs-merged-per-developer',
    ]);
  });

  it('places a SPACE cell in its dimension and phase', () => {
    render(<ResultCard result={first('cycle time')} headingLevel="h3" />);
    const card = screen.getByRole('article', { name: 'Cycle time' });
    expect(card).toHaveTextContent('SPACE Efficiency and flow, in ③ Build & Collaborate');
    expect(card).toHaveTextContent('“Cycle time” is the loop model’s label for Efficiency and flow in this phase, not a term from the SPACE paper.');
    expect(screen.getByRole('link', { name: 'All phases of SPACE Efficiency' })).toHaveAttribute('href', '/metrics?q=Efficiency&framework=space');
  });
});
