import { defineRoute } from "../api/route";
import { accountUpdateSchema, accountViewSchema, meViewSchema, passwordChangeSchema, switchedOrganizationSchema, switchOrganizationSchema } from "./account-schema";

const tag = "Plattform";

// Every signed-in user may read and change their own account: "me.read" is granted to every role.
export const meRoutes = {
  get: defineRoute({ method: "GET", path: "/api/v1/me", tag, summary: "Den inloggade användaren och organisationen", permission: "me.read", response: meViewSchema }),
  update: defineRoute({ method: "PATCH", path: "/api/v1/me", tag, summary: "Ändra mitt namn", permission: "me.read", body: accountUpdateSchema, response: accountViewSchema }),
  password: defineRoute({
    method: "POST",
    path: "/api/v1/me/password",
    tag,
    summary: "Byt mitt lösenord (avslutar kontots alla sessioner; bara i appen, inte med API-nyckel)",
    permission: "me.read",
    body: passwordChangeSchema,
    status: 204,
  }),
  organization: defineRoute({
    method: "POST",
    path: "/api/v1/me/organization",
    tag,
    summary: "Byt aktiv organisation för sessionen (en organisation jag är medlem i)",
    permission: "me.read",
    body: switchOrganizationSchema,
    response: switchedOrganizationSchema,
  }),
};
