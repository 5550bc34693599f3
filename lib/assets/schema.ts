import { booleanParam, listQuerySchema } from "../api/list";
import { exportFormatSchema } from "../export/format";
import { MAX_SCALE_LEVEL, type Aspect } from "../classification/schema";
import { optionalText, versionField, z } from "../validation/zod";

export const ASSET_KINDS = ["information", "system", "service", "physical", "other"] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_KIND_LABELS: Record<AssetKind, string> = {
  information: "Informationsmängd",
  system: "System",
  service: "Tjänst",
  physical: "Fysisk tillgång",
  other: "Övrigt",
};

/** A level on the organisation's scale; the service checks it against the model (0–4 by default). */
const levelField = () => z.number().int().min(0).max(MAX_SCALE_LEVEL).nullish();

/** Why each level was chosen; the guided form asks for it at levels ≥ 2, the API takes it as optional. */
export const motivationsSchema = z.object({
  confidentiality: optionalText(2000),
  integrity: optionalText(2000),
  availability: optionalText(2000),
  traceability: optionalText(2000),
});

// Without defaults, so an update that leaves a field out keeps it.
const assetFields = z.object({
  name: z.string().trim().min(1).max(200),
  description: optionalText(5000),
  orgUnitId: z.uuid(),
  ownerId: z.uuid().nullish(),
  kind: z.enum(ASSET_KINDS),
  confidentiality: levelField(),
  integrity: levelField(),
  availability: levelField(),
  traceability: levelField(),
  personalData: z.boolean(),
  sensitivePersonalData: z.boolean(),
  legalRequirements: optionalText(5000),
  /** Information assets a system or service holds (replaces the list when given). */
  holdsIds: z.array(z.uuid()).max(1000),
  motivations: motivationsSchema,
});

export const assetCreateSchema = assetFields.partial().extend({
  name: assetFields.shape.name,
  orgUnitId: assetFields.shape.orgUnitId,
  kind: assetFields.shape.kind.default("information"),
  personalData: z.boolean().default(false),
  sensitivePersonalData: z.boolean().default(false),
});
export const assetUpdateSchema = assetFields.partial().extend({ version: versionField });
export const assetReviewSchema = z.object({ version: versionField });

const assetFilters = {
  orgUnitId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  kind: z.enum(ASSET_KINDS).optional(),
  classified: booleanParam(),
  protectionLevel: z.coerce.number().int().min(0).max(MAX_SCALE_LEVEL).optional(),
  reviewOverdue: booleanParam(),
  hasOwner: booleanParam(),
};

export const ASSET_SORT_FIELDS = ["name", "protectionLevel", "reviewDueAt", "updatedAt", "createdAt"] as const;
export const assetListQuerySchema = listQuerySchema(ASSET_SORT_FIELDS).extend(assetFilters);
export const assetExportQuerySchema = assetListQuerySchema.omit({ page: true, pageSize: true }).extend({
  format: exportFormatSchema.default("xlsx"),
});

export type AssetCreate = z.output<typeof assetCreateSchema>;
export type AssetUpdate = z.output<typeof assetUpdateSchema>;
export type AssetListQuery = z.output<typeof assetListQuerySchema>;
export type AssetFilters = Omit<AssetListQuery, "page" | "pageSize" | "sort">;
export type AssetExportQuery = z.output<typeof assetExportQuerySchema>;
export type Motivations = Partial<Record<Aspect, string | null>>;

export interface AssetRef {
  id: string;
  name: string;
  kind: AssetKind;
  protectionLevel: number | null;
}

export interface AssetView {
  id: string;
  name: string;
  description: string | null;
  orgUnitId: string;
  orgUnitName: string;
  ownerId: string | null;
  ownerName: string | null;
  kind: AssetKind;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  traceability: number | null;
  protectionLevel: number | null;
  classified: boolean;
  classifiedAt: string | null;
  classifiedById: string | null;
  classifiedByName: string | null;
  reviewDueAt: string | null;
  reviewOverdue: boolean;
  /** Some aspect is at a level under säkerhetsskyddslagen: point to a separate säkerhetsskyddsanalys. */
  securityProtectionFlag: boolean;
  personalData: boolean;
  sensitivePersonalData: boolean;
  legalRequirements: string | null;
  holdsIds: string[];
  /** Highest protection level of the information this asset holds (null when none). */
  requiredProtectionLevel: number | null;
  protectionBelowRequired: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface AssetDetailView extends AssetView {
  holds: AssetRef[];
  heldBy: AssetRef[];
  /** Motivations of the latest classification. */
  motivations: Motivations;
}

export interface ClassificationHistoryView {
  id: string;
  kind: "classified" | "reviewed";
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  traceability: number | null;
  motivations: Motivations;
  /** The level names of the model at the time. */
  levelNames: Partial<Record<Aspect, string>>;
  classifiedById: string | null;
  classifiedByName: string | null;
  classifiedAt: string;
}
