import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '@site/src/test/setup';
import MappingTable from '..';

const cellText = (table: HTMLElement, rowHeader: string, column: number): string => {
  const row = within(table).getByRole('rowheader', { name: new RegExp(`^${rowHeader}`) }).closest('tr');
  if (!row) throw new Error(`no row for ${rowHeader}`);
  return row.querySelectorAll('th, td')[column]?.textContent ?? '';
};

describe('MappingTable', () => {
  it('shows "Cycle time" for SPACE Efficiency under ③ Build', () => {
    render(<MappingTable framework="space" />);
    const table = screen.getByRole('table', { name: 'The loop model’s label for what each SPACE dimension looks at in each phase' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['SPACE dimension', '① Discover', '② Shape', '③ Build', '④ Verify', '⑤ Release', '⑥ Learn']);
    expect(cellText(table, 'Efficiency', 3)).toBe('Cycle time');
    expect(cellText(table, 'Satisfaction', 1)).toBe('Clarity of mission');
    expect(cellText(table, 'Activity', 6)).toBe('Retro actions closed');
  });

  // On phones each row is a card and each value is drawn under data-label: it must name its column.
  it.each(['dora', 'space', 'essp'])('labels every %s cell with its column header for the phone layout', (framework) => {
    render(<MappingTable framework={framework} />);
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      const labels = within(row).getAllByRole('cell').map((cell) => cell.getAttribute('data-label'));
      expect(labels).toEqual(headers.slice(1));
    }
  });

  it('shows all thirty SPACE labels', () => {
    render(<MappingTable framework="space" />);
    expect(screen.getAllByRole('cell')).toHaveLength(30);
  });

  it('lists each DORA metric with DORA’s definition first, then its phases as links and the model’s phrase', () => {
    render(<MappingTable framework="dora" />);
    const table = screen.getByRole('table', { name: 'How the four DORA metrics map to phases' });
    const row = within(table).getByRole('rowheader', { name: /Change Failure Rate/ }).closest('tr');
    if (!row) throw new Error('no Change Failure Rate row');
    const links = within(row).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Change Failure Rate', '/docs/metrics/dora-change-fail-rate'],
      ['Source', 'https://dora.dev/guides/dora-metrics/'],
      ['④ Verify & Integrate', '/docs/phases/verify'],
      ['⑤ Release & Operate', '/docs/phases/release'],
    ]);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Metric',
      'DORA’s definition',
      'Primary phases (the model’s)',
      'The model’s phrase',
    ]);
    expect(row).toHaveTextContent('The share of deployments that need immediate remediation after they ship, usually a rollback or a hotfix.');
    expect(row).toHaveTextContent('“Failures in production caused by gaps in verify and release”');
    expect(row).toHaveTextContent('DORA now: Change fail rate');
  });

  it('lists the ESSP zones with the phases that call them out', () => {
    render(<MappingTable framework="essp" />);
    const row = screen.getByRole('rowheader', { name: 'Business Outcomes' }).closest('tr');
    if (!row) throw new Error('no Business Outcomes row');
    const phasesCell = within(row).getAllByRole('cell')[2];
    if (!phasesCell) throw new Error('no phases cell');
    expect(within(phasesCell).getAllByRole('link').map((a) => a.textContent)).toEqual(['① Discover & Strategize', '⑥ Learn & Adapt']);
    expect(row).toHaveTextContent('(did the feature achieve its goal)');
  });

  it('says that defect escape rate is the model’s Quality signal, not one of ESSP’s metrics, and links the zone’s metrics', () => {
    render(<MappingTable framework="essp" />);
    const row = screen.getByRole('rowheader', { name: 'Quality' }).closest('tr');
    if (!row) throw new Error('no Quality row');
    expect(row).toHaveTextContent(
      'Defect escape rate is the model’s signal, not one of ESSP’s: GitHub’s three Quality metrics are change failure rate, failed deployment recovery time, and code security and maintainability.',
    );
    expect(within(row).getByRole('link', { name: 'Code security and maintainability (ESSP)' })).toHaveAttribute(
      'href',
      '/docs/metrics/essp-code-security-and-maintainability',
    );
  });

  it('throws on an unknown framework, naming it', () => {
    expect(() => render(<MappingTable framework="itil" />)).toThrow(/Unknown framework id "itil"/);
  });

  it('has no axe violations', async () => {
    const { container } = render(<MappingTable framework="space" />);
    await expectNoAxeViolations(container);
  });
});
