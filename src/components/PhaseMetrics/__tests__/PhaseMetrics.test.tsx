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
    expect(screen.getByText(/The model’s note for this phase: first commit to production/)).toBeVisible();
    expect(screen.getByText(/The model’s note for this phase: flow state, low friction/)).toBeVisible();
  });

  it('gives DORA’s definition of deployment frequency first in ④ Verify, and the model’s words as the model’s', () => {
    renderForPhase('verify', <PhaseMetrics />);
    const item = screen.getByRole('link', { name: 'Deployment Frequency' }).closest('li');
    expect(item).toHaveTextContent(
      'Deployment Frequency: How many deployments happen in a given period, or how long passes between deployments. The model’s phrase: “Throughput across build, verify, and release”. The model’s note for this phase: how often the verification pipeline completes.',
    );
    expect(screen.getByRole('link', { name: 'Deployment Frequency' })).toHaveAttribute('href', '/docs/metrics/dora-deployment-frequency');
  });

  it('names in words the SPACE dimensions the model singles out for the phase, with its notes', () => {
    renderForPhase('build', <PhaseMetrics />);
    expect(
      screen.getByText('The model singles out Activity (commits, PRs, reviews as supporting signals only) and Communication (PR review cycles, knowledge silos) for this phase.'),
    ).toBeVisible();
    expect(screen.getByRole('table', { name: /SPACE dimension/ })).not.toHaveTextContent(/Called out/);
    expect(screen.queryByText(/DORA table counts this phase/)).toBeNull();
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
