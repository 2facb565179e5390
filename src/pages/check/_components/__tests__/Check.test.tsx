import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStatements } from '@site/src/data/check';
import { checkAddress, checkPath, emptyState, encodeCheck } from '@site/src/lib/checkLink';
import { STORAGE_PREFIX } from '@site/src/lib/checkHistory';
import { useAddressState } from '@site/src/hooks/useAddressState';
import { renderAtAddress } from '@site/src/test/renderAtAddress';
import { expectNoAxeViolations } from '@site/src/test/setup';
import CheckForm from '../CheckForm';
import History from '../History';
import TeamMerge from '../TeamMerge';
import { ANNOUNCE_DELAY_MS } from '../Announce';

/** The form as /check wires it: its answers are the address, read back after each change. */
function AddressForm() {
  const [{ state }, setAddress] = useAddressState(checkAddress);
  return (
    <>
      <CheckForm
        state={state}
        onAnswer={(index, answer) => setAddress({ state: { ...state, answers: state.answers.map((a, i) => (i === index ? answer : a)) } })}
        onDora={(index, answer) => setAddress({ state: { ...state, dora: state.dora.map((a, i) => (i === index ? answer : a)) } })}
      />
      <output>{encodeCheck(state).a}</output>
      <output data-figures>{encodeCheck(state).d ?? ''}</output>
    </>
  );
}
const renderForm = () => renderAtAddress('/check', <AddressForm />);

// The form is a large DOM for jsdom's role queries on a busy machine.
describe('CheckForm', { timeout: 20_000 }, () => {
  it('asks every statement as a radio group named by the statement, with five agreements and “Don’t know”', () => {
    renderForm();
    for (const statement of checkStatements) {
      const group = screen.getByRole('group', { name: new RegExp(statement.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      expect(within(group).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
        'Strongly disagree',
        'Disagree',
        'Neither agree nor disagree',
        'Agree',
        'Strongly agree',
        'Don’t know',
      ]);
    }
  });

  it('takes an answer by keyboard: Tab into a group, arrows to choose', async () => {
    const user = userEvent.setup();
    renderForm();
    const first = screen.getAllByRole('radio', { name: 'Strongly disagree' })[0]!;
    first.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getAllByRole('radio', { name: 'Agree' })[0]).toBeChecked();
    expect(document.querySelector('output')?.textContent?.[0]).toBe('4');
  });

  it('labels each DORA figure with DORA’s name and offers DORA’s own answers', async () => {
    const user = userEvent.setup();
    renderForm();
    const lead = screen.getByRole('combobox', { name: 'Change lead time' });
    expect(within(lead).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Not given',
      'More than six months',
      'Between one month and six months',
      'Between one week and one month',
      'Between one day and one week',
      'Less than one day',
      'Less than one hour',
      'I don’t know or NA',
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Change fail rate (percent)' }), '15');
    expect(screen.getByRole('textbox', { name: 'Change fail rate (percent)' })).toHaveValue('15');
    expect(document.querySelector('output[data-figures]')?.textContent).toContain('15');
  });

  it('keeps a percentage it cannot count on screen, says why, and leaves it out of the check and its address', async () => {
    const user = userEvent.setup();
    const { history } = renderForm();
    const rate = screen.getByRole('textbox', { name: 'Change fail rate (percent)' });
    await user.type(rate, '150');
    expect(rate).toHaveValue('150');
    // "15" was counted on the way; "150" is not, so the address is plain again while the field keeps it.
    expect(history.location.search).toBe('');
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate).toHaveAccessibleDescription(/Give a whole number from 0 to 100; “150” is not counted\./);
    expect(document.querySelector('output[data-figures]')?.textContent).not.toContain('150');
    await user.clear(rate);
    await user.type(rate, '12.5');
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    await user.clear(rate);
    await user.type(rate, '40');
    expect(rate).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/is not counted/)).toBeNull();
    expect(document.querySelector('output[data-figures]')?.textContent).toContain('40');
    expect(history.location.search).toBe('?v=2&a=00000000000000000000000000&d=..40..');
    expect(history.length).toBe(1);
  });

  it('has no axe violations', async () => {
    const { container } = renderForm();
    await expectNoAxeViolations(container);
  });
});

