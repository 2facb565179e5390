import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doraTable, esspZoneNotes, feedbackArcs, getMeasure, getPhase, measuresByFramework, phaseCallouts, phases, presentMeasure, spaceDimensions } from '..';

// A copy of shared/seed/value-delivery-loop.txt: the model must carry every mapping fact in it, unchanged.
const seed = readFileSync(path.join(__dirname, 'fixtures/seed.txt'), 'utf8');
const lines = seed.split('\n').map((line) => line.trim());
const lineStartingWith = (prefix: string, from = 0): string => {
  const line = lines.slice(from).find((l) => l.startsWith(prefix));
  if (line === undefined) throw new Error(`seed has no line starting with "${prefix}"`);
  return line;
};
const phaseSection = (numeral: string): string[] => {
  const start = lines.findIndex((l) => l.startsWith(`Phase ${numeral}:`));
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('Phase ') || l.startsWith('How DORA')));
  return lines.slice(start, end);
};
const field = (section: string[], label: string): string => {
  const line = section.find((l) => l.startsWith(`${label}:`));
  if (line === undefined) throw new Error(`no "${label}" line`);
  return line.slice(label.length + 1).trim();
};

describe('the model against the seed', () => {
  it.each(phases)('phase $numeral is named as in the seed', (phase) => {
    expect(lines).toContain(`Phase ${phase.numeral}: ${phase.name}`);
  });

  it.each(doraTable.map((row) => ({ ...row, name: presentMeasure(getMeasure(row.metric)).title })))(
    'DORA row "$name" keeps its phases and "what it measures"',
    ({ name, phases: mapped, modelPhrase }) => {
      const numerals = mapped.map((id) => getPhase(id).numeral).join('');
      expect(lines).toContain(`${name}${numerals}${modelPhrase}`);
    },
  );

  it('the DORA table has the seed’s four rows, in its order', () => {
    const start = lines.indexOf('How DORA Metrics Map to Phases');
    const rows = lines.slice(start + 3, start + 7).map((line) => line.replace(/[①-⑥].*$/, ''));
    expect(doraTable.map((row) => presentMeasure(getMeasure(row.metric)).title)).toEqual(rows);
  });

  it.each(spaceDimensions.map(presentMeasure))('SPACE row "$title" keeps all six labels in phase order', (view) => {
    const labels = view.perPhase.map((entry) => entry.label ?? '').join('');
    expect(lines).toContain(`${view.title}${labels}`);
  });

  it('the SPACE header names the phases by their short names', () => {
    expect(lines).toContain(`SPACE Dimension${phases.map((p) => `${p.numeral} ${p.shortName}`).join('')}`);
  });

  it.each(measuresByFramework('essp').filter((measure) => measure.kind === 'zone').map(presentMeasure))(
    'ESSP zone "$title" asks the seed’s question',
    (view) => {
      const line = lineStartingWith(`${view.title}:`, lines.indexOf('How ESSP Zones Layer On Top'));
      expect(line).toContain(view.question);
    },
  );

  it('the seed’s paragraphs on the ESSP zones come in its order', () => {
    const start = lines.indexOf('How ESSP Zones Layer On Top');
    const zones = esspZoneNotes.map((entry) => presentMeasure(getMeasure(entry.zone)).title);
    const at = zones.map((title) => lines.findIndex((line, i) => i > start && line.startsWith(`${title}:`)));
    expect(at.every((index) => index > start)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it.each(feedbackArcs)('feedback arc $id keeps its label', (arc) => {
    const from = getPhase(arc.from).numeral;
    const to = getPhase(arc.to).numeral;
    expect(lines.some((l) => l.startsWith(`${from}→${to} (${arc.label})`))).toBe(true);
  });

  // What each arc does when it works and when it breaks is told in our words; its facts and names stay.
  it.each([
    ['learn-to-shape', ['learns faster than its competitors'], ['ship features into a void']],
    ['verify-to-build', ['minutes instead of days'], ['slow or noisy', 'ignored']],
    ['release-to-verify', ['gap in testing', 'closed right away'], ['backlog that never gets prioritized']],
    ['build-to-shape', ['ambiguity', 'whoever shaped the work'], ['Slack thread that gets buried']],
  ] as const)('feedback arc %s keeps the seed’s account of it working and broken', (id, works, broken) => {
    const arc = feedbackArcs.find((a) => a.id === id);
    for (const phrase of works) expect(arc?.whenItWorks).toContain(phrase);
    for (const phrase of broken) expect(arc?.whenBroken).toContain(phrase);
  });

  it.each(phases)('phase $numeral calls out exactly the seed’s metrics, with its notes', (phase) => {
    const applies = field(phaseSection(phase.numeral), 'Which metrics apply');
    const { callouts } = phaseCallouts[phase.id];
    const notesInSeed = [...applies.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
    const notesInModel = [...new Set(callouts.flatMap((c) => (c.note ? [c.note] : [])))];
    expect(notesInModel).toEqual(notesInSeed);
    for (const callout of callouts) expect(applies).toContain(presentMeasure(getMeasure(callout.measure)).title);
  });

  it.each(phases)('phase $numeral lists the roles the seed names', (phase) => {
    const who = field(phaseSection(phase.numeral), 'Who is involved');
    // Each name exactly as the seed writes it, with its parenthesis, in the seed's order.
    const written = phase.people.map((person) => `${person.name}${person.does === undefined ? '' : ` (${person.does})`}`);
    expect(who.startsWith(written.join(', '))).toBe(true);
  });
});
