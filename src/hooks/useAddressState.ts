import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import { useHistorySelector } from '@docusaurus/theme-common';

/** How a page's state sits in its address's query string. */
export interface AddressCodec<T> {
  /** The state a query string holds ("" or "?…"). Reads any string, including "", which the server renders. */
  read(search: string): T;
  /** The query string for a state: "" for a plain address, else "?…". */
  write(value: T): string;
}

/** `replace` while the reader types or answers; `push` for a step Back should undo (a filter). */
export type AddressWrite = 'replace' | 'push';

export type SetAddressState<T> = (next: T, how?: AddressWrite) => void;

/**
 * A page's state that IS its address: the state read from the query string, and a setter that writes
 * the address, from which the state is read again. Back, Forward and links to the same page change
 * the state as they change the address, so nothing is copied or kept in step by hand.
 *
 * Hydration-safe: `useHistorySelector` reads an empty query string on the server and in the first
 * client render, so both render the state of a plain address; the real one follows right after.
 * `codec` must be stable (a module constant): the state is read again when it changes.
 */
export function useAddressState<T>(codec: AddressCodec<T>): readonly [T, SetAddressState<T>] {
  const history = useHistory();
  // A string, so the selector's result compares equal until the address changes.
  const search = useHistorySelector((current) => current.location.search);
  const value = useMemo(() => codec.read(search), [codec, search]);

  // Docusaurus moves focus to the top of the page after a PUSH, as for a new page (theme-common's
  // useSkipToContent). A state pushed here is not a new page, so focus goes back to the control the
  // reader used (WCAG 2.4.3, 3.2.2) once the router has shown the new location.
  const location = useLocation();
  const focusAfterPush = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = focusAfterPush.current;
    focusAfterPush.current = null;
    if (element?.isConnected && document.activeElement !== element) element.focus({ preventScroll: true });
  }, [location]);

  const setValue = useCallback<SetAddressState<T>>(
    (next, how = 'replace') => {
      const nextSearch = codec.write(next);
      // The address already says so: no new history entry, and nothing to render again.
      if (nextSearch === history.location.search) return;
      if (how === 'push' && document.activeElement instanceof HTMLElement) focusAfterPush.current = document.activeElement;
      history[how]({ search: nextSearch });
    },
    [codec, history],
  );
  return [value, setValue] as const;
}
