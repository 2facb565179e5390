import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderForPhase, renderInDoc } from '@site/src/test/renderForPhase';
import { expectNoAxeViolations } from '@site/src/test/setup';
import { arcPractices, phasePractices } from '@site/src/data/practices';
import type { PhaseId } from '@site/src/data';
import WhatToTry, { PracticeLine, PracticeList, SELECTION_NOTE } from '..';
import ArcSections from '../../ArcSections';

/** Practices as a page gets them: as JSON (src/plugins/pagePractices.ts writes them), read back. */
const asJson = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const guide = (phase: PhaseId) => <WhatToTry practices={asJson(phasePractices(phase))} />;

describe('WhatToTry on a phase guide', () => {
  it('gives each risk of the phase a heading and its practices, and says once whose selection it is', () => {
    renderForPhase('release', guide('release'));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Deployments go out without observability.',
      'When something breaks, the team lacks the tools to diagnose it quickly.',
      'Toil piles up because operational improvements never win against feature work.',
    ]);
    expect(screen.getAllByText(SELECTION_NOTE)).toHaveLength(1);
    const toil = screen.getByRole('list', { name: 'What to try: Toil piles up because operational improvements never win against feature work.' });
    expect(within(toil).getAllByRole('listitem')).toHaveLength(3);
    expect(within(toil).getAllByRole('link', { name: 'Eliminating Toil' }).map((a) => a.getAttribute('href'))).toEqual([
      'https://sre.google/workbook/eliminating-toil/',
      'https://sre.google/sre-book/eliminating-toil/',
    ]);
    // The SRE books name their chapter beside the title.
    expect(toil).toHaveTextContent('Eliminating Toil (The Site Reliability Workbook (2018), Chapter 6)');
  });

  it('links how to tell a practice is working to the metric guide, where there is one', () => {
    renderForPhase('release', guide('release'));
    const diagnosis = screen.getByRole('list', { name: 'What to try: When something breaks, the team lacks the tools to diagnose it quickly.' });
    expect(within(diagnosis).getByRole('link', { name: 'Failed deployment recovery time' })).toHaveAttribute(
      'href',
      '/docs/metrics/dora-failed-deployment-recovery-time',
    );
    expect(diagnosis).toHaveTextContent('How to tell it is working: The time to detect a failure and the time to restore service both go down.');
  });

  it('says plainly that the site knows of no practice for security-scanner false positives, and gives the nearest reading as such', () => {
    renderForPhase('verify', guide('verify'));
    const none = screen.getByRole('group', { name: 'What to try: Security scanning raises so many false positives that real vulnerabilities are ignored.' });
    expect(none).toHaveTextContent(/^The site knows of no sourced practice for this\./);
    expect(none).toHaveTextContent('Nearest reading, which does not address it directly: Pervasive security (DORA capability article).');
    expect(within(none).queryAllByRole('listitem')).toEqual([]);
  });

  it('fails, naming the page, outside a phase guide', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderInDoc('sources', <WhatToTry practices={phasePractices('verify')} />)).toThrow(/WhatToTry/);
    } finally {
      quiet.mockRestore();
    }
  });

  it('fails, naming the phase and the file to import, when a page passes no practices or another phase’s', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderForPhase('verify', <WhatToTry practices={undefined} />)).toThrow(
        '<WhatToTry> on the guide of "verify" was given no practices: pass those of @generated/page-practices/default/phase-verify.json.',
      );
      expect(() => renderForPhase('verify', guide('build'))).toThrow('<WhatToTry> on the guide of "verify" was given the practices of "build": import phase-verify.json.');
      expect(() => renderForPhase('verify', <WhatToTry practices={asJson(arcPractices()) as never} />)).toThrow(
        '<WhatToTry> on the guide of "verify" was given practices that are not a phase guide’s: import phase-verify.json.',
      );
    } finally {
      quiet.mockRestore();
    }
  });

  it('has no axe violations', async () => {
    const { container } = renderForPhase('verify', guide('verify'));
    await expectNoAxeViolations(container);
  });
});

describe('PracticeList and PracticeLine', () => {
  it('leave out how to tell it is working when compact, and name each practice with its link in one line', () => {
    const whatToTry = {
      kind: 'practices',
      practices: [
        {
          id: 'fix-broken-builds-first',
          name: 'Fix a broken build first',
          firstStep: 'Revert within minutes.',
          source: { title: 'Continuous integration', url: 'https://dora.dev/capabilities/continuous-integration/', kind: 'dora-capability' },
          evidence: { signal: 'Fixes get faster.' },
        },
      ],
    } as const;
    render(<PracticeList whatToTry={whatToTry} label="Compact" compact />);
    expect(screen.getByRole('list', { name: 'Compact' })).not.toHaveTextContent('How to tell');
    render(<PracticeLine whatToTry={whatToTry} />);
    expect(screen.getByRole('link', { name: 'Fix a broken build first' })).toHaveAttribute('href', 'https://dora.dev/capabilities/continuous-integration/');
  });
});

describe('ArcSections', () => {
  it('gives each feedback arc who closes it and what to try, without a label that repeats its sentences', () => {
    render(<ArcSections kind="feedback" practices={asJson(arcPractices())} />);
    const arc = screen.getByRole('region', { name: '⑤ → ④ Production issues feed back to verify' });
    expect(within(arc).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Who closes it', 'What to try']);
    expect(within(arc).queryByText('When it is broken')).toBeNull();
    expect(arc).toHaveTextContent('When a production incident exposes a gap in testing, the gap is closed right away. When it is not, the gap goes into a backlog that never gets prioritized.');
    expect(arc).toHaveTextContent('Where it starts, at ⑤ Release: SREs, on-call engineers.');
    expect(arc).toHaveTextContent('Where it lands, at ④ Verify: Engineers (writing tests).');
    const practices = within(arc).getByRole('list', { name: 'What to try: ⑤ → ④ Production issues feed back to verify' });
    expect(within(practices).getByRole('link', { name: 'Postmortem Culture: Learning from Failure' })).toHaveAttribute(
      'href',
      'https://sre.google/workbook/postmortem-culture/',
    );
  });

  it('fails, naming the arc and the file, when the feedback arcs come without their practices', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => render(<ArcSections kind="feedback" />)).toThrow(
        '<ArcSections kind="feedback"> lacks the practices of arc "learn-to-shape": pass those of @generated/page-practices/default/arcs.json.',
      );
      const { arcs } = arcPractices();
      expect(() => render(<ArcSections kind="feedback" practices={{ arcs: arcs.slice(0, 2) }} />)).toThrow(/lacks the practices of arc "release-to-verify"/);
      expect(() => render(<ArcSections kind="feedback" practices={asJson(phasePractices('verify')) as never} />)).toThrow(/lacks the practices of arc "learn-to-shape"/);
    } finally {
      quiet.mockRestore();
    }
  });

  it('lists the forward steps with why each matters, and nothing to try', () => {
    render(<ArcSections kind="forward" />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(6);
    expect(screen.queryByRole('list', { name: /^What to try/ })).toBeNull();
  });
});
