import type { z } from "zod";
import { versionField } from "../validation/zod";

/** A settings section as the API answers it: its fields and the version an edit must send back. */
export type Versioned<T> = T & { version: number };

/**
 * The PUT body of a settings section: its strict schema plus the `version` the edit was based on.
 * Client-safe, so a settings form validates with the same schema the API does.
 */
export function settingsBodySchema<Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig>(schema: z.ZodObject<Shape, Config>) {
  return schema.extend({ version: versionField });
}
