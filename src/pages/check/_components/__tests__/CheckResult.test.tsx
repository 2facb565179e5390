import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkStatements } from '@site/src/data/check';
import { emptyState } from '@site/src/lib/checkLink';
import { scoreCheck, type Answer } from '@site/src/lib/checkScore';
import { expectNoAxeViolations } from '@site/src/test/setup';
import CheckResult, { WhatToTryFirst } from '../CheckResult';

/**
 * "Agree" (4) everywhere, except: ④ Verify's statements 10–12 answered 1, 2 and 1, and ⑤ → ④'s
 * statements 23–24 answered 2 and 3. ④ scores 1.3 (Stuck) and ⑤ → ④ 2.5 (Shaky): the weakest.
 */
const LOW: Record<number, Answer> = { 10: 1, 11: 2, 12: 1, 23: 2, 24: 3 };
const answers: Answer[] = checkStatements.map((_, i) => LOW[i + 1] ?? 4);
const scores = scoreCheck(answers);

const links = (element: HTMLElement) => within(element).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);

describe('the check result’s “What to try first”', { timeout: 20_000 }, () => {
  it('lists, for the weakest phase, the statements rated lowest, each with its practices linked to their articles', () => {
    render(<WhatToTryFirst scores={scores} answers={answers} />);
    const phase = screen.getByRole('region', { name: 'Weakest phase: ④ Verify & Integrate' });
    expect(within(phase).getByText('1.3 of 5, Stuck')).toBeInTheDocument();
    const lowest = within(phase).getByRole('list', { name: 'Your lowest-rated statements here' });
    expect(Array.from(lowest.children).map((item) => item.querySelector('p')?.textContent)).toEqual([
      '“The changes we ship are covered by tests.” You answered: strongly disagree.',
      '“Our security scans raise few enough false positives that real vulnerabilities get attention.” You answered: strongly disagree.',
    ]);
    const coverage = within(phase).getByRole('list', { name: 'What to try: The changes we ship are covered by tests.' });
    expect(within(coverage).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Test everything new or changed.',
      'Run tests on every commit.',
      'Add a test for every escaped defect.',
    ]);
    expect(within(coverage).getAllByRole('link', { name: 'Test automation' })[0]).toHaveAttribute('href', 'https://dora.dev/capabilities/test-automation/');
    expect(within(coverage).getByRole('link', { name: 'Continuous integration' })).toHaveAttribute('href', 'https://dora.dev/capabilities/continuous-integration/');
    // Security-scanner false positives: no practice, said plainly, with the nearest reading as such.
    const scans = within(phase).getByRole('group', { name: /^What to try: Our security scans/ });
    expect(scans).toHaveTextContent('The site knows of no sourced practice for this.');
    expect(scans).toHaveTextContent('Nearest reading, which does not address it directly:');
    expect(within(scans).getByRole('link', { name: 'Pervasive security' })).toHaveAttribute('href', 'https://dora.dev/capabilities/pervasive-security/');
  });

  it('names two metrics for each, linked to their guides, and says how they were picked', () => {
    render(<WhatToTryFirst scores={scores} answers={answers} />);
    expect(links(screen.getByRole('list', { name: 'Metrics to watch: ④ Verify & Integrate' }))).toEqual([
      ['Change fail rate', '/docs/metrics/dora-change-fail-rate'],
      ['Deployment frequency', '/docs/metrics/dora-deployment-frequency'],
    ]);
    expect(links(screen.getByRole('list', { name: 'Metrics to watch: ⑤ → ④ Production issues feed back to verify' }))).toEqual([
      ['Change fail rate', '/docs/metrics/dora-change-fail-rate'],
      ['Failed deployment recovery time', '/docs/metrics/dora-failed-deployment-recovery-time'],
    ]);
    expect(screen.getByText(/How the metrics were chosen\./).parentElement).toHaveTextContent(/taking the practices of your lowest-rated statements first/);
    expect(screen.getByText(/this site’s selection, drawn from the articles linked with each/)).toBeInTheDocument();
  });

  it('gives the weakest arc its lowest statement and the arc’s practices once', () => {
    render(<WhatToTryFirst scores={scores} answers={answers} />);
    const arc = screen.getByRole('region', { name: 'Weakest feedback arc: ⑤ → ④ Production issues feed back to verify' });
    expect(within(arc).getByRole('list', { name: 'Your lowest-rated statements here' })).toHaveTextContent(
      '“When a production incident shows a gap in our testing, we close the gap right away.” You answered: disagree.',
    );
    const practices = within(arc).getByRole('list', { name: 'What to try: ⑤ → ④ Production issues feed back to verify' });
    expect(within(practices).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Add a test for every escaped defect.',
      'Alert on what would have warned you.',
      'Give every action item an owner.',
    ]);
  });

  it('asks for more answers while nothing has a score', () => {
    const none = emptyState().answers;
    render(<WhatToTryFirst scores={scoreCheck(none)} answers={none} />);
    expect(screen.getByRole('region', { name: 'What to try first' })).toHaveTextContent('Rate more statements');
    expect(screen.queryByRole('region', { name: /Weakest/ })).toBeNull();
  });

  it('opens the whole result, before the loop, and has no axe violations', async () => {
    const { container } = render(<CheckResult scores={scores} state={{ ...emptyState(), answers }} date={new Date('2026-12-05T12:00:00Z')} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 2)).toEqual(['What to try first', 'Your loop']);
    await expectNoAxeViolations(container);
  });
});
