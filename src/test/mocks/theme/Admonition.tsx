import type { ReactNode } from 'react';

interface Props {
  type: string;
  title?: ReactNode;
  children?: ReactNode;
}

/** Stands in for @theme/Admonition: an aside with its title. */
export default function Admonition({ type, title, children }: Props) {
  return (
    <aside aria-label={typeof title === 'string' ? title : type}>
      {title && <p>{title}</p>}
      {children}
    </aside>
  );
}
