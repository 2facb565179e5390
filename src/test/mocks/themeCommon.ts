import { useSyncExternalStore } from 'react';
import type { History } from 'history';
import { useHistory } from './router';

/**
 * Stands in for @docusaurus/theme-common, whose entry point loads the whole theme (it needs a
 * Docusaurus site, and its modules hold untranspiled JSX). Only `useHistorySelector` is here, as
 * theme-common 3.10 writes it (lib/utils/historyUtils.js): a slice of the history, read with an
 * empty query string, hash and state on the server and while hydrating.
 */
export function useHistorySelector<Value>(selector: (history: History<unknown>) => Value): Value {
  const history = useHistory();
  return useSyncExternalStore(
    history.listen,
    () => selector(history),
    () => selector({ ...history, location: { ...history.location, search: '', hash: '', state: undefined } }),
  );
}
