import { recordOptionSchema } from "../api/options";
import { defineRoute, itemsSchema } from "../api/route";
import { recordOptionsQuerySchema } from "./options-schema";

export const recordRoutes = {
  options: defineRoute({
    method: "GET",
    path: "/api/v1/records/options",
    tag: "Organisation",
    summary: "Sök poster av en typ (tillgång, risk, riskanalys, incident, åtgärd) för en väljare; bara för den som läser alla poster av typen",
    // Everyone may ask; the service answers only readers of every record of the type.
    permission: "me.read",
    query: recordOptionsQuerySchema,
    response: itemsSchema(recordOptionSchema),
  }),
};
