import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type { Props } from '@theme/DocItem/Content';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { markdownPath } from '@site/src/data';
import { DocItemProvider } from '@site/src/hooks/useDocItem';
import styles from './styles.module.css';

/**
 * A doc's content, then a small link to its Markdown copy. A page in a folder of item pages (a phase's
 * in docs/phases/, a role group's in docs/roles/) presents the item its id names, so its components
 * read the item from here instead of each taking a prop; an id with no item fails the build, naming
 * the page. (The link sits here rather than in a DocItem/Footer wrapper: wrapping the footer split the
 * theme's footer into its own module, about 0.5 KB more per docs page.)
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  // The permalink carries the base URL; the copy sits beside the page's HTML.
  const base = useBaseUrl('/');
  const markdown = useBaseUrl(markdownPath(`/${metadata.permalink.slice(base.length)}`));
  return (
    <DocItemProvider docId={metadata.id}>
      <Content {...props} />
      <p className={styles.markdown}>
        <a href={markdown} type="text/markdown">
          View as Markdown
        </a>
      </p>
    </DocItemProvider>
  );
}
