import type { ReactNode } from 'react';

/** Stands in for the theme's DocItem/Content: the doc's MDX content in the docs' typography. */
export default function Content({ children }: { children?: ReactNode }) {
  return <div className="theme-doc-markdown markdown">{children}</div>;
}
