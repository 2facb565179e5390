/** The finder's state as it sits in the URL: raw strings, checked by the finder when it renders. */
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

/** The query string for a state, leaving out empty values so a plain /metrics stays plain. */
export function toSearch({ q, phase, framework }: FinderParams): string {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (phase !== '') params.set('phase', phase);
  if (framework !== '') params.set('framework', framework);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}
