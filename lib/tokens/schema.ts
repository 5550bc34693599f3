import { isoDateTime } from "../api/route";
import { optionalDate, text, writeObject, z } from "../validation/zod";

export const tokenCreateSchema = writeObject({
  name: text().trim().min(1).max(100),
  // A token born expired would only confuse whoever uses it.
  expiresAt: optionalDate().refine((value) => !value || value.getTime() > Date.now(), "Giltighetstiden måste sluta i framtiden."),
});
export type TokenCreate = z.output<typeof tokenCreateSchema>;

export const tokenViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  lastUsedAt: isoDateTime().nullable(),
  expiresAt: isoDateTime().nullable(),
  revokedAt: isoDateTime().nullable(),
  createdAt: isoDateTime(),
}).meta({ id: "TokenView" });
export type TokenView = z.infer<typeof tokenViewSchema>;

/** The created token: `token` is shown this once and never again. */
export const createdTokenViewSchema = tokenViewSchema.extend({ token: z.string() });
export type CreatedTokenView = z.infer<typeof createdTokenViewSchema>;
