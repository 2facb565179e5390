import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import LoopDiagram from '@site/src/components/LoopDiagram';
import RoleList from '@site/src/components/RoleList';
import { counts, countWord, frameworkNames, loop, paths, phasePath, phaseLabel, phases } from '@site/src/data';
import { pageNames } from '@site/src/data/site';
import styles from './index.module.css';

export default function Home() {
  return (
    <Layout
      title={pageNames.home.title}
      description={`An interactive guide to the Value Delivery Loop: ${countWord(counts.phases)} phases, ${countWord(counts.feedbackArcs)} feedback arcs, and which ${frameworkNames()} metrics cover each phase.`}
    >
      <main>
        <header className={styles.hero}>
          <div className="container">
            <h1>{loop.title}</h1>
            <p className={styles.lead}>
              Software is not delivered down a pipeline but around a loop of {countWord(counts.phases)} phases. What you learn in production,
              in verification and while building flows back to earlier phases, and the model holds that those feedback
              arcs decide how fast an organization really moves.
            </p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to={paths.overview}>
                Read the guide
              </Link>{' '}
              {/* The spaces keep the links apart in the page's Markdown copy; the flex gap spaces them here. */}
              <Link className="button button--secondary button--lg" to={paths.finder}>
                Find a metric
              </Link>{' '}
              <Link className="button button--secondary button--lg" to={paths.check}>
                Check your loop
              </Link>
            </div>
          </div>
        </header>
        <div className="container margin-vert--lg">
          <LoopDiagram
            size="large"
            hint="Select a phase to open its guide, or a dashed feedback arc to see why it matters."
          />
          <section aria-labelledby="phases-heading" className="margin-vert--lg">
            <h2 id="phases-heading">The {countWord(counts.phases)} phases</h2>
            <ol className={styles.phaseGrid}>
              {phases.map((phase) => (
                <li key={phase.id} className={styles.phaseCard}>
                  <Link to={phasePath(phase.id)} className={styles.phaseLink}>
                    {phaseLabel(phase)}
                  </Link>
                  <p>{phase.summary}</p>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="start-heading" className="margin-vert--lg">
            <h2 id="start-heading">Where to start</h2>
            <p>Find your role: each guide shows the phases you work in, what happens there and the metrics that apply.</p>
            <RoleList />
            <ul className={styles.startList}>
              <li>
                <strong>Teams who want to know where they are stuck:</strong> the{' '}
                <Link to={paths.check}>loop check</Link> rates each phase and feedback arc and shows the bottleneck on the loop.
              </li>
              <li>
                <strong>Anyone with a metric in mind</strong> (“MTTR”, “lead time”, “cycle time”): the{' '}
                <Link to={paths.finder}>metric finder</Link> shows which phases it covers.
              </li>
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  );
}