describe('History', () => {
  afterEach(() => localStorage.clear());
  const query = encodeCheck({ ...emptyState(), answers: checkStatements.map(() => 4) });

  it('stores nothing until the reader presses Save, then lists the check', async () => {
    const user = userEvent.setup();
    render(<History query={query} />);
    expect(localStorage.length).toBe(0);
    expect(screen.getByText('No check is saved in this browser yet.')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: /Team name/ }), '<b>Payments</b>');
    await user.click(screen.getByRole('button', { name: 'Save this check' }));
    expect(localStorage.length).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('Saved in this browser.');
    const table = screen.getByRole('table', { name: /Your saved checks/ });
    // The team name is shown as the text it is, not as markup.
    expect(within(table).getByRole('rowheader')).toHaveTextContent('<b>Payments</b>');
    expect(table.querySelector('b')).toBeNull();
  });

  it('says a damaged saved check was skipped, and keeps it', () => {
    localStorage.setItem(`${STORAGE_PREFIX}abc`, 'not json');
    render(<History query={query} />);
    expect(screen.getByText(/One saved check could not be read/)).toBeVisible();
    expect(localStorage.getItem(`${STORAGE_PREFIX}abc`)).toBe('not json');
  });

  it('says the same message again when the reader saves twice, so it is announced twice', async () => {
    const user = userEvent.setup();
    render(<History query={query} />);
    await user.click(screen.getByRole('button', { name: 'Save this check' }));
    const first = within(screen.getByRole('status')).getByText('Saved in this browser.');
    await user.click(screen.getByRole('button', { name: 'Save this check' }));
    const second = within(screen.getByRole('status')).getByText('Saved in this browser.');
    // A new node in the live region, not the same words left in place.
    expect(second).not.toBe(first);
    expect(first).not.toBeInTheDocument();
  });

  it('moves focus to what happened when a deletion removes the focused button, and back when the reader keeps the checks', async () => {
    const user = userEvent.setup();
    render(<History query={query} />);
    await user.click(screen.getByRole('button', { name: 'Save this check' }));
    await user.click(screen.getByRole('button', { name: /^Delete the check saved/ }));
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/^Deleted the check saved /);
    expect(screen.getByText('No check is saved in this browser yet.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save this check' }));
    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    expect(screen.getByRole('button', { name: 'Yes, delete all' })).toHaveFocus();
    await user.keyboard('{Tab}{Enter}');
    expect(screen.getByRole('button', { name: 'Delete all' })).toHaveFocus();
    expect(localStorage.length).toBe(1);
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Every saved check was deleted.');
    expect(localStorage.length).toBe(0);
  });

  it('cannot save before anything is answered', () => {
    render(<History query={undefined} />);
    expect(screen.getByRole('button', { name: 'Save this check' })).toBeDisabled();
  });
});

describe('TeamMerge', () => {
  const link = (answer: 2 | 4) => `https://example.org${checkPath(encodeCheck({ ...emptyState(), answers: checkStatements.map(() => answer) }))}`;

  it('shows the merge at once and announces it only once the pasted text rests', async () => {
    vi.useFakeTimers();
    try {
      render(<TeamMerge />);
      const box = screen.getByRole('textbox', { name: /Team members’ result links/ });
      fireEvent.change(box, { target: { value: [link(2), '<img src=x onerror=alert(1)>', link(4)].join('\n') } });
      expect(screen.getAllByText('2 members merged, 1 line left out.')).toHaveLength(1);
      expect(screen.getByRole('status')).toHaveTextContent(/^$/);
      act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
      expect(screen.getByRole('status')).toHaveTextContent('2 members merged, 1 line left out.');
      expect(screen.getByRole('list', { name: 'Lines left out' })).toHaveTextContent('Line 2: This is not a loop check link.');
      expect(document.querySelector('img')).toBeNull();
      const verify = within(screen.getByRole('table', { name: /The team’s median score/ })).getByRole('row', { name: /④ Verify & Integrate/ });
      expect(verify).toHaveTextContent('3.0 of 5, Shaky');
      expect(verify).toHaveTextContent('2 of 2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists the statements to talk about with the practices for each, linked to their articles', () => {
    // Two members: one "Strongly disagree" and one "Strongly agree" on statement 22 (④ → ③), both "Agree" elsewhere.
    const member = (answer: 1 | 5) => `https://example.org/check?v=2&a=${'4'.repeat(21)}${answer}${'4'.repeat(4)}`;
    render(<TeamMerge />);
    fireEvent.change(screen.getByRole('textbox', { name: /Team members’ result links/ }), { target: { value: [member(1), member(5)].join('\n') } });
    const item = screen.getByText(/When CI fails, developers act on the failure/).closest('li');
    if (item === null) throw new Error('The statement is not in a list item');
    expect(item).toHaveTextContent('answers from strongly disagree to strongly agree');
    expect(within(item).getByRole('link', { name: 'Fix a broken build first' })).toHaveAttribute('href', 'https://dora.dev/capabilities/continuous-integration/');
    expect(within(item).getByRole('link', { name: 'Fix or remove flaky tests' })).toHaveAttribute('href', 'https://dora.dev/capabilities/test-automation/');
  });
});
