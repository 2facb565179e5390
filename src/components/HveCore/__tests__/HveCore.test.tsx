import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderForPhase } from '@site/src/test/renderForPhase';
import { expectNoAxeViolations } from '@site/src/test/setup';
import PhaseFacet from '../../PhaseFacet';
import HveCoreCoverage from '..';

describe('HveCoreCoverage', () => {
  it('shows the loop page’s three remarks on where HVE-Core is thin side by side, each beside its phase', () => {
    render(<HveCoreCoverage />);
    const table = screen.getByRole('table', { name: 'The loop page’s three remarks on HVE-Core’s coverage, in loop order' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['① Discover & Strategize', '⑤ Release & Operate', '⑥ Learn & Adapt']);
    expect(rows[0]).toHaveTextContent('most room to grow');
    expect(rows[1]).toHaveTextContent('most opportunity for growth');
    expect(rows[2]).toHaveTextContent('least HVE-Core coverage');
  });

  it('has no axe violations', async () => {
    const { container } = render(<HveCoreCoverage />);
    await expectNoAxeViolations(container);
  });
});

describe('Where HVE-Core helps, on a phase guide', () => {
  it('links HVE-Core to its explanation, says the list is the draft’s, as it described it, and links its remark to the three side by side', () => {
    renderForPhase('release', <PhaseFacet facet="hveCoreHelps" />);
    expect(screen.getByRole('link', { name: 'HVE-Core' })).toHaveAttribute('href', '/docs/sources#hve-core');
    expect(screen.getByText(/as its draft page described it; the counts are the draft’s and may have changed since/)).toBeVisible();
    expect(screen.getByText(/The draft’s own assessment: This segment has the most opportunity for growth/)).toBeVisible();
    expect(screen.getByRole('link', { name: /three remarks on where HVE-Core is thin/ })).toHaveAttribute('href', '/docs/sources#where-the-page-says-hve-core-is-thin');
  });

  it('adds no assessment where the loop page makes none', () => {
    renderForPhase('build', <PhaseFacet facet="hveCoreHelps" />);
    expect(screen.queryByText(/own assessment/)).toBeNull();
  });
});
