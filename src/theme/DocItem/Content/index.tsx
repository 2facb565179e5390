import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type { Props } from '@theme/DocItem/Content';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { CurrentPhaseProvider } from '@site/src/components/CurrentPhase';
import { getPhase, markdownPath, phaseOfDoc } from '@site/src/data';
import styles from './styles.module.css';

/**
 * A doc's content, then a small link to its Markdown copy. A page in docs/phases/ presents the phase
 * its id names, so its sections read the phase from here instead of each taking a prop; an id with no
 * phase fails the build, naming the page. (The link sits here rather than in a DocItem/Footer wrapper:
 * wrapping the footer split the theme's footer into its own module, about 0.5 KB more per docs page.)
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const phaseId = phaseOfDoc(metadata.id);
  // The permalink carries the base URL; the copy sits beside the page's HTML.
  const base = useBaseUrl('/');
  const markdown = useBaseUrl(markdownPath(`/${metadata.permalink.slice(base.length)}`));
  return (
    <CurrentPhaseProvider phase={phaseId === undefined ? null : getPhase(phaseId)}>
      <Content {...props} />
      <p className={styles.markdown}>
        <a href={markdown} type="text/markdown">
          View as Markdown
        </a>
      </p>
    </CurrentPhaseProvider>
  );
}
