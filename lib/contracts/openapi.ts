import { actionViewSchema } from "../actions/schema";
import { defineRoute, idParams, pagedSchema } from "../api/route";
import { exportFormatSchema } from "../export/format";
import { z } from "../validation/zod";

const annexQuerySchema = z.object({ format: exportFormatSchema.default("xlsx") });
import {
  contractCreateSchema,
  contractExportQuerySchema,
  contractGapActionSchema,
  contractListQuerySchema,
  contractRequirementStatusSchema,
  contractRequirementViewSchema,
  contractUpdateSchema,
  contractViewSchema,
  requirementParams,
} from "./schema";

const tag = "Upphandling";
const base = "/api/v1/contracts";
const item = `${base}/{id}` as const;

export const contractRoutes = {
  export: defineRoute({ method: "GET", path: `${base}/export`, tag, summary: "Exportera filtrerad avtalslista som CSV eller Excel", permission: "suppliers.read", query: contractExportQuerySchema, file: true }),
  import: defineRoute({
    method: "POST",
    path: `${base}/import`,
    tag,
    summary:
      "Importera avtal från .xlsx eller .csv (multipart/form-data, fältet `file`; exportens första kolumner, leverantör, tillgångar och ansvarig med namn). " +
      "Allt eller inget: vid fel svarar 400 med `fields` nycklat `rad 5: Leverantör` och inget importeras. 201 `{imported}`; en ändringslogghändelse (import) per avtal.",
    permission: "suppliers.write",
    upload: true,
    response: z.object({ imported: z.number().int() }),
    status: 201,
  }),
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista avtal (filter bl.a. gap=dpa_missing)", permission: "suppliers.read", query: contractListQuerySchema, response: pagedSchema(contractViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Registrera avtal", permission: "suppliers.write", body: contractCreateSchema, response: contractViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta avtal med krav och brister härledda från tillgångarnas klassning", permission: "suppliers.read", params: idParams, response: contractViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra avtal (skicka version)", permission: "suppliers.write", params: idParams, body: contractUpdateSchema, response: contractViewSchema }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort avtal utan åtgärder", permission: "suppliers.write", params: idParams, status: 204 }),
  // An information owner proposes the status on contracts touching their assets.
  requirement: defineRoute({
    method: "PATCH",
    path: `${item}/requirements/{requirementId}`,
    tag,
    summary: "Ange hur avtalet uppfyller ett krav som tillgångarnas klassning utlöser",
    permission: "suppliers.requirements",
    params: requirementParams,
    body: contractRequirementStatusSchema,
    response: contractRequirementViewSchema,
  }),
  annex: defineRoute({
    method: "GET",
    path: `${item}/requirements/export`,
    tag,
    summary: "Avtalets säkerhetskrav som kravbilaga (CSV eller Excel) till förfrågningsunderlaget",
    permission: "suppliers.read",
    params: idParams,
    query: annexQuerySchema,
    file: true,
  }),
  gapAction: defineRoute({ method: "POST", path: `${item}/actions`, tag, summary: "Gör en brist i avtalet till en åtgärd (källa contract)", permission: "suppliers.write", params: idParams, body: contractGapActionSchema, response: actionViewSchema, status: 201 }),
};
