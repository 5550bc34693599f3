import Link from "next/link";
import type { ReactNode } from "react";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { hrefWith } from "@/lib/page/search-params";
import { TableFrame } from "./TableFrame";

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Field name for `sort=field:asc|desc`; sortable when set. */
  sortField?: string;
  className?: string;
  /** The cell's label in the card layout on small screens, where a short header ("K") says too little. */
  cardHeader?: string;
  /** A column of one-character values ("K", a level): no minimum width. */
  narrow?: boolean;
}

interface Props<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** What to say when the register has no records yet, and what to do about it. */
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

// Parameters that page or sort a list rather than filter it.
const LIST_STATE = new Set(["page", "pageSize", "sort"]);

/** The empty row: "nothing yet, here is what to do" — or, under a filter, "nothing matches" with the way out. */
async function EmptyMessage({ empty, path, params }: { empty: string; path?: string; params: Record<string, string> }) {
  const filtered = Object.entries(params).some(([key, value]) => !LIST_STATE.has(key) && value);
  if (!filtered) return <>{empty}</>;
  const t = await getMessages(coreMessages);
  return (
    <>
      {t.common.noMatch}{" "}
      {path ? <Link href={path} className="text-blue-800 underline">{t.common.showAll}</Link> : null}
    </>
  );
}

// Below `md` a row is a card: each cell on a line of its own, labelled with its column's header,
// so no register needs sideways scrolling on a phone.
const card = {
  table: "max-md:block",
  head: "max-md:hidden",
  body: "max-md:block max-md:divide-y-0",
  row: "max-md:block max-md:border-b max-md:border-gray-200 max-md:py-2",
  cell: "max-md:flex max-md:gap-3 max-md:py-1 max-md:text-left",
  // The column's name before each value, as generated content: read out with the value, but not
  // part of the cell's text (exports, copy and tests see the value alone).
  label: "max-md:before:w-28 max-md:before:shrink-0 max-md:before:font-medium max-md:before:text-gray-700 max-md:before:content-[attr(data-label)]",
};

/** A plain, accessible table rendered on the server; a list of cards on small screens. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, path, params = {} }: Props<Row>) {
  const [sortField, direction] = (params.sort ?? "").split(":");
  return (
    <TableFrame label={caption}>
      <table className={`min-w-full divide-y divide-gray-200 text-sm ${card.table}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={`bg-gray-50 ${card.head}`}>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`px-3 py-2 text-left font-semibold text-gray-900 ${column.className ?? ""}`}
                aria-sort={column.sortField && sortField === column.sortField ? (direction === "asc" ? "ascending" : "descending") : undefined}
              >
                {/* Long words may break so the table fits (see globals.css); a minimum width keeps a short column from being squeezed to a letter a line. */}
                <span className={column.narrow ? "" : "block md:min-w-[4.5rem]"}>
                  {column.sortField && path ? <SortHeader column={column} path={path} params={params} /> : column.header}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`divide-y divide-gray-100 ${card.body}`}>
          {rows.length === 0 ? (
            <tr className={card.row}>
              <td colSpan={columns.length} className={`px-3 py-6 text-center text-gray-700 ${card.cell}`}>
                <EmptyMessage empty={empty} path={path} params={params} />
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className={`hover:bg-gray-50 ${card.row}`}>
                {columns.map((column) => (
                  <td key={column.key} data-label={column.cardHeader ?? column.header} className={`px-3 py-2 align-top text-gray-900 ${column.className ?? ""} ${card.cell} ${card.label}`}>
                    <div className="min-w-0 max-md:flex-1 [&_select]:max-w-full">{column.cell(row)}</div>
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
