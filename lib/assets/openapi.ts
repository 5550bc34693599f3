import { classificationModelSchema } from "../classification/schema";
import { crudOperations, type ApiOperation } from "../openapi/operations";
import { requirementCreateSchema, requirementListQuerySchema, requirementStatusSchema, requirementUpdateSchema } from "./requirements-schema";
import { assetCreateSchema, assetExportQuerySchema, assetListQuerySchema, assetReviewSchema, assetUpdateSchema } from "./schema";

const tag = "Informationsklassning";
const item = "/api/v1/assets/{id}";

export const assetOperations: ApiOperation[] = [
  ...crudOperations("assets", tag, { create: assetCreateSchema, update: assetUpdateSchema, listQuery: assetListQuerySchema }, "informationstillgångar"),
  { method: "get", path: "/api/v1/assets/export", tag, summary: "Exportera den filtrerade listan (format=csv|xlsx, samma filter som listan)", query: assetExportQuerySchema },
  {
    method: "post",
    path: "/api/v1/assets/import",
    tag,
    summary:
      "Importera tillgångar från .xlsx eller .csv (multipart/form-data, fältet `file`; samma kolumner som exporten, verksamhet och ägare med namn eller e-post). " +
      "Allt eller inget: vid fel svarar 400 med `fields` nycklat `rad 5: Konfidentialitet` (radnummer som i kalkylbladet, rubrikraden är rad 1) och inget importeras. " +
      "201 `{imported}`; en ändringslogghändelse (import) per tillgång.",
    status: 201,
  },
  { method: "post", path: `${item}/review`, tag, summary: "Omprövad utan ändring: förnyar reviewDueAt och skriver historik", body: assetReviewSchema },
  { method: "get", path: `${item}/classifications`, tag, summary: "Klassningshistorik: vem, när, nivåer, motiveringar och nivånamn vid tillfället" },
  { method: "get", path: `${item}/requirements`, tag, summary: "Skyddskrav som tillgångens nivåer kräver, med status (met/partly/not_met)" },
  {
    method: "put",
    path: `${item}/requirements/{requirementId}`,
    tag,
    summary: "Sätt status för ett skyddskrav på tillgången (en brist blir åtgärd via POST /api/v1/actions med source {type:\"asset\", id})",
    body: requirementStatusSchema,
  },
  ...crudOperations("security-requirements", tag, { create: requirementCreateSchema, update: requirementUpdateSchema, listQuery: requirementListQuerySchema }, "skyddskrav"),
  { method: "get", path: "/api/v1/classification-model", tag, summary: "Klassningsmodellen: nivåer med kriterier per aspekt, spårbarhet, omprövningsintervall" },
  { method: "put", path: "/api/v1/classification-model", tag, summary: "Ändra klassningsmodellen (admin, ciso)", body: classificationModelSchema },
];
