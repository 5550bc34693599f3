import { booleanParam, listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import type { RecordType } from "../records/registry";
import { optionalDate, optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const ACTION_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Where an action came from: the register record it serves (types of lib/records/registry.ts). */
export const ACTION_SOURCE_TYPES = ["asset", "risk", "risk_analysis", "incident", "maturity", "finding", "survey", "contract", "supplier", "questionnaire", "management_review"] as const satisfies readonly RecordType[];
export type ActionSourceType = (typeof ACTION_SOURCE_TYPES)[number];

const sourceSchema = writeObject({ type: z.enum(ACTION_SOURCE_TYPES), id: z.uuid() });

export const actionCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  description: optionalText(5000),
  ownerId: z.uuid().nullish(),
  dueAt: optionalDate(),
  status: z.enum(ACTION_STATUSES).default("planned"),
  completedAt: optionalDate(),
  source: sourceSchema.nullish(),
  effectNote: optionalText(2000),
});
export const actionUpdateSchema = actionCreateSchema
  .omit({ source: true, status: true })
  .partial()
  .extend({ status: z.enum(ACTION_STATUSES).optional(), version: versionField });

export const actionListQuerySchema = listQuerySchema(["title", "dueAt", "status", "createdAt", "updatedAt"] as const).extend({
  status: z.enum(ACTION_STATUSES).optional(),
  ownerId: z.uuid().optional(),
  overdue: booleanParam(),
  /** Planned or in progress. */
  open: booleanParam(),
  /** `risk` (every action from risks) or `risk:<id>` (one record's actions). */
  source: z
    .string()
    .regex(new RegExp(`^(${ACTION_SOURCE_TYPES.join("|")})(:[0-9a-f-]{36})?$`), "Ange typ eller typ:id, t.ex. risk eller risk:<id>")
    .optional(),
});

export type ActionCreate = z.output<typeof actionCreateSchema>;
export type ActionUpdate = z.output<typeof actionUpdateSchema>;
export type ActionListQuery = z.output<typeof actionListQuerySchema>;

export const actionViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueAt: isoDateTime().nullable(),
  status: z.enum(ACTION_STATUSES),
  completedAt: isoDateTime().nullable(),
  /** Where the action came from; `title` only when the reader may read every record of that type. */
  source: z.object({ type: z.enum(ACTION_SOURCE_TYPES), id: z.uuid(), title: z.string().nullable() }).nullable(),
  effectNote: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "ActionView" });
export type ActionView = z.infer<typeof actionViewSchema>;
