import { listQuerySchema } from "../api/list";
import { ROLES, type Role } from "../authz/roles";
import { versionField, z } from "../validation/zod";

export const passwordSchema = z.string().min(10, "Minst 10 tecken.").max(200);

export const userCreateSchema = z.object({
  email: z.email().trim().toLowerCase(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: passwordSchema.optional(),
});
export const userUpdateSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  password: passwordSchema.optional(),
  version: versionField,
});
export const userListQuerySchema = listQuerySchema(["name", "email", "createdAt"] as const).extend({
  role: z.enum(ROLES).optional(),
});

export type UserCreate = z.output<typeof userCreateSchema>;
export type UserUpdate = z.output<typeof userUpdateSchema>;
export type UserListQuery = z.output<typeof userListQuerySchema>;

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}
