import { ROLES } from "../authz/roles";
import { passwordSchema } from "../users/schema";
import { text, versionField, writeObject, z } from "../validation/zod";

/** What a person changes on their own account (an organisation's admin cannot). */
export const accountUpdateSchema = writeObject({
  name: text().trim().min(1).max(200),
  version: versionField,
});

export const passwordChangeSchema = writeObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export type AccountUpdate = z.output<typeof accountUpdateSchema>;
export type PasswordChange = z.output<typeof passwordChangeSchema>;

export const switchOrganizationSchema = writeObject({ organizationId: z.uuid() });

const organizationRef = { id: z.uuid(), slug: z.string(), name: z.string() };

/** GET /api/v1/me. */
export const meViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  organization: z.object(organizationRef),
  organizations: z.array(z.object({ ...organizationRef, role: z.enum(ROLES) })),
  /** The account's version, for PATCH /me. */
  version: z.number().int(),
});
export type MeView = z.infer<typeof meViewSchema>;

/** PATCH /api/v1/me: the name as saved and the account's new version. */
export const accountViewSchema = z.object({ name: z.string(), version: z.number().int() });
export const switchedOrganizationSchema = z.object({ organizationId: z.uuid() });
