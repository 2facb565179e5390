import { useEffect, useRef } from 'react';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { Router, useHistory, useLocation } from 'react-router-dom';
import { createMemoryHistory } from 'history';
import { describe, expect, it, vi } from 'vitest';
import { renderAtAddress } from '@site/src/test/renderAtAddress';
import { useAddressState, type AddressCodec } from '../useAddressState';

/** A page whose one piece of state, a note, sits in its address as `?note=`. */
const noteAddress: AddressCodec<string> = {
  read: (search) => new URLSearchParams(search).get('note') ?? '',
  write: (note) => (note === '' ? '' : `?${new URLSearchParams({ note }).toString()}`),
};

function NoteField() {
  const [note, setNote] = useAddressState(noteAddress);
  return (
    <>
      <label>
        Note <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="button" onClick={() => setNote('pinned', 'push')}>
        Pin
      </button>
      <p role="status">{note === '' ? 'No note' : `Note: ${note}`}</p>
    </>
  );
}

/** What Docusaurus's skip-to-content does after a PUSH: focus moves to the top of the page. */
function TopOfPage() {
  const location = useLocation();
  const history = useHistory();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else if (history.action === 'PUSH') heading.current?.focus();
  }, [location, history]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      Page
    </h1>
  );
}

describe('useAddressState', () => {
  it('shows the state the address holds', () => {
    renderAtAddress('/page?note=hello%20there', <NoteField />);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('hello there');
    expect(screen.getByRole('status')).toHaveTextContent('Note: hello there');
  });

  it('writes what the reader types into the address, replacing it, so Back leaves the page instead of undoing letters', async () => {
    const user = userEvent.setup();
    const { history } = renderAtAddress('/page', <NoteField />);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'a & b');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('a & b');
    expect(history.location.pathname).toBe('/page');
    expect(history.location.search).toBe('?note=a+%26+b');
    expect(history.length).toBe(1);
    await user.clear(screen.getByRole('textbox', { name: 'Note' }));
    // A blank state keeps a plain address.
    expect(history.location.search).toBe('');
  });

  it('pushes a step Back undoes and Forward redoes', async () => {
    const user = userEvent.setup();
    const { history } = renderAtAddress('/page?note=draft', <NoteField />);
    await user.click(screen.getByRole('button', { name: 'Pin' }));
    expect(history.location.search).toBe('?note=pinned');
    expect(history.length).toBe(2);
    expect(screen.getByRole('status')).toHaveTextContent('Note: pinned');
    act(() => history.goBack());
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('draft');
    act(() => history.goForward());
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('pinned');
  });

  it('adds no entry when the address already holds the state', async () => {
    const user = userEvent.setup();
    const { history } = renderAtAddress('/page', <NoteField />);
    await user.click(screen.getByRole('button', { name: 'Pin' }));
    await user.click(screen.getByRole('button', { name: 'Pin' }));
    expect(history.length).toBe(2);
  });

  it('follows an address changed elsewhere, such as a link to the same page', () => {
    const { history } = renderAtAddress('/page?note=old', <NoteField />);
    act(() => history.push('/page?note=linked'));
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('linked');
    act(() => history.replace('/page'));
    expect(screen.getByRole('status')).toHaveTextContent('No note');
  });

  it('keeps focus on the control after a push, where Docusaurus would move it to the top of the page', async () => {
    const user = userEvent.setup();
    const { history } = renderAtAddress(
      '/page',
      <>
        <TopOfPage />
        <NoteField />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Pin' }));
    expect(history.action).toBe('PUSH');
    expect(screen.getByRole('button', { name: 'Pin' })).toHaveFocus();
  });

  it('renders the blank state on the server and while hydrating, then the address, without a mismatch', async () => {
    const history = createMemoryHistory({ initialEntries: ['/page?note=shared'] });
    const page = (
      <Router history={history}>
        <NoteField />
      </Router>
    );
    const html = renderToString(page);
    expect(html).toContain('No note');
    expect(html).not.toContain('shared');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, page, { onRecoverableError }));
    try {
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(screen.getByRole('status')).toHaveTextContent('Note: shared');
      expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('shared');
    } finally {
      act(() => root.unmount());
      container.remove();
    }
  });
});
