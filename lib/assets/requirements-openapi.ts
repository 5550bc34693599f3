import { defineRoute, idParams, pagedSchema } from "../api/route";
import { requirementCreateSchema, requirementListQuerySchema, requirementUpdateSchema, securityRequirementViewSchema } from "./requirements-schema";

const tag = "Informationsklassning";
const base = "/api/v1/security-requirements";
const item = `${base}/{id}` as const;

/** The organisation's catalogue of security requirements (skyddskrav). */
export const requirementRoutes = {
  listRequirements: defineRoute({
    method: "GET",
    path: base,
    tag,
    summary: "Lista skyddskrav",
    permission: "assets.read",
    query: requirementListQuerySchema,
    response: pagedSchema(securityRequirementViewSchema),
  }),
  createRequirement: defineRoute({
    method: "POST",
    path: base,
    tag,
    summary: "Skapa skyddskrav",
    permission: "security-requirements.manage",
    body: requirementCreateSchema,
    response: securityRequirementViewSchema,
    status: 201,
  }),
  getRequirement: defineRoute({ method: "GET", path: item, tag, summary: "Hämta skyddskrav", permission: "assets.read", params: idParams, response: securityRequirementViewSchema }),
  updateRequirement: defineRoute({
    method: "PATCH",
    path: item,
    tag,
    summary: "Ändra skyddskrav (skicka version)",
    permission: "security-requirements.manage",
    params: idParams,
    body: requirementUpdateSchema,
    response: securityRequirementViewSchema,
  }),
  removeRequirement: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort skyddskrav", permission: "security-requirements.manage", params: idParams, status: 204 }),
};
