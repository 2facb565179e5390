import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { arcs, feedbackArcs, forwardArcs, phases } from '@site/src/data';
import { escapeMermaidText, toMermaid } from '../mermaid';

const source = toMermaid(phases, arcs);
const lines = source.trimEnd().split('\n');

describe('toMermaid', () => {
  it('starts with a top-down flowchart and declares each phase with numeral and name', () => {
    expect(lines[0]).toBe('flowchart TD');
    expect(lines.slice(1, 7)).toEqual(phases.map((p) => `  ${p.id}["${p.numeral} ${p.name}"]`));
  });

  it.each(forwardArcs.map((arc) => [arc.id, arc] as const))('draws forward arc %s as a solid arrow', (_id, arc) => {
    expect(lines).toContain(`  ${arc.from} --> ${arc.to}`);
  });

  it.each(feedbackArcs.map((arc) => [arc.id, arc] as const))('draws feedback arc %s dashed, with its label', (_id, arc) => {
    expect(lines).toContain(`  ${arc.from} -.->|"${arc.label}"| ${arc.to}`);
  });

  it('has one line per phase and arc and nothing else', () => {
    expect(lines).toHaveLength(1 + phases.length + arcs.length);
  });

  it('escapes quotes and hashes so labels cannot break out', () => {
    expect(escapeMermaidText('say "hi" #1')).toBe('say #quot;hi#quot; #35;1');
  });

  it('names the phase when an arc points outside the list', () => {
    expect(() => toMermaid(phases.slice(0, 2), arcs)).toThrow(/"build"/);
  });

  it('produces source that Mermaid parses as a flowchart', async () => {
    await expect(mermaid.parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('is rejected by Mermaid when broken, so the parse check above means something', async () => {
    await expect(mermaid.parse(source.replace('-->', '--->>|'))).rejects.toThrow();
  });
});
