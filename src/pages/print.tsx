import type { ComponentProps, ComponentType } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import { MDXProvider } from '@mdx-js/react';
import MDXComponents from '@theme/MDXComponents';
import Discover from '@site/docs/phases/discover.mdx';
import Shape from '@site/docs/phases/shape.mdx';
import Build from '@site/docs/phases/build.mdx';
import Verify from '@site/docs/phases/verify.mdx';
import Release from '@site/docs/phases/release.mdx';
import Learn from '@site/docs/phases/learn.mdx';
import { CurrentPhaseProvider } from '@site/src/components/CurrentPhase';
import { counts, countWord, loop, PHASE_IDS, phaseLabel, getPhase, type PhaseId } from '@site/src/data';
import styles from './print.module.css';

/** Each phase's guide, by id: the type checker asks for a new phase's page here too. */
const GUIDES = { discover: Discover, shape: Shape, build: Build, verify: Verify, release: Release, learn: Learn } satisfies Record<
  PhaseId,
  ComponentType<unknown>
>;

/**
 * Inside one guide of many, its sections are h3 under the phase's h2, and without ids: six guides on
 * one page would repeat "what-happens" six times.
 */
const nested = {
  ...MDXComponents,
  h2: ({ id: _id, ...props }: ComponentProps<'h2'>) => <Heading as="h3" {...props} />,
  h3: ({ id: _id, ...props }: ComponentProps<'h3'>) => <Heading as="h4" {...props} />,
};

/** /print: the phase guides in loop order on one page, for paper or PDF (the print stylesheet starts each on a new page). */
export default function PrintGuide() {
  return (
    <Layout title="The phase guides, for print" description={`The ${countWord(counts.phases)} phase guides of the Value Delivery Loop on one page, in loop order, ready to print or save as a PDF.`}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{loop.title}: the {countWord(counts.phases)} phase guides</h1>
        <p>{loop.draftNotice}</p>
        <p className={styles.hint}>
          Every phase guide on one page, in loop order. Print it, or save it as a PDF from your browser’s print dialog:
          each phase starts on a new page.
        </p>
        <nav aria-label="The phases on this page">
          <ol>
            {PHASE_IDS.map((id) => (
              <li key={id}>
                <a href={`#guide-${id}`}>{phaseLabel(getPhase(id))}</a>
              </li>
            ))}
          </ol>
        </nav>
        {PHASE_IDS.map((id) => {
          const Guide = GUIDES[id];
          return (
            <section key={id} aria-labelledby={`guide-${id}`} className={styles.guide}>
              <h2 id={`guide-${id}`}>{phaseLabel(getPhase(id))}</h2>
              {/* The docs' typography and link underlines, as on the phase's own page. */}
              <div className="markdown">
                <CurrentPhaseProvider phase={getPhase(id)}>
                  <MDXContent>
                    <MDXProvider components={nested}>
                      <Guide />
                    </MDXProvider>
                  </MDXContent>
                </CurrentPhaseProvider>
              </div>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
