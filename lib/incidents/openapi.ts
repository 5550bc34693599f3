import { exportFormatSchema } from "../export/table";
import type { ApiOperation } from "../openapi/operations";
import {
  assetOptionsQuerySchema,
  incidentFilterSchema,
  incidentListQuerySchema,
  incidentReportSchema,
  incidentTrendQuerySchema,
  incidentUpdateSchema,
  obligationReportSchema,
} from "./schema";
import { incidentSettingsSchema } from "./settings-schema";

const tag = "Incidenthantering";
const base = "/api/v1/incidents";

export const incidentOperations: ApiOperation[] = [
  { method: "get", path: base, tag, summary: "Lista incidenter (rapportören ser sina egna)", query: incidentListQuerySchema },
  { method: "post", path: base, tag, summary: "Rapportera en incident (alla roller); svarar med referens, t.ex. INC-2026-0042", body: incidentReportSchema, status: 201 },
  { method: "get", path: `${base}/{id}`, tag, summary: "Hämta incident med rapporteringsskyldigheter" },
  { method: "patch", path: `${base}/{id}`, tag, summary: "Hantera incident: bedömning, status, grundorsak, länkar (skicka version)", body: incidentUpdateSchema },
  {
    method: "patch",
    path: `${base}/{id}/obligations/{kind}`,
    tag,
    summary: "Registrera rapport till myndighet (gdpr_imy, nis2_*, msbfs_*); reportedAt null tar bort den",
    body: obligationReportSchema,
  },
  { method: "post", path: `${base}/{id}/draft-risk`, tag, summary: "Skapa riskutkast i riskregistret från en oförutsedd incident", status: 201 },
  { method: "get", path: `${base}/trend`, tag, summary: "Antal incidenter per månad och kategori", query: incidentTrendQuerySchema },
  { method: "get", path: `${base}/export`, tag, summary: "Exportera filtrerade incidenter (csv eller xlsx)", query: incidentFilterSchema.extend({ format: exportFormatSchema.default("csv") }) },
  { method: "get", path: `${base}/categories`, tag, summary: "Organisationens incidentkategorier (för rapportformuläret)" },
  { method: "get", path: `${base}/asset-options`, tag, summary: "Sök informationstillgångar att ange i en rapport (bara namn)", query: assetOptionsQuerySchema },
  { method: "get", path: "/api/v1/settings/incidents", tag, summary: "Inställningar: NIS2, MSBFS 2020:8, kategorier (admin, ciso läser)" },
  { method: "put", path: "/api/v1/settings/incidents", tag, summary: "Ändra inställningar för incidenthantering (admin)", body: incidentSettingsSchema },
];
