import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInDoc } from '@site/src/test/renderForPhase';
import { expectNoAxeViolations } from '@site/src/test/setup';
import RoleGuide from '..';
import RoleList from '../../RoleList';

/** The guide as the page docs/roles/<id>.mdx renders it. */
const renderGuide = (id: string) => renderInDoc(`roles/${id}`, <RoleGuide />);

describe('RoleGuide', () => {
  it('marks the group’s phases on the loop in words, and names the group’s people in each', () => {
    renderGuide('platform-operations');
    const diagram = screen.getByRole('group', { name: 'The Value Delivery Loop' });
    expect(within(diagram).getAllByRole('link', { name: /Your role, phase/ }).map((link) => link.getAttribute('aria-label'))).toEqual([
      '③ Build & Collaborate Your role, phase 3 of 6',
      '④ Verify & Integrate Your role, phase 4 of 6',
      '⑤ Release & Operate Your role, phase 5 of 6',
    ]);
    const where = screen.getByRole('region', { name: 'Where you work on the loop' });
    const [phaseList] = within(where).getAllByRole('list');
    expect(within(phaseList!).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '③ Build & Collaborate, as DevOps Engineers.',
      '④ Verify & Integrate, as CI/CD systems (running them).',
      '⑤ Release & Operate, as Platform Engineers, SREs, Release Managers, on-call engineers.',
    ]);
  });

  it('is a task page: where you work, your metrics, your arcs, what to try first, what the check asks', () => {
    renderGuide('platform-operations');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Where you work on the loop',
      'The metrics you own',
      'The feedback arcs you close',
      'What to try first',
      'What the loop check asks you',
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

  it('links each metric the group owns to its guide', () => {
    renderGuide('security');
    const metrics = screen.getByRole('region', { name: 'The metrics you own' });
    expect(within(metrics).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Code security and maintainability', '/docs/metrics/essp-code-security-and-maintainability'],
      ['Change fail rate', '/docs/metrics/dora-change-fail-rate'],
      ['④ Verify', '/docs/phases/verify'],
    ]);
  });

  it('names the arcs the group closes and where it stands on each, or says it closes none', () => {
    renderGuide('product-management');
    const arcs = screen.getByRole('region', { name: 'The feedback arcs you close' });
    expect(within(arcs).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '⑥ → ② Learnings reshape priorities: you are where it starts and where it lands, as Product teams (validating impact), Product Managers, TPMs.',
      '③ → ② Scope questions feed back to shape: you are where it lands, as Product Managers, TPMs.',
    ]);
    renderGuide('technical-writing');
    expect(screen.getAllByRole('region', { name: 'The feedback arcs you close' })[1]).toHaveTextContent(/^The feedback arcs you closeNone:/);
  });

  it('puts three practices first, each linked to its source, and lists the risks the check asks about', () => {
    renderGuide('security');
    const practices = screen.getByRole('list', { name: 'What to try first: Security' });
    expect(within(practices).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Fix a broken build first.',
      'Test everything new or changed.',
      'Fix or remove flaky tests.',
    ]);
    expect(within(practices).getByRole('link', { name: 'Continuous integration' })).toHaveAttribute('href', 'https://dora.dev/capabilities/continuous-integration/');
    const asks = screen.getByRole('region', { name: 'What the loop check asks you' });
    expect(within(asks).getByRole('link', { name: 'loop check' })).toHaveAttribute('href', '/check');
    expect(within(asks).getAllByRole('listitem')).toHaveLength(4);
    expect(asks).toHaveTextContent('Security scanning raises so many false positives that real vulnerabilities are ignored.');
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
