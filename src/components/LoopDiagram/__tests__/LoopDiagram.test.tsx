import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { arcPath, feedbackArcs, phasePath, phases } from '@site/src/data';
import { expectNoAxeViolations } from '@site/src/test/setup';
import LoopDiagram from '..';

const diagram = (): HTMLElement => screen.getByRole('group', { name: 'The Value Delivery Loop' });
const phaseLinks = (): HTMLElement[] =>
  within(diagram()).getAllByRole('link', { name: /, phase \d of 6$/ });

describe('LoopDiagram', () => {
  it('links the six phases in loop order to their pages', () => {
    render(<LoopDiagram />);
    const links = phaseLinks();
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      '① Discover & Strategize, phase 1 of 6',
      '② Shape & Prioritize, phase 2 of 6',
      '③ Build & Collaborate, phase 3 of 6',
      '④ Verify & Integrate, phase 4 of 6',
      '⑤ Release & Operate, phase 5 of 6',
      '⑥ Learn & Adapt, phase 6 of 6',
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(phases.map((phase) => phasePath(phase.id)));
  });

  it('shows each phase numeral and name in the drawing', () => {
    render(<LoopDiagram />);
    const verify = screen.getByRole('link', { name: '④ Verify & Integrate, phase 4 of 6' });
    expect(verify).toHaveTextContent('④');
    expect(verify).toHaveTextContent('Verify &');
    expect(verify).toHaveTextContent('Integrate');
  });

  // SC 2.5.3: lines drawn apart must still read as words, in the order the link name says them.
  it('keeps the drawn words of a link apart and in the order of its name', () => {
    render(<LoopDiagram current="verify" />);
    const words = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const verify = screen.getByRole('link', { current: 'page' });
    // The wide layout's texts, then the narrow layout's: CSS shows one set or the other.
    expect(words(verify)).toBe('You are here You are here ④ Verify & Integrate Verify');
    expect(verify).toHaveAccessibleName('You are here: ④ Verify & Integrate, phase 4 of 6');
    const arc = screen.getByRole('link', { name: /^Feedback arc from ⑥/ });
    expect(words(arc)).toBe('Learnings reshape priorities A');
    expect(arc).toHaveAccessibleName(/: learnings reshape priorities, key A$/);
  });

  // The compact diagram only ever shows short names, so it draws only those.
  it('draws the short name and "You are here" in the compact diagram, in the order of the name', () => {
    render(<LoopDiagram size="compact" current="verify" />);
    const words = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(words(screen.getByRole('link', { current: 'page' }))).toBe('You are here ④ Verify');
    expect(words(screen.getByRole('link', { name: '⑥ Learn & Adapt, phase 6 of 6' }))).toBe('⑥ Learn');
  });

  it('marks the current phase with aria-current and the words "You are here"', () => {
    render(<LoopDiagram size="compact" current="verify" />);
    const current = within(diagram()).getAllByRole('link', { current: 'page' });
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAccessibleName('You are here: ④ Verify & Integrate, phase 4 of 6');
    expect(current[0]).toHaveTextContent('You are here');
    expect(screen.getByRole('link', { name: '③ Build & Collaborate, phase 3 of 6' })).not.toHaveAttribute('aria-current');
  });

  it('marks no phase when none is current', () => {
    render(<LoopDiagram />);
    expect(within(diagram()).queryAllByRole('link', { current: 'page' })).toEqual([]);
    expect(diagram()).not.toHaveTextContent('You are here');
  });

  it('draws the four feedback arcs as dashed links to their sections, with their labels', () => {
    render(<LoopDiagram />);
    for (const arc of feedbackArcs) {
      const from = phases.find((p) => p.id === arc.from)!;
      const to = phases.find((p) => p.id === arc.to)!;
      const link = screen.getByRole('link', { name: new RegExp(`^Feedback arc from ${from.numeral} ${from.name} to ${to.numeral} ${to.name}: `) });
      expect(link).toHaveAttribute('href', arcPath(arc));
      expect(link).toHaveTextContent(arc.label.split(' ')[0]!);
      expect(within(link).getByTestId('feedback-arc')).toHaveAttribute('stroke-dasharray');
    }
    expect(screen.getAllByTestId('feedback-arc')).toHaveLength(4);
    expect(
      screen.getByRole('link', {
        name: 'Feedback arc from ⑥ Learn & Adapt to ② Shape & Prioritize: learnings reshape priorities, key A',
      }),
    ).toBeInTheDocument();
  });

  it('puts the phases first and the feedback arcs after them in tab order', async () => {
    const user = userEvent.setup();
    render(<LoopDiagram />);
    const names: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      await user.tab();
      names.push(document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(names.slice(0, 6).map((name) => name.replace(/, phase.*/, ''))).toEqual(phases.map((p) => `${p.numeral} ${p.name}`));
    expect(names.slice(6).every((name) => name.startsWith('Feedback arc from'))).toBe(true);
  });

  it('describes the loop in the SVG, naming the phases in order, and lists the arcs as text', () => {
    render(<LoopDiagram caption="How work flows" />);
    expect(diagram()).toHaveAccessibleDescription(/A loop of six phases/);
    const phasesInOrder = new RegExp(phases.map((p) => `${p.numeral} ${p.name}`).join('.*'));
    expect(diagram()).toHaveAccessibleDescription(phasesInOrder);
    expect(screen.getByRole('figure', { name: 'How work flows' })).toBeInTheDocument();
    const arcItems = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(arcItems.map((li) => li.textContent)).toEqual([
      'A ⑥ Learn → ② Shape: Learnings reshape priorities',
      'B ④ Verify → ③ Build: Failed verification feeds back to build',
      'C ⑤ Release → ④ Verify: Production issues feed back to verify',
      'D ③ Build → ② Shape: Scope questions feed back to shape',
    ]);
    expect(screen.getByText('Feedback arc (dashed line)')).toBeInTheDocument();
  });

  it('adds a hint after the caption, marked to be left out of the Markdown copy', () => {
    const { container } = render(<LoopDiagram caption="You are at ③." hint="Select another phase to go there." />);
    expect(screen.getByRole('figure', { name: 'You are at ③. Select another phase to go there.' })).toBeInTheDocument();
    expect(container.querySelector('figcaption [data-markdown="omit"]')).toHaveTextContent(/^Select another phase to go there\.$/);
  });

  it('dims what is not connected to the phase under the pointer, and restores it after', async () => {
    const user = userEvent.setup();
    render(<LoopDiagram />);
    const build = screen.getByRole('link', { name: '③ Build & Collaborate, phase 3 of 6' });
    const fromLearn = screen.getByRole('link', { name: /^Feedback arc from ⑥/ });
    const fromBuild = screen.getByRole('link', { name: /^Feedback arc from ③/ });
    await user.hover(build);
    expect(fromLearn).toHaveAttribute('data-dimmed', 'true');
    expect(fromBuild).not.toHaveAttribute('data-dimmed');
    expect(screen.getByRole('link', { name: '⑥ Learn & Adapt, phase 6 of 6' })).toHaveAttribute('data-dimmed', 'true');
    await user.unhover(build);
    expect(fromLearn).not.toHaveAttribute('data-dimmed');
  });

  it('frames the arc named by highlightArc', () => {
    render(<LoopDiagram size="compact" highlightArc="release-to-verify" />);
    const marked = screen.getByRole('link', { name: /^Feedback arc from ⑤/ });
    expect(marked).toHaveAttribute('data-marked', 'true');
    expect(screen.getByRole('link', { name: /^Feedback arc from ⑥/ })).not.toHaveAttribute('data-marked');
  });

  it('rings the phase named by highlightPhase, and says why in its name and the arc’s', () => {
    const { container } = render(
      <LoopDiagram
        notes={new Map([['build', '2.0 Stuck']])}
        highlightPhase="build"
        highlightArc="learn-to-shape"
        highlightReason={{ phase: 'the weakest phase', arc: 'the weakest feedback arc' }}
      />,
    );
    const build = screen.getByRole('link', { name: '③ Build & Collaborate 2.0 Stuck, phase 3 of 6, the weakest phase' });
    expect(build).toHaveAttribute('data-marked', 'true');
    // A second, dashed ring: a shape, so the mark does not rest on colour.
    expect(build.querySelectorAll('circle')).toHaveLength(3);
    expect(screen.getByRole('link', { name: /^Feedback arc from ⑥.*, key A, the weakest feedback arc$/ })).toHaveAttribute('data-marked', 'true');
    expect(container.querySelectorAll('a[data-marked]')).toHaveLength(2);
  });

  // The loop check writes each score on the loop: a number and a word, never a colour alone.
  it('draws a note under a phase’s name and an arc’s label, and reads it in their names', () => {
    const notes = new Map([
      ['build', '2.0 Stuck'],
      ['learn-to-shape', '3.5 Flowing'],
    ]);
    const words = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    render(<LoopDiagram notes={notes} />);
    const build = screen.getByRole('link', { name: '③ Build & Collaborate 2.0 Stuck, phase 3 of 6' });
    expect(words(build)).toBe('③ Build & Collaborate Build 2.0 Stuck 2.0 Stuck');
    const arc = screen.getByRole('link', { name: /^Feedback arc from ⑥.*: learnings reshape priorities 3\.5 Flowing, key A$/ });
    expect(words(arc)).toBe('Learnings reshape priorities 3.5 Flowing A');
    // The lettered list below the drawing carries the arc's note too.
    expect(screen.getByText(/Learnings reshape priorities/, { selector: 'li' })).toHaveTextContent('3.5 Flowing');
  });

  it.each([
    [{ current: 'verfy' }, /Unknown phase id "verfy"/],
    [{ highlightArc: 'learn-to-build' }, /Unknown arc id "learn-to-build"/],
    [{ highlightPhase: 'verfy' }, /Unknown phase id "verfy"/],
    [{ notes: new Map([['learn-to-build', '1.0 Stuck']]) }, /Unknown feedback arc id "learn-to-build"/],
  ])('throws naming the unknown id in %j', (props, message) => {
    expect(() => render(<LoopDiagram {...props} />)).toThrow(message);
  });

  it('has no axe violations', async () => {
    const { container } = render(<LoopDiagram current="shape" highlightArc="learn-to-shape" />);
    await expectNoAxeViolations(container);
  });
});
