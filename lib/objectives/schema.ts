import { listQuerySchema } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { indicatorLabels } from "../indicators/messages";
import { PERSPECTIVE_KEYS } from "../maturity/msb-model";
import { optionalDate, text, versionField, writeObject, z } from "../validation/zod";

export const objectiveCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  perspective: z.enum(PERSPECTIVE_KEYS),
  /** An indicator of GET /api/v1/indicators; progress is then read live from it. */
  indicatorKey: text()
    .trim()
    .refine((key) => Object.hasOwn(indicatorLabels.sv, key), "Okänd indikator.")
    .nullish(),
  /** The indicator's value to reach (share 0–1, days or a count, in the indicator's unit). */
  target: z.number().finite().min(0).max(1_000_000).nullish(),
  dueAt: optionalDate(),
  ownerId: z.uuid().nullish(),
});
export const objectiveUpdateSchema = objectiveCreateSchema.partial().extend({ version: versionField });
export const objectiveListQuerySchema = listQuerySchema(["title", "dueAt", "createdAt"] as const).extend({ perspective: z.enum(PERSPECTIVE_KEYS).optional() });

export type ObjectiveCreate = z.output<typeof objectiveCreateSchema>;
export type ObjectiveUpdate = z.output<typeof objectiveUpdateSchema>;
export type ObjectiveListQuery = z.output<typeof objectiveListQuerySchema>;

export const objectiveViewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    perspective: z.enum(PERSPECTIVE_KEYS),
    indicatorKey: z.string().nullable(),
    target: z.number().nullable(),
    /** The indicator's value now (last 24 months), null without an indicator or data. */
    current: z.number().nullable(),
    unit: z.enum(["share", "days", "count"]).nullable(),
    dueAt: isoDate().nullable(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    version: z.number().int(),
  })
  .meta({ id: "ObjectiveView" });
export type ObjectiveView = z.infer<typeof objectiveViewSchema>;
