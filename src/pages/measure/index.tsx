import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { paths } from '@site/src/data';
import { DORA_BENCHMARKS_2025_ATTRIBUTION } from '@site/src/data/doraBenchmarks2025';
import { pageNames } from '@site/src/data/site';
import PrivacyNote from '@site/src/components/PrivacyNote';
import type { Figures } from '@site/src/lib/measure/compute';
import type { FileReport, Progress, SetSummary } from '@site/src/lib/measure/engine';
import type { EngineRequest } from '@site/src/lib/measure/protocol';
import { DAY, parseUtcDay } from '@site/src/lib/measure/time';
import { startEngine, type Ask, type EngineClient } from './_components/engineClient';
import Formats from './_components/Formats';
import Loader, { PASTED_NAME } from './_components/Loader';
import { FileReports, RecordsInUse } from './_components/Reports';
import type { RangeText } from './_components/Results';
import styles from './styles.module.css';

// The figures, their charts and the comparison load once there are records to show.
const Results = lazy(() => import('./_components/Results'));

const DESCRIPTION =
  'DORA’s five delivery metrics computed in your browser from your own deployments, changes and incidents, with every definition stated and DORA’s 2025 benchmarks beside them. Nothing is uploaded.';

const rangeRequest = (range: RangeText): { from?: number; to?: number } => {
  const from = parseUtcDay(range.from);
  const to = parseUtcDay(range.to);
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to: to + DAY }) };
};

/**
 * /measure: DORA's five figures from a team's own records. Files are read with the File API and computed
 * in a Web Worker (engineClient.ts); nothing is uploaded or stored. The formats and recipes are static
 * HTML, readable without JavaScript.
 */
export default function MeasurePage() {
  const client = useRef<EngineClient | undefined>(undefined);
  const [progress, setProgress] = useState<Progress | undefined>(undefined);
  const [reports, setReports] = useState<{ files: readonly FileReport[]; kept: boolean }>({ files: [], kept: false });
  const [summary, setSummary] = useState<SetSummary | undefined>(undefined);
  const [service, setService] = useState<string | null>(null);
  const [range, setRange] = useState<RangeText>({ from: '', to: '' });
  const [figures, setFigures] = useState<Figures | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [onPage, setOnPage] = useState(false);

  const engine = useCallback((): EngineClient => {
    if (client.current === undefined) {
      client.current = startEngine();
      setOnPage(client.current.onPage);
    }
    return client.current;
  }, []);
  useEffect(() => () => client.current?.close(), []);
  const ask = useCallback<Ask>((body, onProgress) => engine().ask(body, onProgress), [engine]);

  const load = (body: Extract<EngineRequest, { type: 'load' | 'sample' }>): void => {
    setFailure(undefined);
    setProgress({ text: 'Starting', done: 0, total: 1 });
    performance.mark('measure:chosen');
    engine()
      .ask(body, setProgress)
      .then((result) => {
        setReports({ files: result.files, kept: summary !== undefined && !result.changed });
        if (!result.changed || result.summary === undefined) {
          setProgress(undefined);
          return;
        }
        const next = result.summary;
        setSummary(next);
        setService((current) => (current !== null && next.services.includes(current) ? current : (next.services[0] ?? null)));
      })
      .catch((error: unknown) => {
        setProgress(undefined);
        setFailure(error instanceof Error ? error.message : String(error));
      });
  };

  const request = rangeRequest(range);
  const { from, to } = request;
  useEffect(() => {
    if (summary === undefined) return;
    let live = true;
    // The progress shown is the worker's answer pending: it starts with the request the effect sends.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProgress({ text: 'Computing the figures', done: 0, total: 1 });
    engine()
      .ask({ type: 'figures', request: { service, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) } })
      .then((result) => {
        if (!live) return;
        setFigures(result);
        setProgress(undefined);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setProgress(undefined);
        setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      live = false;
    };
  }, [summary, service, from, to, engine]);

  useEffect(() => {
    if (figures !== undefined && performance.getEntriesByName('measure:chosen').length > 0) performance.mark('measure:shown');
  }, [figures]);

  const busy = progress !== undefined;
  return (
    <Layout title={pageNames.measure.title} description={DESCRIPTION}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>{pageNames.measure.title}</h1>
        <p className={styles.lead}>
          Drop in your team’s deployments, changes and incidents, and see DORA’s five metrics for each service: change
          lead time, deployment frequency, change fail rate, failed deployment recovery time and deployment rework rate.
          Every figure says what it counts and how many records it rests on, and sits beside DORA’s 2025 benchmarks.
        </p>
        <PrivacyNote>
          Your files are read by this page with your browser’s File API and computed in a background worker in this tab.
          Nothing is uploaded, sent or stored: close the tab and the records are gone. The site sets no cookies and runs no
          analytics.
        </PrivacyNote>
        <noscript>
          <p className={styles.warning}>
            Computing the figures needs JavaScript. Without it, this page still describes the record formats and how to make
            them.
          </p>
        </noscript>

        <section aria-labelledby="load">
          <h2 id="load">Load your records</h2>
          <Loader
            busy={busy}
            onFiles={(files) => load({ type: 'load', files })}
            onPaste={(text) => load({ type: 'load', files: [{ name: PASTED_NAME, text }] })}
            onSample={() => load({ type: 'sample' })}
          />
          {onPage && (
            <p className={styles.warning} role="status">
              This browser cannot run the calculator in a background worker, so it runs on the page itself: with large files
              the page may stop responding for a while until the figures are shown.
            </p>
          )}
          <div className={styles.progress} aria-live="polite">
            {progress !== undefined && (
              <>
                <label htmlFor="measure-progress">{progress.text}…</label>
                <progress id="measure-progress" value={progress.done} max={progress.total} />
              </>
            )}
          </div>
          {failure !== undefined && (
            <p className={styles.warning} role="alert">
              {failure}
            </p>
          )}
          <FileReports files={reports.files} kept={reports.kept} />
          {summary !== undefined && <RecordsInUse summary={summary} />}
        </section>

        <section aria-labelledby="figures">
          <h2 id="figures">Your figures</h2>
          {summary === undefined || figures === undefined ? (
            <p>Load records, or try the sample, to see the figures here.</p>
          ) : (
            <Suspense fallback={<p>Loading the figures…</p>}>
              <Results
                summary={summary}
                figures={figures}
                service={service}
                onService={setService}
                range={range}
                onRange={setRange}
                ask={ask}
                request={request}
              />
            </Suspense>
          )}
        </section>

        <Formats />

        <section aria-labelledby="about">
          <h2 id="about">About the comparison</h2>
          <p>
            The scores and benchmarks are DORA’s: the figures are placed in the answer choices of DORA’s survey and scored
            as DORA’s Quick Check scores them. They start a conversation in the team; they are not a grade. See also the{' '}
            <Link to={paths.check}>loop check</Link>.
          </p>
          <p className={styles.attribution}>{DORA_BENCHMARKS_2025_ATTRIBUTION}</p>
        </section>
      </main>
    </Layout>
  );
}
