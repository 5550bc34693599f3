import { listQuerySchema } from "../api/list";
import { ASPECTS, MAX_SCALE_LEVEL, type Aspect } from "../classification/schema";
import { optionalText, versionField, z } from "../validation/zod";

export const REQUIREMENT_CATEGORIES = ["administrative", "technical", "physical"] as const;
export type RequirementCategory = (typeof REQUIREMENT_CATEGORIES)[number];
export const REQUIREMENT_CATEGORY_LABELS: Record<RequirementCategory, string> = {
  administrative: "Administrativ",
  technical: "Teknisk",
  physical: "Fysisk",
};

export const REQUIREMENT_STATUSES = ["met", "partly", "not_met"] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = { met: "Uppfyllt", partly: "Delvis uppfyllt", not_met: "Ej uppfyllt" };

const requirementFields = z.object({
  code: z.string().trim().min(1).max(30),
  title: z.string().trim().min(1).max(200),
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
export const requirementStatusSchema = z.object({
  status: z.enum(REQUIREMENT_STATUSES),
  note: optionalText(2000),
});

export type RequirementCreate = z.output<typeof requirementCreateSchema>;
export type RequirementUpdate = z.output<typeof requirementUpdateSchema>;
export type RequirementListQuery = z.output<typeof requirementListQuerySchema>;
export type RequirementStatusInput = z.output<typeof requirementStatusSchema>;

export interface SecurityRequirementView {
  id: string;
  code: string;
  title: string;
  description: string | null;
  category: RequirementCategory;
  aspect: Aspect;
  minLevel: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A requirement an asset's levels call for, with how far the asset meets it. */
export interface AssetRequirementView extends SecurityRequirementView {
  status: RequirementStatus;
  note: string | null;
  statusUpdatedAt: string | null;
}
