import { booleanParam, listQuerySchema } from "../api/list";
import { optionsQuerySchema, recordOptionSchema } from "../api/options";
import { exportFormatSchema } from "../export/format";
import { isoDateTime } from "../api/route";
import { ASPECTS, MAX_SCALE_LEVEL, type Aspect } from "../classification/schema";
import { optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const ASSET_KINDS = ["information", "system", "service", "physical", "other"] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** A level on the organisation's scale; the service checks it against the model (0–4 by default). */
const levelField = () => z.number().int().min(0).max(MAX_SCALE_LEVEL).nullish();

/** Why each level was chosen; the guided form asks for it at levels ≥ 2, the API takes it as optional. */
export const motivationsSchema = writeObject({
  confidentiality: optionalText(2000),
  integrity: optionalText(2000),
  availability: optionalText(2000),
  traceability: optionalText(2000),
});

// Without defaults, so an update that leaves a field out keeps it.
const assetFields = writeObject({
  name: text().trim().min(1).max(200),
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
export const assetReviewSchema = writeObject({ version: versionField });

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

const level = () => z.number().int().nullable();
const motivationsViewSchema = z.partialRecord(z.enum(ASPECTS), z.string().nullable());

export const assetRefSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(ASSET_KINDS), protectionLevel: level() }).meta({ id: "AssetRef" });
export type AssetRef = z.infer<typeof assetRefSchema>;

export const assetViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  kind: z.enum(ASSET_KINDS),
  confidentiality: level(),
  integrity: level(),
  availability: level(),
  traceability: level(),
  protectionLevel: level(),
  classified: z.boolean(),
  classifiedAt: isoDateTime().nullable(),
  classifiedById: z.uuid().nullable(),
  classifiedByName: z.string().nullable(),
  reviewDueAt: isoDateTime().nullable(),
  reviewOverdue: z.boolean(),
  /** Some aspect is at a level under säkerhetsskyddslagen: point to a separate säkerhetsskyddsanalys. */
  securityProtectionFlag: z.boolean(),
  personalData: z.boolean(),
  sensitivePersonalData: z.boolean(),
  legalRequirements: z.string().nullable(),
  holdsIds: z.array(z.uuid()),
  /** Highest protection level of the information this asset holds (null when none). */
  requiredProtectionLevel: level(),
  protectionBelowRequired: z.boolean(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "AssetView" });
export type AssetView = z.infer<typeof assetViewSchema>;

export const assetDetailViewSchema = assetViewSchema.extend({
  holds: z.array(assetRefSchema),
  heldBy: z.array(assetRefSchema),
  /** Motivations of the latest classification. */
  motivations: motivationsViewSchema,
}).meta({ id: "AssetDetailView" });
export type AssetDetailView = z.infer<typeof assetDetailViewSchema>;

export const classificationHistoryViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["classified", "reviewed"]),
  confidentiality: level(),
  integrity: level(),
  availability: level(),
  traceability: level(),
  motivations: motivationsViewSchema,
  /** The level names of the model at the time. */
  levelNames: z.partialRecord(z.enum(ASPECTS), z.string()),
  classifiedById: z.uuid().nullable(),
  classifiedByName: z.string().nullable(),
  classifiedAt: isoDateTime(),
}).meta({ id: "ClassificationHistoryView" });
export type ClassificationHistoryView = z.infer<typeof classificationHistoryViewSchema>;

/** GET /api/v1/assets/options: `kind` narrows to one kind, `mine=true` to the caller's own assets. */
export const assetOptionsQuerySchema = optionsQuerySchema.extend({ kind: z.enum(ASSET_KINDS).optional(), mine: booleanParam() });
export type AssetOptionsQuery = z.output<typeof assetOptionsQuerySchema>;

/** An asset in a picker; the protection level only for those who read the asset register. */
export const assetOptionSchema = recordOptionSchema.extend({ protectionLevel: z.number().int().nullable().optional() });
export type AssetOption = z.output<typeof assetOptionSchema>;
