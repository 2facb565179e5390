import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoAxeViolations } from '@site/src/test/setup';
import DoraScore, { answersFromCheck } from '..';

const rowOf = (name: string): string[] =>
  within(screen.getByRole('row', { name: new RegExp(`^${name}`) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');

describe('DoraScore', () => {
  it('scores DORA’s worked example as the Quick Check does, beside the benchmark for all industries', async () => {
    // DORA's own test: lead time 5, deployment frequency 5, recovery 5, change fail rate 47 %, rework 0 %.
    const { container } = render(<DoraScore answers={answersFromCheck([5, 5, 47, 5, 0])} />);
    expect(screen.getByRole('table', { name: /for all industries/ })).toBeInTheDocument();
    expect(rowOf('Change lead time')).toEqual(['8.0', '5.5 ± 2.4']);
    expect(rowOf('Change fail rate')).toEqual(['5.3', '8.1 ± 2.1']);
    expect(rowOf('Deployment rework rate')).toEqual(['10.0', '7.8 ± 2.2']);
    expect(rowOf('Overall')).toEqual(['7.9', '6.7 ± 1.2']);
    expect(screen.getByText(/CC BY 4.0/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('compares with the industry picked, and scores nothing it was not given', async () => {
    const user = userEvent.setup();
    render(<DoraScore answers={answersFromCheck([3, 'dont-know', undefined, undefined, undefined])} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'Technology');
    expect(screen.getByRole('table', { name: /for Technology/ })).toBeInTheDocument();
    expect(rowOf('Change lead time')).toEqual(['4.0', '5.7 ± 2.4']);
    expect(rowOf('Deployment frequency')).toEqual(['Not given', '4.9 ± 2.8']);
    expect(rowOf('Overall')).toEqual(['Needs all five', expect.stringMatching(/ ± 1\.2$/)]);
  });

  it('shows nothing when no figure was given', () => {
    const { container } = render(<DoraScore answers={answersFromCheck(['dont-know', undefined, undefined, undefined, undefined])} />);
    expect(container).toBeEmptyDOMElement();
  });
});
