import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { ROLES } from "../authz/roles";
import { text, versionField, writeObject, z } from "../validation/zod";

export const passwordSchema = z.string().min(10, "Minst 10 tecken.").max(200);

export const userCreateSchema = writeObject({
  email: z.email().trim().toLowerCase(),
  name: text().trim().min(1).max(200),
  role: z.enum(ROLES),
  /** Only with ISMS_DIRECT_MEMBERSHIP=true (the account is created directly); otherwise a 400. */
  password: passwordSchema.optional(),
});
/**
 * An organisation's admin changes the membership only. Name, password and the account-wide
 * `active` belong to the person (PATCH /me, POST /me/password) or the operator (CLI): accounts are
 * shared between organisations.
 */
export const userUpdateSchema = writeObject({
  role: z.enum(ROLES),
  version: versionField,
});
export const userListQuerySchema = listQuerySchema(["name", "email", "createdAt"] as const).extend({
  role: z.enum(ROLES).optional(),
});

export type UserCreate = z.output<typeof userCreateSchema>;
export type UserUpdate = z.output<typeof userUpdateSchema>;
export type UserListQuery = z.output<typeof userListQuerySchema>;

export const userViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "UserView" });
export type UserView = z.infer<typeof userViewSchema>;
