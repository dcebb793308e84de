import { Table, TableBody, TableCell, TableContainer, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

type Props<T> = Readonly<{
  headers: readonly string[];
  rows: readonly T[];
  keyOf: (row: T) => string;
  /** One cell per header, in their order. */
  cells: (row: T) => readonly ReactNode[];
}>;

/** A table of the auditor's pages: column headers for assistive technology, and a scroll of its own on a phone. */
export function AuditTable<T>({ headers, rows, keyOf, cells }: Props<T>) {
  return (
    <TableContainer overflowInline>
      <Table>
        <TableHeader>
          <TableRow>
            {headers.map((header) => (
              <TableHeaderCell key={header} scope="col">
                {header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={keyOf(row)}>
              {cells(row).map((cell, column) => (
                <TableCell key={headers[column]}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
