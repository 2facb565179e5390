/**
 * The loop as Mermaid flowchart source, for READMEs and wikis that render Mermaid natively.
 * Pure string building from the model: forward arcs solid, feedback arcs dashed with their labels.
 */
import { phaseLabel, type Arc, type Phase } from '../data';

/** Mermaid reads `"` as the end of a label and `#…;` as an entity: write both as entity codes. */
export function escapeMermaidText(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;');
}

/** Node ids must be plain words; phase ids already are, but check so bad data fails loudly. */
function nodeId(id: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`Phase id "${id}" cannot be used as a Mermaid node id.`);
  return id;
}

export interface MermaidOptions {
  /** Flowchart direction: "TD" (top down, the default, stays narrow) or "LR". */
  readonly direction?: 'LR' | 'TD';
}

/** Mermaid flowchart source for the loop: one node per phase, `-->` forward, `-.->|label|` feedback. */
export function toMermaid(phases: readonly Phase[], arcs: readonly Arc[], { direction = 'TD' }: MermaidOptions = {}): string {
  const known = new Set(phases.map((phase) => phase.id));
  for (const arc of arcs) {
    for (const end of [arc.from, arc.to]) {
      if (!known.has(end)) throw new Error(`Arc "${arc.id}" refers to phase "${end}", which is not in the list.`);
    }
  }
  const nodes = phases.map((phase) => `  ${nodeId(phase.id)}["${escapeMermaidText(phaseLabel(phase))}"]`);
  const forward = arcs.filter((arc) => arc.kind === 'forward').map((arc) => `  ${arc.from} --> ${arc.to}`);
  const feedback = arcs
    .filter((arc) => arc.kind === 'feedback')
    .map((arc) => `  ${arc.from} -.->|"${escapeMermaidText(arc.label)}"| ${arc.to}`);
  return [`flowchart ${direction}`, ...nodes, ...forward, ...feedback].join('\n') + '\n';
}
