import type { ReactNode } from 'react';
import Footer from '@theme-original/DocItem/Footer';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { markdownPath } from '@site/src/data';
import styles from './styles.module.css';

/** The docs footer (edit link, last update), and a small link to the page's Markdown copy. */
export default function FooterWrapper(): ReactNode {
  const { metadata } = useDoc();
  // The permalink carries the base URL; the copy sits beside the page's HTML.
  const base = useBaseUrl('/');
  const href = useBaseUrl(markdownPath(`/${metadata.permalink.slice(base.length)}`));
  return (
    <>
      <Footer />
      <p className={styles.markdown}>
        <a href={href} type="text/markdown">
          View as Markdown
        </a>
      </p>
    </>
  );
}
