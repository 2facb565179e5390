import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackArcs, getPhase, metricsByFramework, phases } from '..';

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

  it.each(metricsByFramework('dora'))('DORA row "$name" keeps its phases and "what it measures"', (metric) => {
    const numerals = metric.phases.map((id) => getPhase(id).numeral).join('');
    expect(lines).toContain(`${metric.name}${numerals}${metric.measures}`);
  });

  it.each(metricsByFramework('space'))('SPACE row "$name" keeps all six labels in phase order', (metric) => {
    const labels = phases.map((phase) => metric.perPhase[phase.id]).join('');
    expect(lines).toContain(`${metric.name}${labels}`);
  });

  it('the SPACE header names the phases by their short names', () => {
    expect(lines).toContain(`SPACE Dimension${phases.map((p) => `${p.numeral} ${p.shortName}`).join('')}`);
  });

  it.each(metricsByFramework('essp'))('ESSP zone "$name" asks the seed’s question', (metric) => {
    const line = lineStartingWith(`${metric.name}:`, lines.indexOf('How ESSP Zones Layer On Top'));
    if (metric.framework !== 'essp') throw new Error('not an ESSP zone');
    expect(line).toContain(metric.question);
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
    const notesInSeed = [...applies.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
    const notesInModel = [...new Set(phase.metricCallouts.flatMap((c) => (c.note ? [c.note] : [])))];
    expect(notesInModel).toEqual(notesInSeed);
    for (const callout of phase.metricCallouts) {
      const metric = [...metricsByFramework('dora'), ...metricsByFramework('space'), ...metricsByFramework('essp')].find(
        (m) => m.id === callout.metric,
      );
      expect(metric, callout.metric).toBeDefined();
      expect(applies).toContain(metric?.name ?? '');
    }
  });

  it.each(phases)('phase $numeral lists the roles the seed names', (phase) => {
    const who = field(phaseSection(phase.numeral), 'Who is involved');
    // Each name exactly as the seed writes it, with its parenthesis, in the seed's order.
    const written = phase.people.map((person) => `${person.name}${person.does === undefined ? '' : ` (${person.does})`}`);
    expect(who.startsWith(written.join(', '))).toBe(true);
  });
});
