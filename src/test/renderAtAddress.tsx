import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'react-router-dom';
import { createMemoryHistory, type MemoryHistory } from 'history';

/**
 * Renders a page's part at an address ("/metrics?q=MTTR"), under a router with an in-memory history,
 * as Docusaurus's router gives it in the browser. The history is returned, so a test can read the
 * address the part wrote, count its entries and go Back or Forward.
 */
export function renderAtAddress(address: string, ui: ReactElement): RenderResult & { history: MemoryHistory } {
  const history = createMemoryHistory({ initialEntries: [address] });
  return { ...render(<Router history={history}>{ui}</Router>), history };
}
