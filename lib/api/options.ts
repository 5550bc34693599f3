import { z } from "../validation/zod";
import { searchParam } from "./list";

/** `?q=…&take=20` of GET /api/v1/<resource>/options, the server-searched picker's source. */
export const optionsQuerySchema = z.object({
  q: searchParam(),
  take: z.coerce.number().int().min(1).max(50).default(20),
});
export type OptionsQuery = z.output<typeof optionsQuerySchema>;

/** What a picker shows of a record: its name, never more than the register allows the reader. */
export interface RecordOption {
  id: string;
  name: string;
}

export interface OptionsAnswer<T extends RecordOption = RecordOption> {
  items: T[];
}

/** Case-insensitive `contains`, or no condition when there is nothing to search for. */
export const containsText = (q: string | undefined) => (q ? { contains: q, mode: "insensitive" as const } : undefined);

/** The answer of an options endpoint, for the route table. */
export const recordOptionSchema = z.object({ id: z.uuid(), name: z.string() });
