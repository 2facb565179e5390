import { useCallback, useEffect, useRef, useState } from 'react';
import Layout from '@theme/Layout';
import { useHistory, useLocation } from '@docusaurus/router';
import MetricFinder from './_components/MetricFinder';
import { counts, countWord, finderSearch, frameworkNames } from '@site/src/data';
import { emptyParams, readParams, type FinderParams } from '@site/src/lib/finderParams';
import styles from './_components/styles.module.css';

/**
 * /metrics: type a metric, see the phases it covers. The URL holds the query and filters.
 * The server renders the unfiltered list (it cannot see the query string); after hydration the URL
 * is read, so the first client render matches the static HTML.
 */
export default function MetricsPage() {
  const history = useHistory();
  const location = useLocation();
  const [params, setParams] = useState<FinderParams>(emptyParams);
  // Docusaurus applies location changes after an async preload, so the input keeps its own state
  // and only follows the URL when someone else changed it (back, forward, a suggestion link).
  const written = useRef<string | null>(null);

  useEffect(() => {
    // Reading the URL after hydration is the point: the static HTML was rendered without it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setParams(readParams(history.location.search));
    return history.listen((location, action) => {
      if (action === 'POP' || location.search !== written.current) setParams(readParams(location.search));
    });
  }, [history]);

  // On a PUSH, Docusaurus moves focus to the top of the page (right for a new page). A filter change
  // is not a new page, so focus goes back to the control the reader used (SC 2.4.3, 3.2.2).
  const focusAfterPush = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = focusAfterPush.current;
    focusAfterPush.current = null;
    if (element?.isConnected && document.activeElement !== element) element.focus({ preventScroll: true });
  }, [location]);

  const onChange = useCallback(
    (next: FinderParams, mode: 'replace' | 'push') => {
      setParams(next);
      if (mode === 'push' && document.activeElement instanceof HTMLElement) focusAfterPush.current = document.activeElement;
      const search = finderSearch(next);
      written.current = search;
      if (search !== history.location.search) history[mode]({ search });
    },
    [history],
  );

  return (
    <Layout
      title="Metric finder"
      description={`Type a ${frameworkNames('or')} metric, an abbreviation or a former name, and see which phases of the Value Delivery Loop it covers.`}
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>Metric finder</h1>
        <p className={styles.lead}>
          Type a metric by its name, abbreviation or former name to see which of the {countWord(counts.phases)} phases it
          covers. Or pick a phase to see what measures it.
        </p>
        <MetricFinder params={params} onChange={onChange} />
      </main>
    </Layout>
  );
}
