import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoAxeViolations } from '@site/src/test/setup';
import MeasurePage from '../../index';

// jsdom has no Worker: the page runs the engine on the page and says so, which these tests also show.

const figuresShown = () => screen.findByRole('heading', { name: 'Change lead time', level: 3 }, { timeout: 10_000 });

describe('/measure', () => {
  it('documents the three record formats and says nothing leaves the browser', () => {
    render(<MeasurePage />);
    for (const kind of ['Deployments', 'Changes', 'Incidents']) expect(screen.getByRole('heading', { name: kind, level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'finished_at' })).toBeInTheDocument();
    expect(screen.getByText(/Nothing is uploaded, sent or stored/)).toBeInTheDocument();
  });

  it('shows the five figures of the first service for the sample, with every service and all together to pick', async () => {
    const user = userEvent.setup();
    render(<MeasurePage />);
    await user.click(screen.getByRole('button', { name: 'Try it with sample records' }));
    await figuresShown();
    expect(screen.getByRole('status')).toHaveTextContent('cannot run the calculator in a background worker');
    for (const name of ['Change lead time', 'Deployment frequency', 'Change fail rate', 'Failed deployment recovery time', 'Deployment rework rate']) {
      expect(screen.getByRole('heading', { name, level: 3 })).toBeInTheDocument();
    }
    const picker = screen.getByRole('combobox', { name: 'Service' });
    expect(picker).toHaveDisplayValue('checkout');
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['checkout', 'search', 'All services together']);
    expect(screen.getByRole('link', { name: 'The guide to change lead time' })).toHaveAttribute('href', '/docs/metrics/dora-change-lead-time');
    expect(screen.getByRole('table', { name: /beside DORA’s 2025 benchmark for all industries/ })).toBeInTheDocument();
    // The link waits for the check's link module, loaded on demand: on a busy machine that takes more than a second.
    expect(await screen.findByRole('link', { name: 'Use in the loop check' }, { timeout: 10_000 })).toHaveAttribute('href', expect.stringMatching(/^\/check\?v=\d+&a=0+&d=\d\.\d\.\d{1,3}\.\d\.\d{1,3}$/));
    expect(screen.getByRole('heading', { name: 'Records left out, and why' })).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  }, 20_000);

  it('names a refused paste and keeps the figures from before', async () => {
    const user = userEvent.setup();
    render(<MeasurePage />);
    await user.click(screen.getByRole('button', { name: 'Try it with sample records' }));
    await figuresShown();
    await user.type(screen.getByRole('textbox', { name: /Or paste CSV text/ }), 'id,finished_at{enter}d1,2025-03-03T10:00:00{enter}');
    await user.click(screen.getByRole('button', { name: 'Read the pasted text' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing new was read; the records and figures below are the ones from before.');
    expect(alert).toHaveTextContent('pasted text, row 2, column finished_at: "2025-03-03T10:00:00" has no UTC offset');
    expect(screen.getByRole('heading', { name: 'Change lead time', level: 3 })).toBeInTheDocument();
  }, 20_000);

  it('reads a chosen file and shows a service name from it as text', async () => {
    const user = userEvent.setup();
    render(<MeasurePage />);
    const text = 'id,finished_at,service\nd1,2025-03-03T10:00:00Z,<img src=x onerror=alert(1)>\n';
    const file = new File([text], 'deploys.csv', { type: 'text/csv' });
    // jsdom's File cannot be read: give it what a browser's has.
    const bytes = new TextEncoder().encode(text);
    Object.assign(file, { text: async () => text, slice: (start?: number, end?: number) => ({ arrayBuffer: async () => bytes.slice(start, end).buffer }) });
    await user.upload(screen.getByLabelText(/Choose record files/), file);
    await figuresShown();
    expect(screen.getByRole('combobox', { name: 'Service' })).toHaveDisplayValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByText(/Read “deploys.csv” as deployments: 1 record\./)).toBeInTheDocument();
  }, 20_000);

  it('names contradictions between records, and narrows the figures to the dates chosen', async () => {
    const user = userEvent.setup();
    render(<MeasurePage />);
    const paste = screen.getByRole('textbox', { name: /Or paste CSV text/ });
    await user.type(
      paste,
      'id,finished_at,service{enter}d1,2025-03-03T10:00:00Z,shop{enter}d1,2025-03-04T10:00:00Z,shop{enter}d2,2025-03-05T10:00:00Z,shop{enter}d3,2025-03-12T10:00:00Z,shop{enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Read the pasted text' }));
    await figuresShown();
    expect(screen.getByRole('heading', { name: 'Contradictions in the records' })).toBeInTheDocument();
    expect(screen.getByText(/ids appear more than once with different values/)).toBeInTheDocument();
    // d1 is left out: d2 (5 March) and d3 (12 March) count; the span runs from 5 March.
    expect(screen.getByText('Rests on 2 deployments over 8 days.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('to (including)'), '2025-03-06');
    expect(await screen.findByText('Rests on 1 deployment over 2 days.')).toBeInTheDocument();
    expect(screen.getByText(/^Service “shop”, 2025-03-05 to 2025-03-06\./)).toBeInTheDocument();
  }, 20_000);
});
