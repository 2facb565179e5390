import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderForPhase } from '@site/src/test/renderForPhase';
import PrintedPhaseGuide from '../PrintedPhaseGuide';

/** The section headings of the phase guides' shared outline, as the docs pages show them. */
const outlineHeadings = [...readFileSync('docs/phases/_guide.mdx', 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]);

describe('a phase guide on /print', () => {
  it('has the sections of the phase’s own page, in the same order, one level down and without ids', () => {
    renderForPhase('verify', <PrintedPhaseGuide />);
    expect(outlineHeadings).toHaveLength(8);
    const sections = screen
      .getAllByRole('heading', { level: 3 })
      .filter((heading) => outlineHeadings.includes(heading.textContent ?? ''));
    expect(sections.map((heading) => heading.textContent)).toEqual(outlineHeadings);
    for (const heading of sections) expect(heading).not.toHaveAttribute('id');
  });

  it('opens with what the phase is for, in bold', () => {
    renderForPhase('verify', <PrintedPhaseGuide />);
    const lead = screen.getByText('Prove that a change works, is safe, and fits the rest of the system.');
    expect(lead.tagName).toBe('STRONG');
    expect(lead.parentElement).toHaveTextContent(/quality gate/);
    // The loop check is offered once on the page, in the first guide only.
    expect(screen.queryByRole('link', { name: 'loop check' })).toBeNull();
  });

  it('offers the loop check in the first guide', () => {
    renderForPhase('discover', <PrintedPhaseGuide />);
    expect(screen.getByRole('link', { name: 'loop check' })).toHaveAttribute('href', '/check');
  });
});
