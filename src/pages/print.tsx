import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import { counts, countWord, loop, PHASE_IDS, phaseDocId, phaseLabel, getPhase } from '@site/src/data';
import { pageNames } from '@site/src/data/site';
import { DocItemProvider } from '@site/src/hooks/useDocItem';
import PrintedPhaseGuide from './_print/PrintedPhaseGuide';
import styles from './print.module.css';

/**
 * /print: the phase guides in loop order on one page, for paper or PDF (the print stylesheet starts
 * each on a new page). Each guide is rendered from the model by the phase pages' own components.
 */
export default function PrintGuide() {
  return (
    <Layout
      title={pageNames.printGuide.title}
      description={`The ${countWord(counts.phases)} phase guides of the Value Delivery Loop on one page, in loop order, ready to print or save as a PDF.`}
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>
          {loop.title}: the {countWord(counts.phases)} phase guides
        </h1>
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
        {PHASE_IDS.map((id) => (
          <section key={id} aria-labelledby={`guide-${id}`} className={styles.guide}>
            <h2 id={`guide-${id}`}>{phaseLabel(getPhase(id))}</h2>
            {/* The docs' typography and link underlines, as on the phase's own page; MDXContent gives
                the guide's tip the theme's admonition, as a docs page does. */}
            <div className="markdown">
              <MDXContent>
                <DocItemProvider docId={phaseDocId(id)}>
                  <PrintedPhaseGuide />
                </DocItemProvider>
              </MDXContent>
            </div>
          </section>
        ))}
      </main>
    </Layout>
  );
}
