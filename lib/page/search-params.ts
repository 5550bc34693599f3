import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/** First value of each parameter, empty ones dropped (a GET form sends every field). */
export function plainParams(params: SearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) out[key] = first;
  }
  return out;
}

/**
 * The URL holds list state: page, filters, sort and search are parsed from searchParams with the
 * same schema the API uses. Invalid values are dropped rather than failing the page.
 */
export function parseListParams<S extends z.ZodType>(schema: S, params: SearchParams): z.output<S> {
  const plain = plainParams(params);
  const result = schema.safeParse(plain);
  if (result.success) return result.data;
  const invalid = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  return schema.parse(Object.fromEntries(Object.entries(plain).filter(([key]) => !invalid.has(key))));
}

/** A link to the same list with some parameters changed (undefined removes one). */
export function hrefWith(path: string, current: Record<string, string>, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes })) if (value) next.set(key, value);
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}
