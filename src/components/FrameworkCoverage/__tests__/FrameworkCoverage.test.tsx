import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '@site/src/test/setup';
import FrameworkCoverage from '..';
import DoraDifferences from '../../DoraDifferences';

const row = (phase: string): HTMLElement => {
  const tr = screen.getByRole('rowheader', { name: phase }).closest('tr');
  if (!tr) throw new Error(`no row ${phase}`);
  return tr;
};

describe('FrameworkCoverage', () => {
  it('shows in words that DORA does not reach ① while SPACE and ESSP do', () => {
    render(<FrameworkCoverage />);
    const cells = within(row('① Discover & Strategize')).getAllByRole('cell').map((td) => td.textContent);
    expect(cells).toEqual(['✗ Not covered', '✓ All five dimensions', '✓ Business Outcomes']);
  });

  it('names the DORA metrics covering ⑤', () => {
    render(<FrameworkCoverage />);
    expect(within(row('⑤ Release & Operate')).getAllByRole('cell')[0]).toHaveTextContent(
      'Deployment Frequency, Lead Time for Changes, Change Failure Rate, Mean Time to Recovery',
    );
  });

  it('has no axe violations', async () => {
    const { container } = render(<FrameworkCoverage />);
    await expectNoAxeViolations(container);
  });
});

describe('DoraDifferences', () => {
  it('names the two places where the DORA table and the phase lists differ', () => {
    render(<DoraDifferences />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Deployment Frequency: the table lists ③ Build & Collaborate, but that phase does not name it among its metrics.',
      'Lead Time for Changes: the table lists ④ Verify & Integrate and ⑤ Release & Operate, but those phases do not name it among their metrics.',
    ]);
  });
});
