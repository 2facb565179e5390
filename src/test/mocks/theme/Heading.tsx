import type { HTMLAttributes, ReactNode } from 'react';

type Props = HTMLAttributes<HTMLHeadingElement> & { as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'; children?: ReactNode };

/** Stands in for @theme/Heading: the heading element, keeping its id. */
export default function Heading({ as: Tag, children, ...rest }: Props) {
  return <Tag {...rest}>{children}</Tag>;
}
