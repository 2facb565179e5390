import type { ComponentType } from 'react';
import { useMDXComponents } from '@mdx-js/react';
import type { Props } from '@theme/Admonition';

/**
 * The theme's admonition, taken from the MDX components of the content it sits in, as a `:::tip`
 * block in Markdown gets it. Importing `@theme/Admonition` instead would copy it into the chunk of
 * every page that uses this, beside the copy the docs layout already loads (about 2 KB each).
 * Only for components rendered inside MDX content (a docs page, or MDXContent on another page).
 */
export default function MdxAdmonition(props: Props) {
  const { admonition: Admonition } = useMDXComponents() as { admonition?: ComponentType<Props> };
  if (!Admonition) {
    throw new Error('MdxAdmonition is rendered outside MDX content, where there is no admonition component to use.');
  }
  return <Admonition {...props} />;
}
