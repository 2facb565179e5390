import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { searchMetrics } from '@site/src/lib/metricSearch';
import { renderAtAddress } from '@site/src/test/renderAtAddress';
import { expectNoAxeViolations } from '@site/src/test/setup';
import MetricFinder from '../MetricFinder';
import { suggestedQueries } from '../suggestedQueries';

/** What the finder lists: DORA's five metrics, SPACE's five dimensions and ESSP's four zones. */
const LISTED = 14;
/** Of those, the ones the model maps to ④ Verify: three DORA metrics, every SPACE dimension, ESSP Quality. */
const COVERING_VERIFY = 9;

/** The finder at /metrics with this query string ("?q=MTTR"), as a link opens it. */
function setup(search = '') {
  const user = userEvent.setup();
  const view = renderAtAddress(`/metrics${search}`, <MetricFinder />);
  const input = screen.getByRole('searchbox', { name: 'Search metrics' });
  return { ...view, user, input };
}

const resultNames = (): string[] =>
  screen.getAllByRole('article').map((article) => within(article).getAllByRole('heading')[0]?.textContent ?? '');

describe('MetricFinder', () => {
  it('has no axe violations', async () => {
    // A filtered view keeps the DOM small enough for axe on a busy machine; it has every part of the page.
    const { container } = setup('?framework=dora');
    await expectNoAxeViolations(container);
  }, 20_000);

  it('lists every metric under its framework when the query is empty', () => {
    setup();
    expect(screen.getByRole('status')).toHaveTextContent(`${LISTED} metrics.`);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'DORA software delivery performance metrics',
      'The SPACE framework of developer productivity',
      'GitHub’s Engineering System Success Playbook (ESSP)',
    ]);
    expect(resultNames()).toHaveLength(LISTED);
  });

  it('filters as you type, announces the count and keeps the query in the address, replacing it', async () => {
    const { user, input, history } = setup();
    await user.type(input, 'MTTR');
    expect(input).toHaveValue('MTTR');
    expect(screen.getByRole('status')).toHaveTextContent('1 match for “MTTR”.');
    expect(resultNames()).toEqual(['Mean Time to Recovery']);
    expect(history.location.search).toBe('?q=MTTR');
    // Each keystroke replaces the address: Back leaves the finder instead of removing letters.
    expect(history.length).toBe(1);
  });

  it('keeps the filters when the reader types, and a space typed at the end', async () => {
    const { user, input, history } = setup('?framework=space');
    await user.type(input, 'cycle ');
    expect(input).toHaveValue('cycle ');
    expect(history.location.search).toBe('?q=cycle+&framework=space');
  });

  it('writes the covered phases as links to the phase pages, with the seed’s notes', async () => {
    const { user, input } = setup();
    await user.type(input, 'time to restore');
    const [card] = screen.getAllByRole('article');
    if (card === undefined) throw new Error('expected a result');
    const phaseLinks = within(within(card).getByRole('list', { name: /phases covered/i })).getAllByRole('link');
    expect(phaseLinks.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['⑤ Release & Operate', '/docs/phases/release'],
      ['⑥ Learn & Adapt', '/docs/phases/learn'],
    ]);
    expect(within(card).getByText('how quickly learning translates to action')).toBeInTheDocument();
    expect(within(card).getByText('Also known as “time to restore”.')).toBeInTheDocument();
    // The mini loop ticks exactly the covered phases.
    const ticked = within(card)
      .getAllByTestId(/^ring-/)
      .filter((dot) => dot.getAttribute('data-covered') === 'true')
      .map((dot) => dot.getAttribute('data-testid'));
    expect(ticked).toEqual(['ring-release', 'ring-learn']);
  });

  it('shows a SPACE cell with its dimension and phase', async () => {
    const { user, input } = setup();
    await user.type(input, 'cycle time');
    expect(resultNames()[0]).toBe('Cycle time');
    expect(screen.getByText('SPACE Efficiency and flow, in ③ Build & Collaborate')).toBeInTheDocument();
  });

  it('says plainly when nothing matches and offers queries that do', async () => {
    const { user, input } = setup();
    await user.type(input, 'zzzz');
    expect(screen.getByRole('status')).toHaveTextContent('No metrics match “zzzz”.');
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.getByRole('link', { name: 'MTTR' })).toHaveAttribute('href', '/metrics?q=MTTR');
  });

  it('explains a term the frameworks do not define instead of showing nothing', async () => {
    const { user, input } = setup();
    await user.type(input, 'MTTD');
    expect(screen.getByRole('status')).toHaveTextContent('No metrics match “MTTD”. A note below explains why.');
    const note = screen.getByRole('complementary', { name: 'About “mttd”' });
    // Not from any framework's text, and labelled so.
    expect(note).toHaveTextContent('Common usage, not a framework’s definition: Mean time to detect is an incident-management metric');
    expect(screen.getByRole('link', { name: 'Failed deployment recovery time (DORA)' })).toHaveAttribute(
      'href',
      '/docs/metrics/dora-failed-deployment-recovery-time',
    );
  });

  it.each(['<img src=x onerror="alert(1)">', '<script>alert(1)</script>', '"><b>bold</b>'])(
    'renders %s as text, never as markup',
    async (hostile) => {
      const { user, input, container } = setup();
      await user.click(input);
      await user.paste(hostile);
      expect(screen.getByRole('status').textContent).toContain(hostile);
      expect(container.querySelector('img, script, b')).toBeNull();
    },
  );

  it('cuts a 10,000-character query and says so', async () => {
    const { user, input } = setup();
    await user.click(input);
    await user.paste('deploy'.padEnd(10_000, 'x'));
    expect(screen.getByText('Only the first 200 characters of the search were used.')).toBeInTheDocument();
  });

  it('answers "what measures ④?" with the phase filter, a step Back undoes', async () => {
    const { user, history } = setup();
    await user.click(screen.getByRole('radio', { name: '④ Verify' }));
    expect(history.location.search).toBe('?phase=verify');
    expect(history.length).toBe(2);
    expect(screen.getByRole('radio', { name: '④ Verify' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(`${COVERING_VERIFY} metrics (covering ④ Verify & Integrate).`);
    expect(resultNames()).not.toContain('Mean Time to Recovery');
    act(() => history.goBack());
    expect(screen.getByRole('radio', { name: 'All phases' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(`${LISTED} metrics.`);
  });

  it('marks the note of the selected phase in words', () => {
    setup('?q=Satisfaction&framework=space&phase=verify');
    expect(screen.getByText('④ Verify & Integrate (selected phase)')).toBeInTheDocument();
    expect(screen.getByText('Trust in test suite')).toBeInTheDocument();
  });

  it('filters by framework', async () => {
    const { user } = setup('?q=deploy');
    await user.click(screen.getByRole('radio', { name: 'ESSP' }));
    // Velocity lists deployment frequency; Quality lists failed deployment recovery time.
    expect(resultNames()).toEqual(['Velocity', 'Quality']);
  });

  it('reports an unknown phase in the URL and shows every phase instead', () => {
    setup('?phase=foo%3Cscript%3E');
    expect(screen.getByText(/There is no phase “foo<script>” in the loop/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'All phases' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(`${LISTED} metrics.`);
  });

  it('reads the query and filters its address holds', () => {
    setup('?q=flow&framework=space&phase=3');
    expect(screen.getByRole('searchbox', { name: 'Search metrics' })).toHaveValue('flow');
    expect(screen.getByRole('radio', { name: '③ Build' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'SPACE' })).toBeChecked();
    expect(resultNames()).toEqual(['Efficiency', 'Flow state']);
  });
});

describe('suggested queries', () => {
  it.each(suggestedQueries)('"%s" finds something', (query) => {
    expect(searchMetrics(query).results.length).toBeGreaterThan(0);
  });
});
