import { booleanParam, listQuerySchema, searchParam } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { exportFormatSchema } from "../export/format";
import { optionalDate, optionalText, requiredDate, text, versionField, writeObject, z } from "../validation/zod";
import { isValidOrgNumber } from "./rules";

export const SUPPLIER_CATEGORIES = ["saas", "it_operations", "consulting", "facilities", "other"] as const;
export type SupplierCategory = (typeof SUPPLIER_CATEGORIES)[number];
export const SUPPLIER_STATUSES = ["prospective", "active", "ended"] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

export const FOLLOW_UP_METHODS = ["questionnaire", "document_review", "certificate_check", "on_site", "sla_report"] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];
export const FOLLOW_UP_RESULTS = ["approved", "approved_with_remarks", "not_approved"] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

export const ORG_NUMBER_MESSAGE = "Ange organisationsnumret som NNNNNN-NNNN med rätt kontrollsiffra.";

/** Optional for foreign suppliers; when given, the check digit must be right. */
const orgNumberField = () =>
  text()
    .trim()
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null))
    .refine((value) => !value || isValidOrgNumber(value), ORG_NUMBER_MESSAGE)
    .optional();

/** ISO 3166-1 alpha-2, stored in capitals. */
const countryField = () => text().trim().regex(/^[A-Za-z]{2}$/, "Ange landskoden med två bokstäver, t.ex. SE eller NO.").transform((value) => value.toUpperCase());

const optionalEmail = () =>
  z
    .union([z.email("Ange en giltig e-postadress.").max(200), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null))
    .optional();

const certificationSchema = writeObject({ standard: text().trim().min(1).max(100), validUntil: optionalDate() });

export const supplierCreateSchema = writeObject({
  name: text().trim().min(1).max(200),
  orgNumber: orgNumberField(),
  country: countryField().default("SE"),
  category: z.enum(SUPPLIER_CATEGORIES),
  contactName: optionalText(200),
  contactEmail: optionalEmail(),
  contactPhone: optionalText(50),
  ownerId: z.uuid().nullish(),
  status: z.enum(SUPPLIER_STATUSES).default("active"),
  certifications: z.array(certificationSchema).max(50).optional(),
  parentSupplierId: z.uuid().nullish(),
  notes: optionalText(5000),
  /** Overrides the derived criticality; needs a motivation (checked by the service so it names the field). */
  criticalityOverride: z.number().int().min(0).max(4).nullish(),
  criticalityMotivation: optionalText(2000),
});
export const supplierUpdateSchema = supplierCreateSchema.partial().extend({ version: versionField, country: countryField().optional(), status: z.enum(SUPPLIER_STATUSES).optional() });

export const supplierFilterSchema = z.object({
  status: z.enum(SUPPLIER_STATUSES).optional(),
  category: z.enum(SUPPLIER_CATEGORIES).optional(),
  ownerId: z.uuid().optional(),
  /** The derived criticality (the override, or the highest level of the active contracts). */
  criticality: z.coerce.number().int().min(0).max(4).optional(),
  followUpOverdue: booleanParam(),
  q: searchParam(),
});
export const SUPPLIER_SORT_FIELDS = ["name", "status", "category", "updatedAt"] as const;
export const supplierListQuerySchema = listQuerySchema(SUPPLIER_SORT_FIELDS).extend(supplierFilterSchema.shape);
export const supplierExportQuerySchema = supplierListQuerySchema.omit({ page: true, pageSize: true }).extend({ format: exportFormatSchema.default("xlsx") });

const remarkSchema = writeObject({
  title: text().trim().min(1).max(200),
  ownerId: z.uuid().nullish(),
  dueAt: optionalDate(),
});

export const followUpCreateSchema = writeObject({
  supplierId: z.uuid(),
  contractId: z.uuid().nullish(),
  performedAt: requiredDate(),
  method: z.enum(FOLLOW_UP_METHODS),
  result: z.enum(FOLLOW_UP_RESULTS),
  summary: optionalText(5000),
  /** Each remark becomes an action (source `supplier`) in the same transaction. */
  remarks: z.array(remarkSchema).max(50).optional(),
});
export const followUpUpdateSchema = followUpCreateSchema.omit({ supplierId: true, remarks: true }).partial().extend({ version: versionField });
export const followUpListQuerySchema = listQuerySchema(["performedAt", "updatedAt"] as const).extend({ supplierId: z.uuid().optional(), contractId: z.uuid().optional() });

export type SupplierCreate = z.output<typeof supplierCreateSchema>;
export type SupplierUpdate = z.output<typeof supplierUpdateSchema>;
export type SupplierFilter = Partial<z.output<typeof supplierFilterSchema>>;
export type SupplierListQuery = z.output<typeof supplierListQuerySchema>;
export type SupplierExportQuery = z.output<typeof supplierExportQuerySchema>;
export type FollowUpCreate = z.output<typeof followUpCreateSchema>;
export type FollowUpUpdate = z.output<typeof followUpUpdateSchema>;
export type FollowUpListQuery = z.output<typeof followUpListQuerySchema>;
/** What the forms hold before parsing. */
export type SupplierFormValues = z.input<typeof supplierCreateSchema>;
export type FollowUpFormValues = z.input<typeof followUpCreateSchema>;

const supplierRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const supplierViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  orgNumber: z.string().nullable(),
  country: z.string(),
  inEea: z.boolean(),
  category: z.enum(SUPPLIER_CATEGORIES),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  status: z.enum(SUPPLIER_STATUSES),
  certifications: z.array(z.object({ standard: z.string(), validUntil: isoDate().nullable() })),
  parentSupplier: supplierRefSchema.nullable(),
  subcontractors: z.array(supplierRefSchema),
  notes: z.string().nullable(),
  /** Derived: the override, or the highest required level of the active contracts. */
  criticality: z.number().int().nullable(),
  criticalityOverride: z.number().int().nullable(),
  criticalityMotivation: z.string().nullable(),
  lastFollowUpAt: isoDate().nullable(),
  nextFollowUpDueAt: isoDate().nullable(),
  followUpOverdue: z.boolean(),
  contractCount: z.number().int(),
  /** The gap codes of the supplier's contracts, each once. */
  gaps: z.array(z.string()),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "SupplierView" });
export type SupplierView = z.infer<typeof supplierViewSchema>;

export const followUpViewSchema = z.object({
  id: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  contractId: z.uuid().nullable(),
  performedAt: isoDate(),
  method: z.enum(FOLLOW_UP_METHODS),
  result: z.enum(FOLLOW_UP_RESULTS),
  summary: z.string().nullable(),
  remarkActionIds: z.array(z.uuid()),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "SupplierFollowUpView" });
export type FollowUpView = z.infer<typeof followUpViewSchema>;
