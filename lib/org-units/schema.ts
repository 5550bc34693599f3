import { listQuerySchema } from "../api/list";
import { optionalText, versionField, z } from "../validation/zod";

export const orgUnitCreateSchema = z.object({
  name: z.string().trim().min(1).max(200),
  code: optionalText(50),
  description: optionalText(2000),
  parentId: z.uuid().nullish(),
});
export const orgUnitUpdateSchema = orgUnitCreateSchema.partial().extend({ version: versionField });
export const orgUnitListQuerySchema = listQuerySchema(["name", "code", "createdAt"] as const);

export type OrgUnitCreate = z.output<typeof orgUnitCreateSchema>;
export type OrgUnitUpdate = z.output<typeof orgUnitUpdateSchema>;
export type OrgUnitListQuery = z.output<typeof orgUnitListQuerySchema>;

export interface OrgUnitView {
  id: string;
  name: string;
  code: string | null;
  description: string | null;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
