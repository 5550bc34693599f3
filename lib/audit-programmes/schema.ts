import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { requiredDate, text, versionField, writeObject, z } from "../validation/zod";

export const PROGRAMME_STATUSES = ["draft", "approved"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const programmeCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  periodFrom: requiredDate(),
  periodTo: requiredDate(),
  ownerId: z.uuid().nullish(),
});
export const programmeUpdateSchema = programmeCreateSchema.partial().extend({ version: versionField });
/** Management approves the plan as it stands at `version`. */
export const programmeApproveSchema = writeObject({ version: versionField });

export const programmeListQuerySchema = listQuerySchema(["title", "periodFrom", "createdAt"] as const).extend({
  status: z.enum(PROGRAMME_STATUSES).optional(),
});

export type ProgrammeCreate = z.output<typeof programmeCreateSchema>;
export type ProgrammeUpdate = z.output<typeof programmeUpdateSchema>;
export type ProgrammeListQuery = z.output<typeof programmeListQuerySchema>;

export const programmeViewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    periodFrom: isoDateTime(),
    periodTo: isoDateTime(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    status: z.enum(PROGRAMME_STATUSES),
    approvedById: z.uuid().nullable(),
    approvedByName: z.string().nullable(),
    approvedAt: isoDateTime().nullable(),
    auditCount: z.number().int(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    version: z.number().int(),
  })
  .meta({ id: "AuditProgrammeView" });
export type ProgrammeView = z.infer<typeof programmeViewSchema>;
