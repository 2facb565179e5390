/**
 * Words for the loop diagram: the accessible names of its links and the description of the whole
 * figure, built from the model so they change when the data does. Pure, so it runs during SSR.
 */
import { countWord, inSentence, phaseLabel, type Arc, type Phase } from '../data';

const label = (phase: Phase): string => phaseLabel(phase);

/**
 * "learnings reshape priorities": a label as it reads mid-sentence. Only its first word may lose its
 * capital, and only when it is in title case: "DevOps engineers" and "SREs on call" keep theirs.
 */
export function midSentence(text: string): string {
  const first = /^\p{L}[\p{L}\p{N}]*/u.exec(text)?.[0] ?? '';
  return inSentence(first) + text.slice(first.length);
}

/**
 * "③ Build & Collaborate, phase 3 of 6"; with a marker (the current phase) "You are here: ③ Build & …".
 * The name starts with the words drawn in the node, in the order they sit in the DOM (marker,
 * numeral, full or short name), so the visible label is part of the name (SC 2.5.3). Short names
 * are the first word of the full name, so both layouts match.
 */
export const phaseLinkName = (
  phase: Phase,
  count: number,
  { marker = '', note }: { marker?: string; note?: string } = {},
): string => `${marker === '' ? '' : `${marker}: `}${label(phase)}${note === undefined ? '' : ` ${note}`}, phase ${phase.number} of ${count}`;

function phaseOf(phases: readonly Phase[], id: string): Phase {
  const phase = phases.find((p) => p.id === id);
  if (!phase) throw new Error(`Arc refers to phase "${id}", which is not in the list of phases.`);
  return phase;
}

/**
 * "Feedback arc from ⑥ Learn & Adapt to ② Shape & Prioritize: learnings reshape priorities, key A".
 * The label is the text drawn beside the arc; the key is the letter drawn on it when space is short.
 */
export function arcLinkName(arc: Arc, phases: readonly Phase[], key?: string, note?: string): string {
  const kind = arc.kind === 'feedback' ? 'Feedback arc' : 'Forward arc';
  const ends = `from ${label(phaseOf(phases, arc.from))} to ${label(phaseOf(phases, arc.to))}`;
  return `${kind} ${ends}: ${midSentence(arc.label)}${note === undefined ? '' : ` ${note}`}${key ? `, key ${key}` : ''}`;
}

export interface LoopDescription {
  /** Short title for the figure. */
  readonly title: string;
  /** One paragraph: the phases in order, then every feedback arc. */
  readonly description: string;
}

/**
 * Title and description of the loop diagram, for the SVG's title and desc. `linked: false` for a
 * drawing whose phases are not links (the files to download, the link-preview picture).
 */
export function describeLoop(
  phases: readonly Phase[],
  arcs: readonly Arc[],
  title: string,
  { linked = true }: { linked?: boolean } = {},
): LoopDescription {
  const first = phases[0];
  const feedback = arcs.filter((arc) => arc.kind === 'feedback');
  const phaseList = phases.map((phase) => label(phase)).join(', ');
  const back = first ? `, then back to ${label(first)}` : '';
  const arcList = feedback
    .map((arc) => `${label(phaseOf(phases, arc.from))} back to ${label(phaseOf(phases, arc.to))} (${midSentence(arc.label)})`)
    .join('; ');
  const arcSentence =
    feedback.length === 0
      ? 'There are no feedback arcs.'
      : `${countWord(feedback.length, { capital: true })} feedback arcs run backwards: ${arcList}.`;
  return {
    title,
    description: `A loop of ${countWord(phases.length)} phases${linked ? ', each linking to its page' : ''}: ${phaseList}${back}. ${arcSentence}`,
  };
}
