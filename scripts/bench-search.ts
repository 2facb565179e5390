/**
 * Median time of one metric search over the whole index. Run with `npm run bench:search`.
 * Kept out of the test suite on purpose: timings on a shared machine make flaky assertions.
 */
import { performance } from 'node:perf_hooks';
import { createMetricSearch } from '../src/lib/metricSearch';

const queries = ['MTTR', 'deploy', 'cylce time', 'lead time', 'flow', 'satisfacción', 'zzzz', 'x'.repeat(10_000)];
const iterations = 2_000;

const buildStart = performance.now();
const index = createMetricSearch();
const buildMs = performance.now() - buildStart;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

for (let i = 0; i < 200; i += 1) for (const query of queries) index.search(query); // warm-up for the JIT

const all: number[] = [];
console.log(`index built in ${buildMs.toFixed(2)} ms`);
for (const query of queries) {
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    index.search(query);
    times.push(performance.now() - start);
  }
  all.push(...times);
  const label = query.length > 20 ? `${query.slice(0, 12)}… (${query.length} chars)` : query;
  console.log(`${label.padEnd(28)} median ${(median(times) * 1000).toFixed(1)} µs`);
}
console.log(`all queries                  median ${(median(all) * 1000).toFixed(1)} µs over ${all.length} searches`);
