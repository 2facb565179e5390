import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAtAddress } from '@site/src/test/renderAtAddress';
import CheckPage from '../../index';

/** No statement answered, as the check's link writes it (26 statements). */
const NONE = '00000000000000000000000000';

const statement = (number: number) => screen.getByRole('group', { name: new RegExp(`^${number}\\. `) });
const resultStatus = () => screen.getByRole('region', { name: 'Your result' }).querySelector('p');

// The page's answers are its address (src/hooks/useAddressState.ts, tested with its codec in
// src/lib/__tests__/checkLink.test.ts); a shared link, Back and Forward are in e2e/check.spec.ts.
// The whole page is a large DOM for jsdom's role queries on a busy machine.
describe('/check', { timeout: 20_000 }, () => {
  afterEach(() => localStorage.clear());

  it('names what is wrong with a damaged link, over a blank check', () => {
    renderAtAddress('/check?v=1&a=4444', <CheckPage />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link’s answers are incomplete or damaged (it may have been cut short when it was copied), so none of them were used. The check below is blank.',
    );
    expect(screen.queryAllByRole('radio', { checked: true })).toEqual([]);
    expect(resultStatus()).toHaveTextContent('Rate a statement to see your loop’s scores.');
  });

  it('writes each answer into the address, replacing it, and an answer clears a bad link’s message', async () => {
    const user = userEvent.setup();
    const { history } = renderAtAddress(`/check?v=7&a=${NONE}`, <CheckPage />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^This link was made with version 7 of the check's statements/);
    await user.click(within(statement(2)).getByRole('radio', { name: 'Agree' }));
    expect(history.location.search).toBe(`?v=2&a=04${NONE.slice(2)}`);
    expect(history.length).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(resultStatus()).toHaveTextContent(/^1 of 26 statements rated\./);
  });

  it('opens a version-1 link with a notice: unchanged answers carried over, reworded ones blank and named', () => {
    // Version 1: "Agree" to every statement.
    renderAtAddress(`/check?v=1&a=${'4'.repeat(26)}`, <CheckPage />);
    const notice = screen.getByRole('status', { name: 'Made with an earlier list of statements' });
    expect(notice).toHaveTextContent('This check was made with version 1 of the statements; this site asks version 2.');
    expect(notice).toHaveTextContent('8 answers to reworded statements were left blank: rate them again.');
    expect(within(within(notice).getByRole('list', { name: 'Left blank' })).getAllByRole('listitem')[0]).toHaveTextContent(
      '4. Requirements are clear before work on them starts.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(statement(1)).getByRole('radio', { name: 'Agree' })).toBeChecked();
    expect(within(statement(4)).queryAllByRole('radio', { checked: true })).toEqual([]);
    expect(resultStatus()).toHaveTextContent(/^18 of 26 statements rated\./);
  });
});
