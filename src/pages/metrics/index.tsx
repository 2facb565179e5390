import Layout from '@theme/Layout';
import MetricFinder from './_components/MetricFinder';
import { counts, countWord, frameworkNames } from '@site/src/data';
import { pageNames } from '@site/src/data/site';
import styles from './_components/styles.module.css';

/** /metrics: type a metric, see the phases it covers. The address holds the query and filters. */
export default function MetricsPage() {
  return (
    <Layout
      title={pageNames.finder.title}
      description={`Type a ${frameworkNames('or')} metric, an abbreviation or a former name, and see which phases of the Value Delivery Loop it covers.`}
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{pageNames.finder.title}</h1>
        <p className={styles.lead}>
          Type a metric by its name, abbreviation or former name to see which of the {countWord(counts.phases)} phases it
          covers. Or pick a phase to see what measures it.
        </p>
        <MetricFinder />
      </main>
    </Layout>
  );
}
