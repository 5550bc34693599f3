import { z } from "zod";
import type { RouteSpec } from "../api/route";
import { scopeOf } from "../authz/authorize";
import { ROLES } from "../authz/roles";
import { ROUTES } from "./routes";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } },
    },
  },
};

const FILE_TYPES = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];
const ERRORS = { "400": "Ogiltiga uppgifter", "401": "Inloggning krävs", "403": "Rollen får inte", "404": "Finns inte", "409": "Inaktuell version" };
const errorResponses = Object.fromEntries(
  Object.entries(ERRORS).map(([code, description]) => [code, { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
);

const COMPONENTS = "#/components/schemas/";

// The format says it all; zod's long regular expressions for it would only repeat it hundreds of times.
// So are the safe-integer bounds of every `.int()`.
const override = ({ jsonSchema }: { jsonSchema: { format?: string; pattern?: string; minimum?: number; maximum?: number } }) => {
  if (jsonSchema.format && ["uuid", "date-time", "date"].includes(jsonSchema.format)) delete jsonSchema.pattern;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
};
const options = { unrepresentable: "any", override } as const;

/** A schema for the document: views with an id (`.meta({ id })` in their schema.ts) become references to the components. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, $defs: _views, ...rest } = z.toJSONSchema(schema, { ...options, io }) as Record<string, unknown>;
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', `"${COMPONENTS}`));
}

/** Every view with an id, once, for the references above. */
function viewComponents(): Record<string, object> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { ...options, io: "output", uri: (id) => `${COMPONENTS}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query", path: string) {
  const json = schema ? (jsonSchema(schema, "input") as { properties?: Record<string, object>; required?: string[] }) : {};
  const names = where === "path" ? [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name) : Object.keys(json.properties ?? {});
  return names.map((name) => ({
    name,
    in: where,
    required: where === "path" || (json.required?.includes(name) ?? false),
    schema: json.properties?.[name] ?? { type: "string" },
  }));
}

/** Who holds the permission, as the permission table says ("egna": only records they own). */
function permissionText(permission: RouteSpec["permission"]): string {
  if (permission === "public") return "Öppen utan inloggning.";
  const scopes = ROLES.map((role) => [role, scopeOf({ role }, permission)] as const).filter(([, scope]) => scope !== "none");
  const roles = scopes.map(([role, scope]) => (scope === "own" ? `${role} (egna)` : role));
  return `Behörighet \`${permission}\`: ${roles.join(", ")}.`;
}

function success(route: RouteSpec) {
  if (route.file) return { description: "Filen", content: Object.fromEntries((route.fileTypes ?? FILE_TYPES).map((type) => [type, { schema: { type: "string", format: "binary" } }])) };
  if (!route.response) return { description: "Klart" };
  return { description: "OK", content: { "application/json": { schema: jsonSchema(route.response, "output") } } };
}

function requestBody(route: RouteSpec) {
  if (route.upload) {
    const fields = route.uploadFields ? (jsonSchema(route.uploadFields, "input") as { properties?: object; required?: string[] }) : {};
    const schema = { type: "object", required: ["file", ...(fields.required ?? [])], properties: { ...fields.properties, file: { type: "string", format: "binary" } } };
    return { requestBody: { required: true, content: { "multipart/form-data": { schema } } } };
  }
  return route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } } : {};
}

function operationObject(route: RouteSpec) {
  const open = route.permission === "public";
  const statuses = [route.status ?? 200, ...(route.alsoStatus ? [route.alsoStatus] : [])];
  const errors = Object.keys(ERRORS).filter((code) => !open || (code !== "401" && code !== "403"));
  return {
    tags: [route.tag],
    summary: route.summary,
    description: permissionText(route.permission),
    operationId: `${route.method.toLowerCase()}${route.path.replace(/^\/api(\/v1)?/, "").replace(/[^A-Za-z0-9]+(\w)?/g, (_, next: string = "") => next.toUpperCase())}`,
    "x-permission": route.permission,
    ...(open ? { security: [] } : {}),
    parameters: [...parameters(route.params, "path", route.path), ...parameters(route.query, "query", route.path)],
    ...requestBody(route),
    responses: {
      ...Object.fromEntries(statuses.map((status) => [String(status), success(route)])),
      ...Object.fromEntries(errors.map((code) => [code, { $ref: `#/components/responses/${code}` }])),
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1/openapi.json, built from the route table. */
export function openApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationObject(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "ISMS-registret API",
      version: "1",
      description:
        "REST/JSON. Autentisera med `Authorization: Bearer <token>` (skapa med `npm run isms -- token:create`) eller sessionscookie. Listor: `?page&pageSize&q&sort=fält:asc`. PATCH kräver `version`; inaktuell version ger 409. Ett id som inte är ett giltigt UUID ger 404.",
    },
    tags: [...new Set(ROUTES.map((route) => route.tag))].map((name) => ({ name })),
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: { Error: errorSchema, ...viewComponents() },
      responses: errorResponses,
    },
    security: [{ bearer: [] }],
    paths,
  };
}
