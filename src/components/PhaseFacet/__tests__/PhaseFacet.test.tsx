import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderForPhase, renderInDoc } from '@site/src/test/renderForPhase';
import PhaseFacet from '..';

describe('PhaseFacet', () => {
  it('shows the tip for ② Shape with the seed’s numbers', () => {
    renderForPhase('shape', <PhaseFacet facet="hveCoreHelps" />);
    const tip = screen.getByRole('complementary', { name: 'Where to start' });
    expect(tip).toHaveTextContent('20 artifacts across two complete backlog management flows');
    expect(screen.getByText(/4-step flow: discover → triage → sprint plan → execute/)).toBeVisible();
  });

  it('shows no tip where the seed has none', () => {
    renderForPhase('build', <PhaseFacet facet="hveCoreHelps" />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('lists who is involved, with the seed’s remark', () => {
    renderForPhase('shape', <PhaseFacet facet="people" />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Product Managers',
      'Tech Leads',
      'TPMs',
      'Engineering Managers',
    ]);
    expect(screen.getByText(/whole team is sometimes involved/)).toBeVisible();
  });

  it('throws on an unknown facet, naming it, and outside a phase guide, naming the page it is on', () => {
    expect(() => renderForPhase('shape', <PhaseFacet facet="budget" />)).toThrow(/Unknown phase facet "budget"/);
    expect(() => renderInDoc('roles/security', <PhaseFacet facet="people" />)).toThrow(
      'PhaseFacet belongs on a page in docs/phases/, but is used on docs/roles/security.mdx, which is not in docs/phases/.',
    );
    expect(() => render(<PhaseFacet facet="people" />)).toThrow(/^PhaseFacet belongs on a page in docs\/phases\/, but is used outside any doc/);
  });
});
