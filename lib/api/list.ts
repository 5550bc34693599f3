import { text, z } from "../validation/zod";

/** `?q=…`: free-text search, "" meaning none. */
export const searchParam = () => text().trim().max(200).optional().transform((value) => value || undefined).optional();

/** `?page=1&pageSize=50&q=…&sort=field:asc`, shared by every list endpoint. */
export function listQuerySchema<const Fields extends readonly [string, ...string[]]>(sortFields: Fields) {
  return z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
    q: searchParam(),
    sort: z
      .string()
      .regex(new RegExp(`^(${sortFields.join("|")}):(asc|desc)$`), `Sortera på ${sortFields.join(", ")} med :asc eller :desc`)
      .optional(),
  });
}

export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListParams {
  page: number;
  pageSize: number;
  sort?: string;
}

/** Prisma skip/take/orderBy from the list parameters. */
export function pageArgs(params: ListParams, defaultSort: Record<string, "asc" | "desc">) {
  const [field, direction] = params.sort?.split(":") ?? [];
  const orderBy = field ? [{ [field]: direction as "asc" | "desc" }, { id: "asc" as const }] : [defaultSort, { id: "asc" as const }];
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize, orderBy };
}

/**
 * Fetches a page and the total together, then builds the page's views in one batch: `toViews`
 * takes all rows so names and labels are fetched once per page, never once per row.
 */
export async function paged<Row, T>(
  params: ListParams,
  fetch: Promise<Row[]>,
  count: Promise<number>,
  toViews: (rows: Row[]) => Promise<T[]> | T[],
): Promise<ListResult<T>> {
  const [rows, total] = await Promise.all([fetch, count]);
  return { items: await toViews(rows), total, page: params.page, pageSize: params.pageSize };
}

/** "true"/"false" in a query string. */
export const booleanParam = () =>
  z
    .enum(["true", "false"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true"));
