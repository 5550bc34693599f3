import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const orgUnitCreateSchema = writeObject({
  name: text().trim().min(1).max(200),
  code: optionalText(50),
  description: optionalText(2000),
  parentId: z.uuid().nullish(),
});
export const orgUnitUpdateSchema = orgUnitCreateSchema.partial().extend({ version: versionField });
export const orgUnitListQuerySchema = listQuerySchema(["name", "code", "createdAt"] as const);

export type OrgUnitCreate = z.output<typeof orgUnitCreateSchema>;
export type OrgUnitUpdate = z.output<typeof orgUnitUpdateSchema>;
export type OrgUnitListQuery = z.output<typeof orgUnitListQuerySchema>;

export const orgUnitViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string().nullable(),
  description: z.string().nullable(),
  parentId: z.uuid().nullable(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "OrgUnitView" });
export type OrgUnitView = z.infer<typeof orgUnitViewSchema>;
