import { defineRoute, idParams, pagedSchema } from "../api/route";
import {
  acceptedInvitationViewSchema,
  invitationAcceptSchema,
  invitationListQuerySchema,
  invitationRegisterSchema,
  invitationViewSchema,
  registeredInvitationViewSchema,
} from "./schema";

const tag = "Organisation";
const base = "/api/v1/invitations";

export const invitationRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Väntande inbjudningar", permission: "users.manage", query: invitationListQuerySchema, response: pagedSchema(invitationViewSchema) }),
  revoke: defineRoute({ method: "DELETE", path: `${base}/{id}`, tag, summary: "Återkalla inbjudan", permission: "users.manage", params: idParams, status: 204 }),
  // The invitation's token is the permission; the account accepting is the signed-in one.
  accept: defineRoute({
    method: "POST",
    path: `${base}/accept`,
    tag,
    summary: "Acceptera inbjudan som inloggat konto",
    permission: "me.read",
    body: invitationAcceptSchema,
    response: acceptedInvitationViewSchema,
  }),
  register: defineRoute({
    method: "POST",
    path: `${base}/register`,
    tag,
    summary: "Acceptera inbjudan med ett nytt konto (utan inloggning)",
    permission: "public",
    body: invitationRegisterSchema,
    response: registeredInvitationViewSchema,
    status: 201,
  }),
};
