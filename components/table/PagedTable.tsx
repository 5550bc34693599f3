import type { ComponentProps } from "react";
import type { ListResult } from "@/lib/api/list";
import { DataTable } from "./DataTable";
import { Pagination } from "./Pagination";

type Props<Row> = Omit<ComponentProps<typeof DataTable<Row>>, "rows" | "path" | "params"> & {
  result: ListResult<Row>;
  /** The list's path and its current URL parameters: sort links and page links keep the filters. */
  path: string;
  params: Record<string, string>;
};

/** One page of a list from the URL's parameters: the sortable table and the page links under it. */
export function PagedTable<Row>({ result, path, params, ...table }: Props<Row>) {
  return (
    <>
      <DataTable {...table} rows={result.items} path={path} params={params} />
      <Pagination path={path} params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
