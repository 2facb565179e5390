import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { arcsFrom, arcsTo, measuresByPhase, presentMeasure } from '@site/src/data';
import { renderInDoc } from '@site/src/test/renderForPhase';
import { expectNoAxeViolations } from '@site/src/test/setup';
import RoleGuide from '..';
import RoleList from '../../RoleList';

/** The guide as the page docs/roles/<id>.mdx renders it. */
const renderGuide = (id: string) => renderInDoc(`roles/${id}`, <RoleGuide />);

describe('RoleGuide', () => {
  it('marks the group’s phases on the loop in words, and gives each a section', () => {
    renderGuide('platform-operations');
    const diagram = screen.getByRole('group', { name: 'The Value Delivery Loop' });
    expect(within(diagram).getAllByRole('link', { name: /Your role, phase/ }).map((link) => link.getAttribute('aria-label'))).toEqual([
      '③ Build & Collaborate Your role, phase 3 of 6',
      '④ Verify & Integrate Your role, phase 4 of 6',
      '⑤ Release & Operate Your role, phase 5 of 6',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '③ Build & Collaborate',
      '④ Verify & Integrate',
      '⑤ Release & Operate',
    ]);
  });

  it('keeps acronyms in capitals when the group’s name runs inside the caption', () => {
    renderGuide('platform-operations');
    expect(screen.getByRole('figure', { name: /^The loop with the phases of/ })).toHaveAccessibleName(
      'The loop with the phases of platform, DevOps, SRE and release marked “Your role”. Select a phase to open its guide.',
    );
    renderGuide('product-management');
    expect(screen.getByRole('figure', { name: /^The loop with the phases of product/ })).toHaveAccessibleName(
      'The loop with the phases of product managers and TPMs marked “Your role”. Select a phase to open its guide.',
    );
  });

  it('names the roles as the source does, with what they do there', () => {
    renderGuide('platform-operations');
    const verify = screen.getByRole('region', { name: '④ Verify & Integrate' });
    expect(verify).toHaveTextContent('Who is involved: CI/CD systems (running them).');
    const release = screen.getByRole('region', { name: '⑤ Release & Operate' });
    // The source's words exactly, lower case included, as the heading promises.
    expect(release).toHaveTextContent('Who is involved: Platform Engineers, SREs, Release Managers, on-call engineers.');
    expect(within(release).getByRole('heading', { name: 'Feedback from Release' })).toBeVisible();
  });

  it('lists, in each of the group’s phases, the metrics that apply there and the feedback arcs in and out', () => {
    renderGuide('security');
    const verify = screen.getByRole('region', { name: '④ Verify & Integrate' });
    for (const view of measuresByPhase('verify').map(presentMeasure)) expect(verify).toHaveTextContent(view.title);
    const arcLinks = (heading: string): Element[] =>
      Array.from(within(verify).getByRole('heading', { name: heading }).nextElementSibling?.querySelectorAll('li > a:first-child') ?? []);
    expect(arcLinks('Feedback into Verify').map((a) => a.textContent)).toEqual(arcsTo('verify').filter((arc) => arc.kind === 'feedback').map((arc) => arc.label));
    expect(arcLinks('Feedback from Verify').map((a) => a.textContent)).toEqual(arcsFrom('verify').filter((arc) => arc.kind === 'feedback').map((arc) => arc.label));
    expect(arcsTo('verify').some((arc) => arc.kind === 'feedback')).toBe(true);
  });

  it('fails with a message naming the page when it is not a role guide, or its group has no data', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderInDoc('sources', <RoleGuide />)).toThrow('RoleGuide belongs on a page in docs/roles/, but is used on docs/sources.mdx, which is not in docs/roles/.');
      expect(() => renderGuide('marketing')).toThrow(/docs\/roles\/marketing\.mdx presents role group "marketing", which is not in src\/data\/roleGroups\.ts/);
    } finally {
      quiet.mockRestore();
    }
  });

  it('has no axe violations', async () => {
    const { container } = renderGuide('security');
    await expectNoAxeViolations(container);
  });
});

describe('RoleList', () => {
  it('links every role group’s guide, with its phases', () => {
    render(<RoleList />);
    const security = screen.getByRole('link', { name: 'Security' });
    expect(security).toHaveAttribute('href', '/docs/roles/security');
    expect(security.closest('li')).toHaveTextContent('In ④ Verify.');
  });
});
