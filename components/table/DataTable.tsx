import Link from "next/link";
import type { ReactNode } from "react";
import { hrefWith } from "@/lib/page/search-params";
import { TableFrame } from "./TableFrame";

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Field name for `sort=field:asc|desc`; sortable when set. */
  sortField?: string;
  className?: string;
}

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty: string;
  /** For sortable headers: the list path and its current parameters. */
  path?: string;
  params?: Record<string, string>;
}

function SortHeader<Row>({ column, path, params }: { column: Column<Row>; path: string; params: Record<string, string> }) {
  const [field, direction] = (params.sort ?? "").split(":");
  const active = field === column.sortField;
  const next = active && direction === "asc" ? "desc" : "asc";
  return (
    <Link href={hrefWith(path, params, { sort: `${column.sortField}:${next}`, page: undefined })} className="inline-flex items-center gap-1 hover:underline">
      {column.header}
      <span aria-hidden="true">{active ? (direction === "asc" ? "▲" : "▼") : "↕"}</span>
    </Link>
  );
}

/** A plain, accessible table rendered on the server. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, path, params = {} }: Props<Row>) {
  const [sortField, direction] = (params.sort ?? "").split(":");
  return (
    <TableFrame label={caption}>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`px-3 py-2 text-left font-semibold text-gray-900 ${column.className ?? ""}`}
                aria-sort={column.sortField && sortField === column.sortField ? (direction === "asc" ? "ascending" : "descending") : undefined}
              >
                {column.sortField && path ? <SortHeader column={column} path={path} params={params} /> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-gray-700">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="hover:bg-gray-50">
                {columns.map((column) => (
                  <td key={column.key} className={`px-3 py-2 align-top text-gray-900 ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableFrame>
  );
}
