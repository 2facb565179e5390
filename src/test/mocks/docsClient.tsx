import { createContext, useContext, type ReactNode } from 'react';

/** Stands in for @docusaurus/plugin-content-docs/client: a component test says which doc it renders in. */
const DocIdContext = createContext<string | null>(null);

export function MockDoc({ id, children }: { id: string; children: ReactNode }) {
  return <DocIdContext.Provider value={id}>{children}</DocIdContext.Provider>;
}

/** The doc's id and its permalink, at the docs plugin's /docs/ with base URL "/". */
export function useDoc(): { metadata: { id: string; permalink: string } } {
  const id = useContext(DocIdContext);
  if (id === null) throw new Error('Hook useDoc is called outside the <DocProvider>.');
  return { metadata: { id, permalink: `/docs/${id}` } };
}
