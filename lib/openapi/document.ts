import { z } from "zod";
import { actionCreateSchema, actionListQuerySchema, actionUpdateSchema } from "../actions/schema";
import { auditEventListQuerySchema } from "../audit/queries";
import { indicatorQuerySchema } from "../indicators/schema";
import { orgUnitCreateSchema, orgUnitListQuerySchema, orgUnitUpdateSchema } from "../org-units/schema";
import { tokenCreateSchema } from "../tokens/schema";
import { userCreateSchema, userListQuerySchema, userUpdateSchema } from "../users/schema";
import { crudOperations, type ApiOperation } from "./operations";
import { registerOperations } from "./registers";

const platformOperations: ApiOperation[] = [
  { method: "get", path: "/api/health", tag: "Plattform", summary: "Hälsa: appen och databasen" },
  { method: "get", path: "/api/v1/me", tag: "Plattform", summary: "Den inloggade användaren och organisationen" },
  ...crudOperations("org-units", "Organisation", { create: orgUnitCreateSchema, update: orgUnitUpdateSchema, listQuery: orgUnitListQuerySchema }, "verksamheter"),
  ...crudOperations("users", "Organisation", { create: userCreateSchema, update: userUpdateSchema, listQuery: userListQuerySchema }, "användare"),
  ...crudOperations("actions", "Åtgärder", { create: actionCreateSchema, update: actionUpdateSchema, listQuery: actionListQuerySchema }, "åtgärder"),
  { method: "get", path: "/api/v1/indicators", tag: "Mognad", summary: "Indikatorer beräknade ur registren", query: indicatorQuerySchema },
  { method: "get", path: "/api/v1/audit-events", tag: "Plattform", summary: "Ändringslogg", query: auditEventListQuerySchema },
  { method: "get", path: "/api/v1/tokens", tag: "Plattform", summary: "Mina API-nycklar" },
  { method: "post", path: "/api/v1/tokens", tag: "Plattform", summary: "Skapa API-nyckel (visas en gång)", body: tokenCreateSchema, status: 201 },
  { method: "delete", path: "/api/v1/tokens/{id}", tag: "Plattform", summary: "Återkalla API-nyckel", status: 204 },
];

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } },
    },
  },
};

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

function queryParameters(schema?: z.ZodType) {
  if (!schema) return [];
  const json = jsonSchema(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: json.required?.includes(name) ?? false, schema: property }));
}

function operationObject(op: ApiOperation) {
  const status = String(op.status ?? 200);
  return {
    tags: [op.tag],
    summary: op.summary,
    parameters: [
      ...[...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...queryParameters(op.query),
    ],
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body) } } } } : {}),
    responses: {
      [status]: { description: status === "204" ? "Klart" : "OK" },
      ...Object.fromEntries(
        [["400", "Ogiltiga uppgifter"], ["401", "Inloggning krävs"], ["403", "Rollen får inte"], ["404", "Finns inte"], ["409", "Inaktuell version"]].map(([code, description]) => [
          code,
          { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        ]),
      ),
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of [...platformOperations, ...registerOperations]) {
    (paths[op.path] ??= {})[op.method] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "ISMS-registret API",
      version: "1",
      description:
        "REST/JSON. Autentisera med `Authorization: Bearer <token>` (skapa med `npm run isms -- token:create`) eller sessionscookie. Listor: `?page&pageSize&q&sort=fält:asc`. PATCH kräver `version`; inaktuell version ger 409.",
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: { Error: errorSchema },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
