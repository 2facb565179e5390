/**
 * Measuring DORA's five figures from a team's own delivery records, for /measure (issue 22): read files,
 * join them, compute the figures per service and week, place them in DORA's answer choices, score them on
 * the Quick Check's scale and export them. Pure TS: no DOM, no React, safe in a Web Worker.
 */
import { buildRecordSet, type RecordSet } from './recordSet';
import { parseRecordFile, type FileInput, type ParsedFile, type ReadFile } from './parse';

export { RECORD_KINDS, recordColumns, requiredColumns, isCounted } from './formats';
export type { RecordKind, ColumnSpec, Deployment, Change, Incident, SourceRow } from './formats';
export { parseRecordFile, formatOf, splitChanges, kindsNeed, MAX_BAD_ROW_SHARE, MAX_FILE_BYTES } from './parse';
export type { FileInput, FileFormat, ParsedFile, ReadFile, RefusedFile, KindRecords } from './parse';
export { MAX_EXAMPLES } from './problems';
export type { Problem, ProblemGroup, ProblemCode, RowProblemCode, FileProblemCode, ContradictionCode, NoteCode } from './problems';
export { buildRecordSet, CHANGE_LEFT_OUT, INCIDENT_LEFT_OUT } from './recordSet';
export type { RecordSet, ViewRecords, ChangeLeftOut, IncidentLeftOut } from './recordSet';
export { computeFigures, FIGURE_KEYS, FIGURE_DEFINITIONS } from './compute';
export type {
  Figures,
  FiveFigures,
  WeekFigures,
  FigureOptions,
  FigureKey,
  Notice,
  NoticeCode,
  LeadTimeFigure,
  FrequencyFigure,
  ChangeFailFigure,
  RecoveryFigure,
  ReworkFigure,
} from './compute';
export { median, nearestRank } from './stats';
export { parseTimestamp, parseUtcDay, isoWeekStart, isoWeekLabel, isoUtc, isoDay, utcDayStart, HOUR, DAY, WEEK } from './time';
export type { TimestampError } from './time';
export {
  placeInChoices,
  placeFigure,
  rangeFigure,
  quickCheckAnswers,
  quickCheckScore,
  scoreQuickCheck,
  quickCheckBenchmark,
  formatScore,
  RANGE_METRICS,
  PERCENT_METRICS,
} from './quickCheck';
export type {
  BoundedChoice,
  ChoiceScale,
  ChoiceUnit,
  PlacedChoice,
  QuickCheckAnswers,
  QuickCheckScores,
  QuickCheckBenchmark,
  RangeMetricId,
  PercentMetricId,
} from './quickCheck';
export { figuresCsv, weeklyCsv, figuresJson, SERVICE_CSV_COLUMNS, WEEKLY_CSV_COLUMNS, ALL_SERVICES_LABEL } from './export';
export { generateRecords, sampleRecords, benchmarkRecords, formatInZone, zoneOffset } from './generate';
export type { GenerateOptions, GeneratedRecords, Zone } from './generate';

export interface LoadedRecords {
  /** Every file, read or refused, in the order given. */
  readonly files: readonly ParsedFile[];
  /** The records of the files read; the refused ones add nothing. */
  readonly set: RecordSet;
}

/** Reads several files and joins the ones that could be read into one record set. */
export function loadRecords(inputs: readonly FileInput[]): LoadedRecords {
  const files = inputs.map((input) => parseRecordFile(input));
  return { files, set: buildRecordSet(files.filter((file): file is ReadFile => file.ok)) };
}
