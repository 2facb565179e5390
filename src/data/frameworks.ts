/**
 * The three metric frameworks the loop maps, and the sources the site draws on.
 * Names and dates come from shared/reference/frameworks.md; the sentences are our own.
 */

export const FRAMEWORK_IDS = ['dora', 'space', 'essp'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** A link to where a fact comes from. */
export interface SourceLink {
  /** What a reader will find behind the link. */
  readonly title: string;
  /** @format uri */
  readonly url: string;
}

export interface Source extends SourceLink {
  /** Publisher and date as published, e.g. "DORA, updated 2026-01-05". */
  readonly published: string;
}

/** The publications the frameworks' facts come from; measures.ts cites them by name. */
export const sources = {
  doraGuide: {
    title: 'DORA’s software delivery performance metrics (guide)',
    url: 'https://dora.dev/guides/dora-metrics/',
    published: 'DORA, updated 2026-01-05',
  },
  doraHistory: {
    title: 'A history of the DORA metrics',
    url: 'https://dora.dev/guides/dora-metrics/history/',
    published: 'DORA, 2026-01-02',
  },
  spacePaper: {
    title:
      'Forsgren, Storey, Maddila, Zimmermann, Houck and Butler, “The SPACE of Developer Productivity: There’s more to it than you think”, ACM Queue 19(1)',
    url: 'https://queue.acm.org/detail.cfm?id=3454124',
    published: 'ACM Queue, January–February 2021',
  },
  esspPlaybook: {
    title: 'GitHub’s Engineering System Success Playbook',
    url: 'https://resources.github.com/engineering-system-success-playbook/',
    published: 'GitHub, May 2025',
  },
  esspMetricsPage: {
    title: 'GitHub Well-Architected: Engineering System Metrics',
    url: 'https://wellarchitected.github.com/library/productivity/recommendations/engineering-system-metrics',
    published: 'GitHub, 2025-04-24',
  },
} as const satisfies Record<string, Source>;

export interface FrameworkDetails {
  /** Short name used in badges and filters. */
  readonly name: string;
  readonly fullName: string;
  /** What the framework is, in one or two sentences. */
  readonly about: string;
  /** What a "metric" is called in this framework: metric, dimension or zone. */
  readonly unit: { readonly singular: string; readonly plural: string };
  /** The one-letter mark used next to colour so coverage never relies on colour alone. */
  readonly letter: string;
  readonly sources: readonly Source[];
}

const details = {
  dora: {
    name: 'DORA',
    fullName: 'DORA software delivery performance metrics',
    about:
      'DevOps Research and Assessment (DORA) measures how well a team delivers software. Its metrics fall into two factors: throughput (how fast changes flow) and instability (how often they fail).',
    unit: { singular: 'metric', plural: 'metrics' },
    letter: 'D',
    sources: [sources.doraGuide, sources.doraHistory],
  },
  space: {
    name: 'SPACE',
    fullName: 'The SPACE framework of developer productivity',
    about:
      'SPACE argues that no single number captures developer productivity. It names five dimensions to measure together: Satisfaction and well-being, Performance, Activity, Communication and collaboration, and Efficiency and flow.',
    unit: { singular: 'dimension', plural: 'dimensions' },
    letter: 'S',
    sources: [sources.spacePaper],
  },
  essp: {
    name: 'ESSP',
    fullName: 'GitHub’s Engineering System Success Playbook',
    about:
      'GitHub’s playbook groups engineering metrics into four outcome zones. Quality, Velocity and Developer Happiness form the foundation; Business Outcomes sits on top. It draws on SPACE, DevEx, DX Core 4 and DORA.',
    unit: { singular: 'zone', plural: 'zones' },
    letter: 'E',
    sources: [sources.esspPlaybook, sources.esspMetricsPage],
  },
} as const satisfies Record<FrameworkId, FrameworkDetails>;

export interface Framework extends FrameworkDetails {
  readonly id: FrameworkId;
}

export const frameworks: readonly Framework[] = FRAMEWORK_IDS.map((id) => ({ id, ...details[id] }));
