/**
 * The three kinds of delivery records /measure reads (issue 22): their columns, which are required, and
 * the records they become once read. CSV and JSON files carry the same fields. Pure TS.
 */

/** The kinds of record files, in the order the page lists them. */
export const RECORD_KINDS = ['deployments', 'changes', 'incidents'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The sample's three files, named as the page offers them for download and as the engine reports them. */
export const SAMPLE_FILE_NAMES: Readonly<Record<RecordKind, string>> = {
  deployments: 'sample-deployments.csv',
  changes: 'sample-changes.csv',
  incidents: 'sample-incidents.csv',
};

export interface ColumnSpec {
  /** The column's name, lower case; files may write it in any case. */
  readonly name: string;
  readonly required: boolean;
  /** One line for the format's documentation. */
  readonly description: string;
}

/** Each kind's columns, required ones first. */
export const recordColumns = {
  deployments: [
    { name: 'id', required: true, description: 'The deployment’s id, unique among deployments.' },
    { name: 'finished_at', required: true, description: 'When the deployment finished: ISO 8601 with an offset or Z.' },
    { name: 'service', required: false, description: 'The service or application deployed.' },
    { name: 'environment', required: false, description: 'Where it was deployed; empty means production. Only production (in any case) counts.' },
    { name: 'status', required: false, description: 'success (when empty), failure or failed, in any case; a failed deployment is not a deployment.' },
    { name: 'changes', required: false, description: 'The ids of the changes it shipped, separated by spaces or semicolons.' },
    { name: 'unplanned', required: false, description: 'true when it was made to fix a user-facing bug or incident; false (or empty) otherwise.' },
  ],
  changes: [
    { name: 'id', required: true, description: 'The change’s id (commit SHA or pull request id), as deployments list it.' },
    { name: 'committed_at', required: true, description: 'When it was committed: ISO 8601 with an offset or Z.' },
    { name: 'service', required: false, description: 'The service it belongs to (used only for changes no deployment shipped).' },
  ],
  incidents: [
    { name: 'id', required: true, description: 'The incident’s id, unique among incidents.' },
    { name: 'started_at', required: true, description: 'When service degraded: ISO 8601 with an offset or Z.' },
    { name: 'resolved_at', required: true, description: 'When service was restored: ISO 8601 with an offset or Z.' },
    { name: 'service', required: false, description: 'The service affected; an incident a deployment caused counts for that deployment’s service.' },
    { name: 'caused_by', required: false, description: 'The id of the deployment that caused it; empty when no change caused it.' },
  ],
} as const satisfies Record<RecordKind, readonly ColumnSpec[]>;

export type ColumnName<K extends RecordKind> = (typeof recordColumns)[K][number]['name'];

/** A kind's required column names. */
export const requiredColumns = (kind: RecordKind): readonly string[] =>
  recordColumns[kind].flatMap((column: ColumnSpec) => (column.required ? [column.name] : []));

/** Where a record came from: the file's name and its row (CSV, header = row 1) or item (JSON, from 1). */
export interface SourceRow {
  readonly file: string;
  readonly row: number;
}

/** A deployment as read: timestamps in milliseconds since 1970 (UTC). */
export interface Deployment extends SourceRow {
  readonly id: string;
  readonly finishedAt: number;
  /** '' when the file gives none. */
  readonly service: string;
  /** As written, trimmed; 'production' when empty. */
  readonly environment: string;
  /** 'failure' stands for failure and failed. */
  readonly status: 'success' | 'failure';
  /** Change ids in the order listed, without repeats. */
  readonly changes: readonly string[];
  readonly unplanned: boolean;
}

export interface Change extends SourceRow {
  readonly id: string;
  readonly committedAt: number;
  readonly service: string;
}

export interface Incident extends SourceRow {
  readonly id: string;
  readonly startedAt: number;
  readonly resolvedAt: number;
  readonly service: string;
  /** '' when no change caused it. */
  readonly causedBy: string;
}

export interface RecordByKind {
  deployments: Deployment;
  changes: Change;
  incidents: Incident;
}

/** A successful production deployment: the only kind DORA's figures count. */
export const isCounted = (deployment: Deployment): boolean =>
  deployment.status === 'success' && deployment.environment.toLowerCase() === 'production';
