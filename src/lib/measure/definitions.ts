/**
 * The five figures' keys and one-line definitions, apart from the computation so a page can state them
 * without loading it. Pure TS.
 */
import type { DoraMetricId } from '../../data/measureIds';

/** The five figures' keys, in DORA's survey order. */
export const FIGURE_KEYS = ['leadTime', 'deploymentFrequency', 'changeFailRate', 'recoveryTime', 'reworkRate'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Each figure's definition as computed here, in one line. */
export const FIGURE_DEFINITIONS = {
  leadTime:
    'Median (and 90th percentile, nearest rank) of the time from a change’s committed_at to the finish of the first successful production deployment that lists it; each change once.',
  deploymentFrequency: 'Successful production deployments per week (and per day) of the range.',
  changeFailRate: 'Share of successful production deployments named in the caused_by of at least one incident.',
  recoveryTime: 'Median of resolved_at − started_at over incidents caused by a successful production deployment; incidents with no cause are left out.',
  reworkRate: 'Share of successful production deployments marked unplanned.',
} as const satisfies Record<FigureKey, string>;

/** The DORA metric each figure measures. */
export const FIGURE_METRIC = {
  leadTime: 'dora-change-lead-time',
  deploymentFrequency: 'dora-deployment-frequency',
  changeFailRate: 'dora-change-fail-rate',
  recoveryTime: 'dora-failed-deployment-recovery-time',
  reworkRate: 'dora-deployment-rework-rate',
} as const satisfies Record<FigureKey, DoraMetricId>;
