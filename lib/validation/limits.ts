import type { z } from "zod";

type Schema = z.core.$ZodType;

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

/** The schema under optional/nullable/default and transforms: what the value is checked as. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: Schema; in?: Schema };
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

/**
 * The longest text a schema allows at a form field's path ("title", "acceptance.motivation",
 * "participants.0.name"), read from the same zod schema the API validates with, so a form shows
 * the server's limit without stating it twice. Undefined where the field has no maximum.
 */
export function maxLengthAt(schema: Schema, path: string): number | undefined {
  let current = unwrap(schema);
  for (const part of path.split(".")) {
    const def = current._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
    const next = def.type === "object" ? def.shape?.[part] : def.type === "array" ? def.element : undefined;
    if (!next) return undefined;
    current = unwrap(next);
  }
  const def = current._zod.def as { type: string; checks?: { _zod: { def: { check: string; maximum?: number } } }[] };
  if (def.type !== "string") return undefined;
  const maxima = (def.checks ?? []).map((check) => check._zod.def).filter((check) => check.check === "max_length").map((check) => check.maximum!);
  return maxima.length ? Math.min(...maxima) : undefined;
}
