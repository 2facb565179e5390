/**
 * A team's loop check: several members' result links merged into the team's median per phase and
 * arc, and the statements where their answers spread most, which are the ones worth talking about.
 * Pure TS.
 */
import { checkStatements, checkSubjects, type CheckSubject } from '../data/check';
import { decodeCheckLink, describeLinkProblem, encodeCheck, type CheckState } from './checkLink';
import { median as sortedMedian } from './measure/stats';
import { isRating, labelOf, lowest, scoreCheck, type ScoreLabel } from './checkScore';

/** At most this many links are merged. */
export const MAX_TEAM_LINKS = 20;

export interface TeamLinkProblem {
  /** 1-based line of the pasted text. */
  readonly line: number;
  readonly message: string;
}

export interface TeamScore {
  readonly subject: CheckSubject;
  /** The median of the members' scores, over the members with enough answers for one. */
  readonly median: number | undefined;
  readonly label: ScoreLabel | undefined;
  readonly members: number;
}

export interface StatementSpread {
  /** The statement's place in the list. */
  readonly index: number;
  /** The members' ratings, 1 to 5; "Don't know" and no answer left out. */
  readonly ratings: readonly number[];
  /** Highest rating minus lowest. */
  readonly spread: number;
}

export interface TeamMerge {
  readonly members: readonly CheckState[];
  readonly problems: readonly TeamLinkProblem[];
  /** Phases in loop order, then feedback arcs. */
  readonly scores: readonly TeamScore[];
  /** Statements at least two members rated, the widest spread first. */
  readonly spreads: readonly StatementSpread[];
  /** The weakest median phase and arc, with the same tie rules as one member's check. */
  readonly bottleneck: { readonly phase?: string; readonly arc?: string };
}

export function median(values: readonly number[]): number | undefined {
  return sortedMedian([...values].sort((a, b) => a - b)) ?? undefined;
}

/** Merges the links pasted one per line; blank lines are skipped, every other problem is named. */
export function mergeTeam(text: string): TeamMerge {
  const members: CheckState[] = [];
  const problems: TeamLinkProblem[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = i + 1;
    if (raw.trim() === '') continue;
    const decoded = decodeCheckLink(raw);
    if (!decoded.ok) {
      problems.push({ line, message: describeLinkProblem(decoded.problem, decoded.version) });
      continue;
    }
    if (decoded.state === null) continue;
    const key = JSON.stringify(encodeCheck(decoded.state));
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line, message: `The same answers as line ${earlier}, so they were counted once.` });
      continue;
    }
    if (members.length === MAX_TEAM_LINKS) {
      problems.push({ line, message: `Only the first ${MAX_TEAM_LINKS} links are merged.` });
      continue;
    }
    seen.set(key, line);
    members.push(decoded.state);
  }

  const memberScores = members.map((member) => scoreCheck(member.answers));
  const scores: TeamScore[] = checkSubjects.map((subject, s) => {
    const means = memberScores.flatMap((scored) => {
      const mean = scored.all[s]?.mean;
      return mean === undefined ? [] : [mean];
    });
    const mid = median(means);
    return { subject, median: mid, label: mid === undefined ? undefined : labelOf(mid), members: means.length };
  });

  const spreads = checkStatements
    .map((_, index) => {
      const ratings = members.map((member) => member.answers[index]).filter(isRating);
      return { index, ratings, spread: ratings.length > 1 ? Math.max(...ratings) - Math.min(...ratings) : 0 };
    })
    .filter((entry) => entry.ratings.length > 1)
    .sort((a, b) => b.spread - a.spread || b.ratings.length - a.ratings.length || a.index - b.index);

  const weakest = (kind: CheckSubject['kind']): string | undefined =>
    lowest(
      scores.filter((score) => score.subject.kind === kind),
      (score) => score.median,
    )?.subject.id;

  return { members, problems, scores, spreads, bottleneck: { phase: weakest('phase'), arc: weakest('arc') } };
}
