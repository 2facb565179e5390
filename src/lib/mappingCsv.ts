/**
 * The phase mapping as CSV rows for spreadsheets: one row per DORA metric or ESSP zone and phase it
 * covers, and one per SPACE cell (dimension × phase). Pure TS; src/plugins/publishModel.ts writes them.
 */
import { getFramework, getPhase, metrics, phaseLabel } from '../data';

export const CSV_COLUMNS = ['framework', 'metric_id', 'metric', 'phase_id', 'phase', 'label', 'note'] as const;

/** The header, then the rows, in framework order, then metric order, then loop order. */
export function mappingCsvRows(): string[][] {
  const rows = metrics.flatMap((metric) =>
    metric.phases.map((phaseId) => {
      const phase = getPhase(phaseId);
      const callout = phase.metricCallouts.find((c) => c.metric === metric.id);
      // A SPACE cell's label is the matrix's; a DORA metric or ESSP zone is labelled by its name.
      const label = metric.framework === 'space' ? metric.cells[phaseId] : metric.name;
      const note = metric.framework === 'space' ? (callout?.note ?? '') : (metric.perPhase[phaseId] ?? '');
      return [getFramework(metric.framework).name, metric.id, metric.name, phaseId, phaseLabel(phase), label, note];
    }),
  );
  return [[...CSV_COLUMNS], ...rows];
}
