import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import LoopDiagram from '@site/src/components/LoopDiagram';
import { counts, countWord, getPhase, loop, paths, phasePath, phaseLabel, phases, type PhaseId } from '@site/src/data';
import styles from './index.module.css';

/** Where readers should start, by role or by the bottleneck they feel. Phase ids only: names come from the model. */
const START_POINTS: readonly { who: string; phase: PhaseId; why: string }[] = [
  { who: 'Product leaders and strategists', phase: 'discover', why: 'where investment decisions are made and no DORA metric looks' },
  { who: 'Product managers, TPMs and tech leads', phase: 'shape', why: 'if your bottleneck is turning ideas into actionable work' },
  { who: 'Engineers and reviewers', phase: 'build', why: 'where research, code and review come together' },
  { who: 'Teams fighting flaky or slow CI', phase: 'verify', why: 'where change failures are prevented, or not' },
  { who: 'SREs, platform and release engineers', phase: 'release', why: 'where deployment frequency, change failures and recovery meet' },
  { who: 'Leaders asking “did it work?”', phase: 'learn', why: 'where learnings close the loop' },
];

export default function Home() {
  return (
    <Layout
      title="Home"
      description={`An interactive guide to the Value Delivery Loop: ${countWord(counts.phases)} phases, ${countWord(counts.feedbackArcs)} feedback arcs, and which DORA, SPACE and ESSP metrics cover each phase.`}
    >
      <main>
        <header className={styles.hero}>
          <div className="container">
            <h1>{loop.title}</h1>
            <p className={styles.lead}>
              Software is not delivered down a pipeline but around a loop of {countWord(counts.phases)} phases. What you learn in production,
              in verification and while building flows back to earlier phases, and those feedback arcs decide how fast
              an organization really moves.
            </p>
            <p className={styles.draft}>{loop.draftNotice}</p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to={paths.overview}>
                Read the guide
              </Link>
              <Link className="button button--secondary button--lg" to={paths.finder}>
                Find a metric
              </Link>
              <Link className="button button--secondary button--lg" to={paths.check}>
                Check your loop
              </Link>
            </div>
          </div>
        </header>
        <div className="container margin-vert--lg">
          <LoopDiagram
            size="large"
            caption="Select a phase to open its guide, or a dashed feedback arc to see why it matters."
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
            <ul className={styles.startList}>
              {START_POINTS.map(({ who, phase, why }) => (
                <li key={phase}>
                  <strong>{who}:</strong> <Link to={phasePath(phase)}>{phaseLabel(getPhase(phase))}</Link>, {why}.
                </li>
              ))}
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
