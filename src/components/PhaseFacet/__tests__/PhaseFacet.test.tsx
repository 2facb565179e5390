import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import PhaseFacet from '..';

describe('PhaseFacet', () => {
  it('shows the tip for ② Shape with the seed’s numbers', () => {
    render(<PhaseFacet phase="shape" facet="hveCore" />);
    const tip = screen.getByRole('complementary', { name: 'Where to start' });
    expect(tip).toHaveTextContent('20 artifacts across two complete backlog management flows');
    expect(screen.getByText(/4-step flow: discover → triage → sprint plan → execute/)).toBeVisible();
  });

  it('shows no tip where the seed has none', () => {
    render(<PhaseFacet phase="build" facet="hveCore" />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('lists who is involved, with the seed’s remark', () => {
    render(<PhaseFacet phase="shape" facet="people" />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Product Managers',
      'Tech Leads',
      'TPMs',
      'Engineering Managers',
    ]);
    expect(screen.getByText(/whole team is sometimes involved/)).toBeVisible();
  });

  it('throws on an unknown facet or phase, naming it', () => {
    expect(() => render(<PhaseFacet phase="shape" facet="budget" />)).toThrow(/Unknown phase facet "budget"/);
    expect(() => render(<PhaseFacet phase="ship" facet="risks" />)).toThrow(/Unknown phase id "ship"/);
  });
});
