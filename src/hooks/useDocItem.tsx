import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { docItemDir, itemOfDoc, type DocItem, type DocItemKind } from '@site/src/data';

interface DocItemContextValue {
  /** The doc whose content is rendered ("phases/build"), for messages that name the page. */
  readonly docId: string;
  /** The item of the model it presents, if it is in a folder of item pages. */
  readonly item: DocItem | undefined;
}

const DocItemContext = createContext<DocItemContextValue | null>(null);

const isOfKind = <Kind extends DocItemKind>(item: DocItem, kind: Kind): item is Extract<DocItem, { kind: Kind }> => item.kind === kind;

/**
 * Renders its children as the doc `docId` shows them: src/theme/DocItem/Content wraps every doc's
 * content in one, so a phase's or a role group's page gives its components their item from its id,
 * without a prop. A page that shows a part of another item's page (a role guide's phase sections, the
 * print guide) wraps that part in one for the other doc. A doc whose id has no item throws, naming it.
 */
export function DocItemProvider({ docId, children }: { docId: string; children: ReactNode }) {
  const value = useMemo(() => ({ docId, item: itemOfDoc(docId) }), [docId]);
  return <DocItemContext.Provider value={value}>{children}</DocItemContext.Provider>;
}

/** The item the current doc presents: `{ kind: 'phase', id: 'build' }`; undefined on any other page. */
export function useDocItem(): DocItem | undefined {
  return useContext(DocItemContext)?.item;
}

/**
 * The item of this kind that the current doc presents: `useDocItemOf('phase', 'PhaseNav').id` is a
 * PhaseId. `component` names the caller in the error thrown on any other page, so a component placed
 * on the wrong page fails the build, saying where.
 */
export function useDocItemOf<Kind extends DocItemKind>(kind: Kind, component: string): Extract<DocItem, { kind: Kind }> {
  const context = useContext(DocItemContext);
  const item = context?.item;
  if (item !== undefined && isOfKind(item, kind)) return item;
  const dir = docItemDir(kind);
  const where = context === null ? 'outside any doc (give it a DocItemProvider)' : `on docs/${context.docId}.mdx, which is not in docs/${dir}/`;
  throw new Error(`${component} belongs on a page in docs/${dir}/, but is used ${where}.`);
}
