/**
 * The metric finder's state as it sits in the address (`?q=&phase=&framework=`): read, written, and
 * the checks that turn its raw values into a phase or a framework. Every finder link is written here.
 */
import { FRAMEWORK_IDS, paths, phases, type FrameworkId, type PhaseId } from '../data';
import { normalizeText } from './textNormalize';

/** Raw strings from the address; the finder checks them when it renders. */
export interface FinderParams {
  readonly q: string;
  readonly phase: string;
  readonly framework: string;
}

export const emptyParams: FinderParams = { q: '', phase: '', framework: '' };

/** Reads `?q=&phase=&framework=`; anything else in the query string is ignored. */
export function readParams(search: string): FinderParams {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', phase: params.get('phase') ?? '', framework: params.get('framework') ?? '' };
}

/** "?q=MTTR&phase=release", leaving out empty values, so a plain finder address stays plain. */
export function finderSearch({ q = '', phase = '', framework = '' }: Partial<FinderParams>): string {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (phase !== '') params.set('phase', phase);
  if (framework !== '') params.set('framework', framework);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** The finder showing a query or filter: `finderPath({ q: 'MTTR' })` → "/metrics?q=MTTR". */
export const finderPath = (query: Partial<FinderParams> = {}): string => `${paths.finder}${finderSearch(query)}`;

/** The finder's address, read and written (for useAddressState). */
export const finderAddress = {
  read: readParams,
  write: (params: FinderParams): string => finderSearch(params),
};

export type ParamCheck<T> = { ok: true; value: T | undefined } | { ok: false; given: string };

const phaseIdByAlias: ReadonlyMap<string, PhaseId> = new Map(
  phases.flatMap((phase) => [
    [phase.id, phase.id],
    [String(phase.number), phase.id],
    [normalizeText(phase.numeral), phase.id],
  ]),
);

/** Reads `?phase=`: a phase id ("verify"), its number ("4") or numeral ("④"); empty means all phases. */
export function parsePhaseParam(value: string | null | undefined): ParamCheck<PhaseId> {
  const given = (value ?? '').trim();
  if (given === '' || given === 'all') return { ok: true, value: undefined };
  const phase = phaseIdByAlias.get(normalizeText(given));
  return phase === undefined ? { ok: false, given } : { ok: true, value: phase };
}

/** Reads `?framework=`: a framework id, any case; empty means all frameworks. */
export function parseFrameworkParam(value: string | null | undefined): ParamCheck<FrameworkId> {
  const given = (value ?? '').trim();
  if (given === '' || given === 'all') return { ok: true, value: undefined };
  const framework = FRAMEWORK_IDS.find((id) => id === normalizeText(given));
  return framework === undefined ? { ok: false, given } : { ok: true, value: framework };
}
