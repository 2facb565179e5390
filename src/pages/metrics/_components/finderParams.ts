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


