import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderForPhase } from '@site/src/test/renderForPhase';
import PhaseArcs from '..';
import PhaseNav from '../../PhaseNav';

const linksAfter = (heading: RegExp): [string | null, string | null][] => {
  const list = screen.getByRole('heading', { name: heading }).nextElementSibling;
  if (!(list instanceof HTMLElement)) throw new Error('nothing after heading');
  return within(list)
    .queryAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')]);
};

describe('PhaseArcs', () => {
  it('shows ② Shape’s two incoming feedback arcs, linking to their sections and source phases', () => {
    renderForPhase('shape', <PhaseArcs />);
    expect(linksAfter(/Feedback into Shape/)).toEqual([
      ['Learnings reshape priorities', '/docs/feedback-arcs#learn-to-shape'],
      ['⑥ Learn & Adapt', '/docs/phases/learn'],
      ['Scope questions feed back to shape', '/docs/feedback-arcs#build-to-shape'],
      ['③ Build & Collaborate', '/docs/phases/build'],
    ]);
    expect(screen.getByText('No feedback arc leaves Shape: its work flows forward only.')).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Feedback from/ })).toBeNull();
  });

  it('marks ⑥→② as the most important arc on ⑥ Learn', () => {
    renderForPhase('learn', <PhaseArcs />);
    expect(screen.getByText('No feedback arc arrives at Learn.')).toBeVisible();
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Feedback from Learn']);
    expect(screen.getByRole('link', { name: 'Learnings reshape priorities' }).closest('li')).toHaveTextContent(
      'the most important arc',
    );
  });
});

describe('PhaseArcs on a phase without feedback arcs', () => {
  it('says so in one line for ① Discover, under no heading of its own', () => {
    renderForPhase('discover', <PhaseArcs />);
    expect(screen.getByText('No feedback arc arrives at or leaves Discover: its work only flows forward.')).toBeVisible();
    expect(screen.queryAllByRole('heading')).toEqual([]);
  });
});

describe('PhaseNav', () => {
  it('leads from ⑥ back to ① and from ① back to ⑥', () => {
    const { unmount } = renderForPhase('learn', <PhaseNav />);
    expect(screen.getByRole('link', { name: /Next phase.*① Discover & Strategize/ })).toHaveAttribute('href', '/docs/phases/discover');
    unmount();
    renderForPhase('discover', <PhaseNav />);
    expect(screen.getByRole('link', { name: /Previous phase.*⑥ Learn & Adapt/ })).toHaveAttribute('href', '/docs/phases/learn');
  });
});
