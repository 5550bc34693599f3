import type { z } from "zod";

/**
 * The schemas are strict for what clients send; a stored section is read leniently, so a key an
 * older version wrote and this one no longer knows is left out rather than failing every page.
 */
export function parseStoredSection<S extends z.ZodType>(schema: S, stored: unknown): z.output<S> {
  let value = stored;
  for (let pass = 0; pass < 3; pass++) {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const unknown = result.error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? [issue] : []));
    if (unknown.length === 0) break;
    value = structuredClone(value);
    for (const issue of unknown) {
      const target = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], value);
      if (target && typeof target === "object") for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
    }
  }
  return schema.parse(value);
}

/**
 * A section is stored as its fields plus `version` (1 until first saved), so the version lives
 * and is written with the section it counts, and no section's write touches another's.
 */
export function splitStored(stored: unknown): { fields: unknown; version: number } {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return { fields: undefined, version: 1 };
  const { version, ...fields } = stored as Record<string, unknown>;
  return { fields, version: typeof version === "number" && Number.isInteger(version) && version > 0 ? version : 1 };
}
