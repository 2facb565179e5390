import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInDoc } from '@site/src/test/renderForPhase';
import { expectNoAxeViolations } from '@site/src/test/setup';
import { rolePractices } from '@site/src/data/practices';
import { isRoleGroupId } from '@site/src/data/roleGroups';
import RoleGuide from '..';
import RoleList from '../../RoleList';

/** A group's practices as its page gets them: as JSON (src/plugins/pagePractices.ts writes them), read back. */
const fromBuild = (id: string) => (isRoleGroupId(id) ? JSON.parse(JSON.stringify(rolePractices(id))) : undefined);

/** The guide as the page docs/roles/<id>.mdx renders it. */
const renderGuide = (id: string) => renderInDoc(`roles/${id}`, <RoleGuide practices={fromBuild(id)} />);

/** What the check asks, as shown: each phase or arc by its link's name, with its statements' numbers and words. */
function askedIn(region: HTMLElement): [string, [number, string][]][] {
  const [outer] = within(region).getAllByRole('list');
  return Array.from(outer!.children, (item) => [
    within(item as HTMLElement).getAllByRole('link')[0]!.textContent ?? '',
    within(within(item as HTMLElement).getByRole('list'))
      .getAllByRole('listitem')
      .map((statement) => [(statement as HTMLLIElement).value, statement.textContent ?? '']),
  ]);
}

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

  it('puts three practices first, each linked to its source', () => {
    renderGuide('security');
    const practices = screen.getByRole('list', { name: 'What to try first: Security' });
    expect(within(practices).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'Fix a broken build first.',
      'Test everything new or changed.',
      'Fix or remove flaky tests.',
    ]);
    expect(within(practices).getByRole('link', { name: 'Continuous integration' })).toHaveAttribute('href', 'https://dora.dev/capabilities/continuous-integration/');
  });

  it('lists the loop check’s own statements about the group’s phases and arcs, numbered as on the check', () => {
    renderGuide('security');
    const asks = screen.getByRole('region', { name: 'What the loop check asks you' });
    expect(within(asks).getByRole('link', { name: 'loop check' })).toHaveAttribute('href', '/check');
    expect(asks).toHaveTextContent(
      'asks your team to rate 26 statements about the whole loop. These five concern your part of it: the phase you work in and the feedback arc you close.',
    );
    expect(askedIn(asks)).toEqual([
      [
        '④ Verify',
        [
          [10, '“The changes we ship are covered by tests.”'],
          [11, '“We do not make our tests faster at the cost of making them worse.”'],
          [12, '“Our security scans raise few enough false positives that real vulnerabilities get attention.”'],
        ],
      ],
      [
        '④ → ③ Failed verification feeds back to build',
        [
          [21, '“CI tells a developer about a failure in time to fix it in minutes, not days.”'],
          [22, '“When CI fails, developers act on the failure instead of ignoring it.”'],
        ],
      ],
    ]);
    // The statement's wording, not the risk it comes from.
    expect(asks).not.toHaveTextContent('Security scanning raises so many false positives');
    expect(within(asks).getByRole('link', { name: '④ → ③ Failed verification feeds back to build' })).toHaveAttribute('href', '/docs/feedback-arcs#verify-to-build');
  });

  it('gives engineering the statements of its four phases and of all four arcs; technical writing, only ③ Build’s', () => {
    renderGuide('engineering');
    const asks = screen.getByRole('region', { name: 'What the loop check asks you' });
    const asked = askedIn(asks);
    expect(asked.map(([subject]) => subject)).toEqual([
      '② Shape',
      '③ Build',
      '④ Verify',
      '⑥ Learn',
      '⑥ → ② Learnings reshape priorities',
      '④ → ③ Failed verification feeds back to build',
      '⑤ → ④ Production issues feed back to verify',
      '③ → ② Scope questions feed back to shape',
    ]);
    expect(asked.flatMap(([, statements]) => statements)).toHaveLength(20);
    expect(asked[1]).toEqual([
      '③ Build',
      [
        [7, '“Engineers understand the problem before they start coding.”'],
        [8, '“Code written with an AI assistant’s help turns out correct, not merely plausible.”'],
        [9, '“Our code reviews catch logic errors, not only style issues.”'],
      ],
    ]);
    expect(asks).toHaveTextContent('These twenty concern your part of it');

    renderGuide('technical-writing');
    const writers = screen.getAllByRole('region', { name: 'What the loop check asks you' })[1]!;
    expect(askedIn(writers)).toEqual([
      [
        '③ Build',
        [
          [7, '“Engineers understand the problem before they start coding.”'],
          [8, '“Code written with an AI assistant’s help turns out correct, not merely plausible.”'],
          [9, '“Our code reviews catch logic errors, not only style issues.”'],
        ],
      ],
    ]);
    expect(writers).not.toHaveTextContent('The changes we ship are covered by tests.');
    // A group that closes no arc is not told it has arcs to rate.
    expect(writers).toHaveTextContent('These three concern your part of it: the phase you work in. Each is worded');
  });

  it('fails with a message naming the page when it is not a role guide, or its group has no data', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderInDoc('sources', <RoleGuide practices={fromBuild('security')} />)).toThrow('RoleGuide belongs on a page in docs/roles/, but is used on docs/sources.mdx, which is not in docs/roles/.');
      expect(() => renderGuide('marketing')).toThrow(/docs\/roles\/marketing\.mdx presents role group "marketing", which is not in src\/data\/roleGroups\.ts/);
    } finally {
      quiet.mockRestore();
    }
  });

  it('fails, naming the file to import, when its page passes no practices or another group’s', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderInDoc('roles/security', <RoleGuide practices={undefined} />)).toThrow(
        '<RoleGuide> on the guide of "security" was given no practices: pass those of @generated/page-practices/default/role-security.json.',
      );
      expect(() => renderInDoc('roles/security', <RoleGuide practices={fromBuild('engineering')} />)).toThrow(
        '<RoleGuide> on the guide of "security" was given the practices of "engineering": pass those of @generated/page-practices/default/role-security.json.',
      );
      expect(() => renderInDoc('roles/security', <RoleGuide practices={{ phase: 'verify', failureModes: [] } as never} />)).toThrow(
        '<RoleGuide> on the guide of "security" was given practices that are not a role guide’s: pass those of @generated/page-practices/default/role-security.json.',
      );
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
