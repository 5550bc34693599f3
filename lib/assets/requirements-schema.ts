import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { ASPECTS, MAX_SCALE_LEVEL } from "../classification/schema";
import { optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const REQUIREMENT_CATEGORIES = ["administrative", "technical", "physical"] as const;
export type RequirementCategory = (typeof REQUIREMENT_CATEGORIES)[number];

export const REQUIREMENT_STATUSES = ["met", "partly", "not_met"] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

const requirementFields = writeObject({
  code: text().trim().min(1).max(30),
  title: text().trim().min(1).max(200),
  description: optionalText(5000),
  category: z.enum(REQUIREMENT_CATEGORIES),
  /** The requirement applies from `minLevel` of this aspect upwards. */
  aspect: z.enum(ASPECTS),
  minLevel: z.number().int().min(0).max(MAX_SCALE_LEVEL),
});

export const requirementCreateSchema = requirementFields;
export const requirementUpdateSchema = requirementFields.partial().extend({ version: versionField });
export const requirementListQuerySchema = listQuerySchema(["code", "title", "minLevel", "createdAt"] as const).extend({
  category: z.enum(REQUIREMENT_CATEGORIES).optional(),
  aspect: z.enum(ASPECTS).optional(),
});
export const requirementStatusSchema = writeObject({
  status: z.enum(REQUIREMENT_STATUSES),
  note: optionalText(2000),
});

/** Every status of the asset's requirements at once: the page's one form saves them together. */
export const requirementStatusesSchema = writeObject({
  items: z
    .array(writeObject({ requirementId: z.uuid(), status: z.enum(REQUIREMENT_STATUSES), note: optionalText(2000) }))
    .min(1)
    .max(500)
    .refine((items) => new Set(items.map((item) => item.requirementId)).size === items.length, "Varje skyddskrav får bara finnas en gång."),
});

export type RequirementCreate = z.output<typeof requirementCreateSchema>;
export type RequirementUpdate = z.output<typeof requirementUpdateSchema>;
export type RequirementListQuery = z.output<typeof requirementListQuerySchema>;
export type RequirementStatusInput = z.output<typeof requirementStatusSchema>;
export type RequirementStatusesInput = z.output<typeof requirementStatusesSchema>;

export const securityRequirementViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.enum(REQUIREMENT_CATEGORIES),
  aspect: z.enum(ASPECTS),
  minLevel: z.number().int(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "SecurityRequirementView" });
export type SecurityRequirementView = z.infer<typeof securityRequirementViewSchema>;

/** A requirement an asset's levels call for, with how far the asset meets it. */
export const assetRequirementViewSchema = securityRequirementViewSchema.extend({
  status: z.enum(REQUIREMENT_STATUSES),
  note: z.string().nullable(),
  statusUpdatedAt: isoDateTime().nullable(),
}).meta({ id: "AssetRequirementView" });
export type AssetRequirementView = z.infer<typeof assetRequirementViewSchema>;
