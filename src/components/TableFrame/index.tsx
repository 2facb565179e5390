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

/*
 * Table parts. Tables in a TableFrame carry explicit roles because the phone layout displays their
 * parts as blocks (see styles.module.css), which would otherwise drop their table semantics in some
 * browsers. These parts are the one place those roles are written.
 */
type Children = { children: ReactNode };

export function Table({ className, children }: Children & { className?: string }) {
  return (
    <table role="table" className={className}>
      {children}
    </table>
  );
}

/** The header row group and its single row. */
export function Head({ children }: Children) {
  return (
    <thead role="rowgroup">
      <tr role="row">{children}</tr>
    </thead>
  );
}

export function ColumnHeader({ children }: Children) {
  return (
    <th role="columnheader" scope="col">
      {children}
    </th>
  );
}

/** The header row of a table whose column names are plain text. */
export function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <Head>
      {columns.map((column) => (
        <ColumnHeader key={column}>{column}</ColumnHeader>
      ))}
    </Head>
  );
}

export function Body({ children }: Children) {
  return <tbody role="rowgroup">{children}</tbody>;
}

export function Row({ children }: Children) {
  return <tr role="row">{children}</tr>;
}

export function RowHeader({ children }: Children) {
  return (
    <th role="rowheader" scope="row">
      {children}
    </th>
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
