import { render, screen } from '@testing-library/react';
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
    expect(card).toHaveTextContent('Measures: The share of deployments that were unplanned fixes for incidents or bugs');
    expect(card).toHaveTextContent('Phases covered: none. This draft model does not map it to phases yet.');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('link', { name: 'More about DORA' })).toHaveAttribute('href', '/docs/frameworks/dora');
  });

  it('gives a renamed DORA metric its seed name, its name today and the model’s phrase', () => {
    render(<ResultCard result={first('MTTR')} headingLevel="h3" />);
    const card = screen.getByRole('article', { name: 'Mean Time to Recovery' });
    expect(card).toHaveTextContent('Now called Failed deployment recovery time by DORA.');
    expect(card).toHaveTextContent('Also known as “MTTR”.');
    expect(card).toHaveTextContent('Measures: Speed of response and learning from failures');
    expect(card).toHaveTextContent('Notes from the loop');
  });

  it('does not call a SPACE dimension’s full name a rename, and lists its label in each phase', () => {
    render(<ResultCard result={first('satisfaction')} headingLevel="h3" />);
    const card = screen.getByRole('article', { name: 'Satisfaction' });
    expect(card).not.toHaveTextContent('Now called');
    expect(card).toHaveTextContent('In each phase');
    expect(card).toHaveTextContent('Clarity of mission');
  });

  it('places a SPACE cell in its dimension and phase', () => {
    render(<ResultCard result={first('cycle time')} headingLevel="h3" />);
    const card = screen.getByRole('article', { name: 'Cycle time' });
    expect(card).toHaveTextContent('SPACE Efficiency and flow, in ③ Build & Collaborate');
    expect(screen.getByRole('link', { name: 'All phases of SPACE Efficiency' })).toHaveAttribute('href', '/metrics?q=Efficiency&framework=space');
  });
});
