import type { AnchorHTMLAttributes, ReactNode } from 'react';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string; children?: ReactNode };

/** Stands in for @docusaurus/Link: a plain anchor, with `to` as its href. */
export default function Link({ to, href, children, ...rest }: Props) {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
