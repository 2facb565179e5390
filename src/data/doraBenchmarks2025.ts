/**
 * DORA's 2025 benchmarks for the Quick Check's 0–10 scores: for "All industries" and 13 industries, the
 * mean and standard deviation of each score, copied from the Quick Check's data file
 * (svelte/quick-check/src/lib/data/editions/2025/industry_metrics.json in dora-team/dora.dev at commit
 * fcaf07b; shared/reference/dora-quick-check.md). The numbers are stored as DORA stores them: change fail
 * rate, rework and instability are low-is-better here; src/lib/measure/quickCheck.ts shows them as 10 − x.
 */

/** The credit the benchmarks must carry wherever they appear (page, README, third-party notice). */
export const DORA_BENCHMARKS_2025_ATTRIBUTION =
  'Benchmarks: DORA Quick Check (https://dora.dev/quickcheck/), © 2026 Google LLC, data from ' +
  'github.com/dora-team/dora.dev at commit fcaf07b (svelte/quick-check/src/lib/data/editions/2025/), licensed under ' +
  'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changed: change fail rate and rework means shown as ' +
  '10 − x so that higher is better, and the overall mean recomputed from the five, as the Quick Check itself does.';

/** Where the benchmarks come from, for links beside them. */
export const doraBenchmarksSource = {
  title: 'DORA Quick Check',
  url: 'https://dora.dev/quickcheck/',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  data: 'https://github.com/dora-team/dora.dev/tree/fcaf07b49791e8a16e39b85dbf92610520bf80b6/svelte/quick-check/src/lib/data/editions/2025',
} as const;

/** The industries in the file's order, "all" first; the ids are DORA's keys. */
export const DORA_INDUSTRY_IDS = [
  'all',
  'consumer',
  'media_entertainment',
  'non_profit',
  'technology',
  'telecommunications',
  'other',
  'education',
  'financial_services',
  'healthcare_pharmaceuticals',
  'energy',
  'government',
  'insurance',
  'industrials_manufacturing',
] as const;
export type DoraIndustryId = (typeof DORA_INDUSTRY_IDS)[number];

/** The scores DORA's file gives a benchmark for, with DORA's keys. */
export const DORA_BENCHMARK_KEYS = [
  'performance_average',
  'software_delivery_throughput',
  'software_delivery_instability',
  'leadtime',
  'deployfreq',
  'changefailure',
  'failurerecovery',
  'rework',
] as const;
export type DoraBenchmarkKey = (typeof DORA_BENCHMARK_KEYS)[number];

/** A score's mean and standard deviation on the 0–10 scale, as stored. */
export interface MeanStd {
  readonly mean: number;
  readonly std: number;
}

export interface DoraIndustryBenchmark {
  /** DORA's name for the industry. */
  readonly name: string;
  readonly scores: { readonly [key in DoraBenchmarkKey]: MeanStd };
}

