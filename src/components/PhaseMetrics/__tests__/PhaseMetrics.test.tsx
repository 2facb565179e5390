import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderForPhase } from '@site/src/test/renderForPhase';
import { expectNoAxeViolations } from '@site/src/test/setup';
import PhaseMetrics from '..';

const itemsUnder = (heading: RegExp): string[] => {
  const group = screen.getByRole('heading', { name: heading }).parentElement;
  if (!group) throw new Error('no group');
  return within(group)
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('strong')?.textContent ?? '');
};

describe('PhaseMetrics', () => {
  it('lists exactly the seed’s metrics for ③ Build', () => {
    renderForPhase('build', <PhaseMetrics />);
    expect(itemsUnder(/DORA metrics/)).toEqual(['Deployment Frequency', 'Lead Time for Changes']);
    expect(itemsUnder(/ESSP zone/)).toEqual(['Developer Happiness']);
    const space = screen.getByRole('table', { name: /SPACE dimension looks at in ③ Build & Collaborate/ });
    expect(within(space).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Satisfaction',
      'Performance',
      'Activity',
      'Communication',
      'Efficiency',
    ]);
    expect(screen.getByText(/In this phase: first commit to production/)).toBeVisible();
    expect(screen.getByText(/In this phase: flow state, low friction/)).toBeVisible();
  });

  it('says where the DORA table counts a phase that does not name the metric', () => {
    renderForPhase('build', <PhaseMetrics />);
    const item = screen.getByText('Deployment Frequency').closest('li');
    expect(item).toHaveTextContent('the phase’s own list of metrics does not name it');
  });

  it('tells readers that no DORA metric measures ① Discover', () => {
    renderForPhase('discover', <PhaseMetrics />);
    expect(itemsUnder(/DORA metrics/)).toEqual([]);
    expect(screen.getByText(/No DORA metric measures this phase directly/)).toBeVisible();
    expect(itemsUnder(/ESSP zone/)).toEqual(['Business Outcomes']);
  });

  it('links to the finder filtered by the phase', () => {
    renderForPhase('verify', <PhaseMetrics />);
    expect(screen.getByRole('link', { name: /Everything that measures ④ Verify/ })).toHaveAttribute('href', '/metrics?phase=verify');
  });

  it('throws outside a phase guide, naming itself', () => {
    expect(() => render(<PhaseMetrics />)).toThrow(/PhaseMetrics belongs on a page in docs\/phases\//);
  });

  it('has no axe violations', async () => {
    const { container } = renderForPhase('release', <PhaseMetrics />);
    await expectNoAxeViolations(container);
  });
});
