/**
 * The phase mapping as CSV rows for spreadsheets: one row per measure and phase the model maps it to
 * (a DORA metric, a SPACE cell, an ESSP zone); measures it maps to no phase have none. Pure TS;
 * src/plugins/publishModel.ts writes them.
 */
import { FRAMEWORK_IDS, getFramework, getPhase, hasGuide, measuresByFramework, metricPath, phaseLabel, presentMeasure } from '../data';

/**
 * `model_label` and `model_note` are the loop model's words; `definition` is the framework's, with its
 * source; `guide` is the path of the measure's guide page (none for an ESSP zone).
 */
export const CSV_COLUMNS = ['framework', 'metric_id', 'metric', 'phase_id', 'phase', 'model_label', 'model_note', 'definition', 'definition_source', 'guide'] as const;

/** The header, then the rows, in framework order, then the order pages list the measures, then loop order. */
export function mappingCsvRows(): string[][] {
  const rows = FRAMEWORK_IDS.flatMap(measuresByFramework)
    .map(presentMeasure)
    .flatMap((view) =>
      view.perPhase
        .filter((entry) => entry.covered)
        .map((entry) => [
          getFramework(view.framework).name,
          view.id,
          view.title,
          entry.phase,
          phaseLabel(getPhase(entry.phase)),
          // A SPACE cell is labelled as the matrix labels it; a DORA metric or ESSP zone by its name.
          entry.label ?? view.title,
          entry.note ?? '',
          view.definition.text,
          view.definition.source.url,
          hasGuide(view.id) ? metricPath(view.id) : '',
        ]),
    );
  return [[...CSV_COLUMNS], ...rows];
}
