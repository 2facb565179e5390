import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  /** Names the scrollable region for screen readers. */
  label: string;
  children: ReactNode;
}

/** A wide table in a named, focusable region, so keyboard users can scroll it (SC 2.1.1, 1.4.10). */
export default function TableFrame({ label, children }: Props) {
  return (
    <div className={styles.frame} role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/**
 * The header row of a table whose column names are plain text. Tables in a TableFrame carry explicit
 * roles because the phone layout displays their parts as blocks (see styles.module.css).
 */
export function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <thead role="rowgroup">
      <tr role="row">
        {columns.map((column) => (
          <th role="columnheader" scope="col" key={column}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A data cell; `column` names its column, which the phone layout shows above the value. */
export function Cell({ column, className, children }: { column: string; className?: string; children: ReactNode }) {
  return (
    <td role="cell" data-label={column} className={className}>
      {children}
    </td>
  );
}
