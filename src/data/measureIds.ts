/**
 * The id of every measure the site describes: DORA's five metrics, SPACE's five dimensions, ESSP's four
 * zones and its twelve metrics. One id per measure, used in data, URLs (`/docs/metrics/<id>`), the
 * published JSON and the loop check; the tuples fix the order in which each framework lists them.
 */

/** DORA's five software delivery metrics, in the order DORA's survey asks for them. */
export const DORA_METRIC_IDS = [
  'dora-change-lead-time',
  'dora-deployment-frequency',
  'dora-change-fail-rate',
  'dora-failed-deployment-recovery-time',
  'dora-deployment-rework-rate',
] as const;

/** SPACE's five dimensions, in S-P-A-C-E order. */
export const SPACE_DIMENSION_IDS = ['space-satisfaction', 'space-performance', 'space-activity', 'space-communication', 'space-efficiency'] as const;

/** ESSP's four zones: the three foundation zones, then the one on top. */
export const ESSP_ZONE_IDS = ['essp-quality', 'essp-velocity', 'essp-developer-happiness', 'essp-business-outcomes'] as const;

/** ESSP's twelve metrics, three per zone, in the zones' order and the playbook's order within each. */
export const ESSP_METRIC_IDS = [
  'essp-change-failure-rate',
  'essp-failed-deployment-recovery-time',
  'essp-code-security-and-maintainability',
  'essp-lead-time',
  'essp-deployment-frequency',
  'essp-prs-merged-per-developer',
  'essp-flow-state-experience',
  'essp-engineering-tooling-satisfaction',
  'essp-copilot-satisfaction',
  'essp-ai-leverage',
  'essp-engineering-expenses-to-revenue',
  'essp-feature-engineering-expenses',
] as const;

export type DoraMetricId = (typeof DORA_METRIC_IDS)[number];
export type SpaceDimensionId = (typeof SPACE_DIMENSION_IDS)[number];
export type EsspZoneId = (typeof ESSP_ZONE_IDS)[number];
export type EsspMetricId = (typeof ESSP_METRIC_IDS)[number];

/** Every measure, framework by framework. */
export const MEASURE_IDS = [...DORA_METRIC_IDS, ...SPACE_DIMENSION_IDS, ...ESSP_ZONE_IDS, ...ESSP_METRIC_IDS] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** The measures that get a guide page at /docs/metrics/<id>: every metric and dimension (zones group ESSP's metrics). */
export const GUIDED_MEASURE_IDS = [...DORA_METRIC_IDS, ...ESSP_METRIC_IDS, ...SPACE_DIMENSION_IDS] as const;
export type GuidedMeasureId = (typeof GUIDED_MEASURE_IDS)[number];

export const isMeasureId = (value: string): value is MeasureId => (MEASURE_IDS as readonly string[]).includes(value);