/** The 2025 benchmarks by industry, exactly as DORA's file stores them. */
export const doraBenchmarks2025 = {
  all: {
    name: 'All industries',
    scores: {
      performance_average: { mean: 4.3, std: 1.2 },
      software_delivery_throughput: { mean: 6.0, std: 2.1 },
      software_delivery_instability: { mean: 2.1, std: 2.0 },
      leadtime: { mean: 5.5, std: 2.4 },
      deployfreq: { mean: 4.8, std: 2.8 },
      changefailure: { mean: 1.9, std: 2.1 },
      failurerecovery: { mean: 7.4, std: 2.1 },
      rework: { mean: 2.2, std: 2.2 },
    },
  },
  consumer: {
    name: 'Retail/Consumer/e-Commerce',
    scores: {
      performance_average: { mean: 4.5, std: 1.1 },
      software_delivery_throughput: { mean: 6.3, std: 2.0 },
      software_delivery_instability: { mean: 1.8, std: 1.7 },
      leadtime: { mean: 5.9, std: 2.3 },
      deployfreq: { mean: 5.3, std: 2.7 },
      changefailure: { mean: 1.7, std: 2.0 },
      failurerecovery: { mean: 7.8, std: 1.8 },
      rework: { mean: 2.0, std: 1.9 },
    },
  },
  media_entertainment: {
    name: 'Media & Entertainment',
    scores: {
      performance_average: { mean: 4.4, std: 1.2 },
      software_delivery_throughput: { mean: 6.2, std: 2.2 },
      software_delivery_instability: { mean: 1.8, std: 1.6 },
      leadtime: { mean: 5.8, std: 2.4 },
      deployfreq: { mean: 5.2, std: 2.7 },
      changefailure: { mean: 1.8, std: 1.8 },
      failurerecovery: { mean: 7.6, std: 2.1 },
      rework: { mean: 1.8, std: 1.7 },
    },
  },
  non_profit: {
    name: 'Non-profit',
    scores: {
      performance_average: { mean: 4.4, std: 1.2 },
      software_delivery_throughput: { mean: 6.1, std: 2.0 },
      software_delivery_instability: { mean: 2.2, std: 2.7 },
      leadtime: { mean: 5.9, std: 2.7 },
      deployfreq: { mean: 4.5, std: 2.6 },
      changefailure: { mean: 2.2, std: 2.8 },
      failurerecovery: { mean: 7.5, std: 1.8 },
      rework: { mean: 2.1, std: 2.5 },
    },
  },
  technology: {
    name: 'Technology',
    scores: {
      performance_average: { mean: 4.4, std: 1.2 },
      software_delivery_throughput: { mean: 6.1, std: 2.1 },
      software_delivery_instability: { mean: 2.1, std: 2.0 },
      leadtime: { mean: 5.7, std: 2.4 },
      deployfreq: { mean: 4.9, std: 2.8 },
      changefailure: { mean: 1.9, std: 2.0 },
      failurerecovery: { mean: 7.4, std: 2.1 },
      rework: { mean: 2.3, std: 2.2 },
    },
  },
  telecommunications: {
    name: 'Telecommunications',
    scores: {
      performance_average: { mean: 4.4, std: 1.3 },
      software_delivery_throughput: { mean: 5.7, std: 2.1 },
      software_delivery_instability: { mean: 2.5, std: 2.4 },
      leadtime: { mean: 5.2, std: 2.4 },
      deployfreq: { mean: 4.7, std: 2.6 },
      changefailure: { mean: 2.4, std: 2.5 },
      failurerecovery: { mean: 7.2, std: 2.3 },
      rework: { mean: 2.6, std: 2.5 },
    },
  },
  other: {
    name: 'Other',
    scores: {
      performance_average: { mean: 4.3, std: 1.2 },
      software_delivery_throughput: { mean: 6.1, std: 2.1 },
      software_delivery_instability: { mean: 1.8, std: 1.7 },
      leadtime: { mean: 5.7, std: 2.4 },
      deployfreq: { mean: 5.0, std: 2.7 },
      changefailure: { mean: 1.6, std: 1.9 },
      failurerecovery: { mean: 7.6, std: 2.0 },
      rework: { mean: 2.0, std: 2.0 },
    },
  },
  education: {
    name: 'Education',
    scores: {
      performance_average: { mean: 4.3, std: 1.3 },
      software_delivery_throughput: { mean: 5.6, std: 2.3 },
      software_delivery_instability: { mean: 2.7, std: 2.1 },
      leadtime: { mean: 5.5, std: 2.6 },
      deployfreq: { mean: 4.5, std: 2.9 },
      changefailure: { mean: 2.7, std: 2.4 },
      failurerecovery: { mean: 6.6, std: 2.6 },
      rework: { mean: 2.9, std: 2.3 },
    },
  },
  financial_services: {
    name: 'Financial Services',
    scores: {
      performance_average: { mean: 4.3, std: 1.1 },
      software_delivery_throughput: { mean: 6.1, std: 1.9 },
      software_delivery_instability: { mean: 1.8, std: 1.8 },
      leadtime: { mean: 5.4, std: 2.3 },
      deployfreq: { mean: 5.1, std: 2.6 },
      changefailure: { mean: 1.7, std: 2.1 },
      failurerecovery: { mean: 7.7, std: 1.9 },
      rework: { mean: 1.9, std: 1.9 },
    },
  },
  healthcare_pharmaceuticals: {
    name: 'Healthcare & Pharmaceuticals',
    scores: {
      performance_average: { mean: 4.2, std: 1.4 },
      software_delivery_throughput: { mean: 5.6, std: 2.2 },
      software_delivery_instability: { mean: 2.5, std: 2.2 },
      leadtime: { mean: 5.0, std: 2.6 },
      deployfreq: { mean: 4.3, std: 2.8 },
      changefailure: { mean: 2.5, std: 2.3 },
      failurerecovery: { mean: 7.1, std: 2.2 },
      rework: { mean: 2.6, std: 2.4 },
    },
  },
  energy: {
    name: 'Energy',
    scores: {
      performance_average: { mean: 4.1, std: 1.1 },
      software_delivery_throughput: { mean: 5.8, std: 2.0 },
      software_delivery_instability: { mean: 1.9, std: 1.6 },
      leadtime: { mean: 5.4, std: 2.5 },
      deployfreq: { mean: 4.5, std: 2.7 },
      changefailure: { mean: 1.8, std: 1.8 },
      failurerecovery: { mean: 7.2, std: 1.9 },
      rework: { mean: 2.1, std: 1.9 },
    },
  },
  government: {
    name: 'Government',
    scores: {
      performance_average: { mean: 4.1, std: 1.3 },
      software_delivery_throughput: { mean: 5.4, std: 2.3 },
      software_delivery_instability: { mean: 2.3, std: 2.0 },
      leadtime: { mean: 4.8, std: 2.6 },
      deployfreq: { mean: 4.3, std: 3.0 },
      changefailure: { mean: 2.1, std: 2.2 },
      failurerecovery: { mean: 7.0, std: 2.1 },
      rework: { mean: 2.4, std: 2.2 },
    },
  },
  insurance: {
    name: 'Insurance',
    scores: {
      performance_average: { mean: 4.0, std: 1.2 },
      software_delivery_throughput: { mean: 5.7, std: 1.8 },
      software_delivery_instability: { mean: 1.8, std: 1.8 },
      leadtime: { mean: 4.8, std: 2.2 },
      deployfreq: { mean: 4.4, std: 2.5 },
      changefailure: { mean: 1.7, std: 2.0 },
      failurerecovery: { mean: 7.5, std: 1.8 },
      rework: { mean: 1.8, std: 1.9 },
    },
  },
  industrials_manufacturing: {
    name: 'Industrials & Manufacturing',
    scores: {
      performance_average: { mean: 3.9, std: 1.3 },
      software_delivery_throughput: { mean: 5.1, std: 2.3 },
      software_delivery_instability: { mean: 2.2, std: 2.0 },
      leadtime: { mean: 4.9, std: 2.6 },
      deployfreq: { mean: 3.7, std: 2.7 },
      changefailure: { mean: 2.0, std: 1.9 },
      failurerecovery: { mean: 6.5, std: 2.3 },
      rework: { mean: 2.4, std: 2.3 },
    },
  },
} as const satisfies Record<DoraIndustryId, DoraIndustryBenchmark>;
