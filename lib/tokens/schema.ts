import { optionalDate, z } from "../validation/zod";

export const tokenCreateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  expiresAt: optionalDate(),
});
export type TokenCreate = z.output<typeof tokenCreateSchema>;

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

/** The created token: `token` is shown this once and never again. */
export interface CreatedTokenView extends TokenView {
  token: string;
}
