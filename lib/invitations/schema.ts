import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { ROLES } from "../authz/roles";
import { passwordSchema } from "../users/schema";
import { text, writeObject, z } from "../validation/zod";

/** The random part of an accept link (base64url); only its sha256 is stored. */
const tokenField = z.string().trim().min(20).max(200).regex(/^[\w-]+$/, "Ogiltig länk.");

/** A signed-in account accepts an invitation made out to its e-mail. */
export const invitationAcceptSchema = writeObject({ token: tokenField });

/** A person without an account accepts by creating one. */
export const invitationRegisterSchema = writeObject({
  token: tokenField,
  name: text().trim().min(1).max(200),
  password: passwordSchema,
});

export const invitationListQuerySchema = listQuerySchema(["email", "createdAt", "expiresAt"] as const);

export type InvitationAccept = z.output<typeof invitationAcceptSchema>;
export type InvitationRegister = z.output<typeof invitationRegisterSchema>;
export type InvitationListQuery = z.output<typeof invitationListQuerySchema>;

const organizationRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const invitationViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  /** As the admin typed it: never the name of an account that may already exist. */
  name: z.string(),
  role: z.enum(ROLES),
  status: z.enum(["invited", "expired"]),
  expiresAt: isoDateTime(),
  createdAt: isoDateTime(),
}).meta({ id: "InvitationView" });
export type InvitationView = z.infer<typeof invitationViewSchema>;

/** The answer to "add user": the same shape whether or not the e-mail already has an account. */
export const createdInvitationViewSchema = invitationViewSchema.extend({
  /** Shown this once (only the token's hash is kept), for the admin to hand over. */
  acceptUrl: z.string(),
});
export type CreatedInvitationView = z.infer<typeof createdInvitationViewSchema>;

/** What the accept page and API answer. */
export const acceptedInvitationViewSchema = z.object({ organization: organizationRef, role: z.enum(ROLES) });
export type AcceptedInvitationView = z.infer<typeof acceptedInvitationViewSchema>;
/** Registering answers with the new account's e-mail too. */
export const registeredInvitationViewSchema = acceptedInvitationViewSchema.extend({ email: z.string() });
