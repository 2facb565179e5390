// The bench's /measure case (issue #22): a generated year of 20 services (50,000 deployments, 500,000
// changes, 2,000 incidents, about 30 MB of CSV) written to temporary files and chosen through the page's
// file input in Chromium. It times files chosen → figures shown against papaparse alone parsing the same
// files in the same browser in the same run, checks that a progress indicator shows while it works, and
// records the main thread's long tasks (PerformanceObserver 'longtask'). The observer proves itself in each
// run: before the files are chosen, the page's main thread is kept busy for 300 ms on purpose, and the long-task
// figure counts only if the observer saw that task (it ends before the files are chosen, so it is not counted
// in the figure). Returns the figures and problems.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import createJiti from 'jiti';

const require = createRequire(import.meta.url);
export const MEASURE_BUDGET = { ratio: 3, longTaskMs: 200 };
/** The deliberate task that shows the long-task observer works, and the least of it the observer must report. */
export const CALIBRATION = { busyMs: 300, seenMs: 250 };

/** Runs the case against a served build at `origin`; `flags` are Chromium's. */
export async function measureCase(origin, { flags = [], runs = 1 } = {}) {
  const jiti = createJiti(import.meta.url);
  const { benchmarkRecords } = jiti('../../src/lib/measure/generate.ts');
  const dir = mkdtempSync(path.join(tmpdir(), 'measure-bench-'));
  const records = benchmarkRecords();
  const files = Object.keys(records).map((kind) => {
    const file = path.join(dir, `${kind}.csv`);
    writeFileSync(file, records[kind]);
    return file;
  });
  const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: flags });
  const samples = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      // papaparse alone: the same files, read and parsed on the page's thread, no worker (reading is the floor).
      await page.goto(`${origin}/`);
      await page.addScriptTag({ content: readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8') });
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = true;
        input.id = 'bench-papaparse';
        document.body.append(input);
      });
      await page.setInputFiles('#bench-papaparse', files);
      const papaparseMs = await page.evaluate(async () => {
        const start = performance.now();
        for (const file of document.querySelector('#bench-papaparse').files) {
          await new Promise((resolve, reject) => globalThis.Papa.parse(file, { complete: resolve, error: reject }));
        }
        return performance.now() - start;
      });
      await page.close();

      // /measure: files chosen through its input, until the figures are on the page.
      const measure = await browser.newPage();
      await measure.addInitScript(() => {
        globalThis.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) globalThis.__longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await measure.goto(`${origin}/measure`);
      await measure.waitForSelector('html[data-has-hydrated="true"]');
      // Calibration: a deliberate 300 ms task on the main thread, which the observer must report.
      const calibration = await measure.evaluate(async ({ busyMs, seenMs }) => {
        const start = performance.now();
        // A task of the page's own (a timer's), as the page's work is, not the bench's call into the page.
        await new Promise((resolve) =>
          setTimeout(() => {
            const from = performance.now();
            while (performance.now() - from < busyMs) {
              // Busy on purpose.
            }
            resolve();
          }, 0),
        );
        // The observer's callback comes after the task; give it up to two seconds.
        const until = performance.now() + 2000;
        let seen;
        while (seen === undefined && performance.now() < until) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          seen = globalThis.__longTasks.find((task) => task.start + task.duration >= start && task.duration >= seenMs);
        }
        return { seenMs: seen?.duration ?? null };
      }, CALIBRATION);
      await measure.evaluate(() => {
        const state = { progress: false };
        globalThis.__measure = state;
        new MutationObserver(() => {
          if (document.querySelector('progress')) state.progress = true;
          if (state.shown === undefined && document.querySelector('[data-figures-shown]')) state.shown = performance.now();
        }).observe(document.body, { subtree: true, childList: true });
        document.querySelector('input[type=file]').addEventListener('change', () => (state.chosen = performance.now()), { capture: true });
      });
      await measure.setInputFiles('input[type=file]', files);
      await measure.waitForSelector('[data-figures-shown]', { timeout: 600_000 });
      // Tasks that end after the figures show are still reported a moment later: wait for the observer.
      await measure.waitForTimeout(500);
      const result = await measure.evaluate(() => {
        const { chosen, shown, progress } = globalThis.__measure;
        const during = globalThis.__longTasks.filter((task) => task.start + task.duration >= chosen && task.start <= shown);
        return {
          measureMs: shown - chosen,
          progress,
          longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
          longTasks: during.length,
        };
      });
      await measure.close();
      samples.push({ papaparseMs, ...result, calibrationMs: calibration.seenMs });
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const figures = {
    megabytes,
    papaparseMs: median(samples.map((s) => s.papaparseMs)),
    measureMs: median(samples.map((s) => s.measureMs)),
    longestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)),
    // Tasks over 50 ms (every task the observer reports) while it worked, in the run with the most.
    longTasks: Math.max(...samples.map((s) => s.longTasks)),
    progress: samples.every((s) => s.progress),
    // The deliberate task as the observer reported it, in the run where it looked shortest; null when a run's observer missed it.
    calibrationMs: samples.some((s) => s.calibrationMs === null) ? null : Math.min(...samples.map((s) => s.calibrationMs)),
  };
  const ratio = figures.measureMs / figures.papaparseMs;
  const problems = [];
  if (ratio > MEASURE_BUDGET.ratio) problems.push(`/measure: ${Math.round(figures.measureMs)} ms from files chosen to figures shown, ${ratio.toFixed(2)}× papaparse's ${Math.round(figures.papaparseMs)} ms > ${MEASURE_BUDGET.ratio}×`);
  if (figures.calibrationMs === null)
    problems.push(`/measure: the long-task observer did not see a deliberate ${CALIBRATION.busyMs} ms task, so the long-task figure cannot be trusted`);
  else if (figures.longestTaskMs > MEASURE_BUDGET.longTaskMs) problems.push(`/measure: a main-thread task of ${Math.round(figures.longestTaskMs)} ms > ${MEASURE_BUDGET.longTaskMs} ms while it worked`);
  if (!figures.progress) problems.push('/measure: no progress indicator was shown while it worked');
  return { figures: { ...figures, ratio }, problems };
}
