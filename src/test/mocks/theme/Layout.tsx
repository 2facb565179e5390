import type { ReactNode } from 'react';

/** Stands in for @theme/Layout: the page's content alone, without the navbar, footer or head tags. */
export default function Layout({ children }: { title?: string; description?: string; children?: ReactNode }) {
  return <>{children}</>;
}
