import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type z } from "zod";
import { AppError, badRequest, notFound, unauthorized, type ErrorBody } from "../errors";
import { RuleViolation } from "../validation/rule-violation";
import { authorize } from "../authz/authorize";
import type { Permission } from "../authz/permissions";
import type { Principal } from "../authz/roles";
import { requestPrincipal } from "../auth/principal";
import { logger } from "../logger";
import { MAX_BODY_BYTES, readBodyText } from "./body";
import { assertJsonBody, assertSameOrigin, isWrite, noStore } from "./guards";
import { bindRoute, type RouteSpec } from "./route";
import { isInvalidTextError } from "../db/invalid-text";
import { NUL_MESSAGE } from "../validation/zod";

type Params = Record<string, string>;
type Schema = z.ZodType | undefined;
type Parsed<S extends Schema, Otherwise> = S extends z.ZodType ? z.output<S> : Otherwise;

interface HandlerContext<P extends Schema, Q extends Schema, B extends Schema> {
  request: NextRequest;
  principal: Principal;
  body: Parsed<B, undefined>;
  query: Parsed<Q, undefined>;
  params: Parsed<P, Params>;
}

/**
 * A route's row of the route table (lib/<register>/openapi.ts) and its handler. The row's
 * `permission` is required: every route states its coarse check, made before the request is read,
 * so a role without access gets 403 rather than 400; the record-level check stays in the service.
 */
export type ApiConfig<P extends Schema, Q extends Schema, B extends Schema, R extends Schema> = RouteSpec<P, Q, B, R> & {
  permission: Permission;
  /** Answers the row's `response` (or a Response of its own, or nothing for 204). */
  handler: (context: HandlerContext<P, Q, B>) => Promise<(R extends z.ZodType ? z.output<R> : unknown) | Response | undefined>;
};

/** Field → messages from a zod error, with paths like `entries.2.level`. */
export function zodFields(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // An unknown field is named by its own path, like any other field.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) (fields[path.length ? path.join(".") : "_"] ??= []).push(issue.message);
  }
  return fields;
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof ZodError) return errorResponse(badRequest("Ogiltiga uppgifter.", zodFields(error)));
  if (error instanceof RuleViolation) return errorResponse(new AppError(400, error.code, error.message, error.fields, error.params));
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}), ...(error.params ? { params: error.params } : {}) } };
    return NextResponse.json(body, { status: error.status });
  }
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2002") return errorResponse(new AppError(409, "duplicate", "Det finns redan en post med samma värde."));
  if (code === "P2003") return errorResponse(badRequest("En länkad post finns inte."));
  if (isInvalidTextError(error)) return errorResponse(badRequest(NUL_MESSAGE));
  logger.error("api: unexpected error", error);
  return NextResponse.json({ error: { code: "internal", message: "Ett internt fel uppstod." } }, { status: 500 });
}

async function readJson(request: NextRequest): Promise<unknown> {
  const text = await readBodyText(request, MAX_BODY_BYTES);
  if (!text) return {};
  assertJsonBody(request);
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("Kroppen är inte giltig JSON.");
  }
}

/** Query string → object; repeated keys become arrays. */
function queryObject(request: NextRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of request.nextUrl.searchParams) {
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * Every /api/v1 route handler: authenticates (Bearer token or session), checks the row's
 * permission, parses the path's params (a malformed id is 404), validates body and query with the
 * shared zod schemas, runs the handler and answers JSON — or the DESIGN §5 error format.
 */
export function withApi<P extends Schema = undefined, Q extends Schema = undefined, B extends Schema = undefined, R extends Schema = undefined>(
  config: ApiConfig<P, Q, B, R>,
) {
  const run = async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const principal = await requestPrincipal(request);
      if (!principal) throw unauthorized();
      // Bearer tokens are never sent by a browser on its own; the session cookie is.
      if (principal.via === "session" && isWrite(request.method)) assertSameOrigin(request);
      authorize(principal, config.permission);
      const params = parseParams(config.params, (await context.params) ?? {});
      const body = config.body ? config.body.parse(await readJson(request)) : undefined;
      const query = config.query ? config.query.parse(queryObject(request)) : undefined;
      const result = await config.handler({ request, principal, body, query, params } as HandlerContext<P, Q, B>);
      if (result instanceof Response) return result;
      if (result === undefined) return new NextResponse(null, { status: 204 });
      return NextResponse.json(result, { status: config.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return bindRoute(async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => noStore(await run(request, context)), config);
}

/** A path part that does not parse names no record: 404, as an unknown id would be. */
function parseParams(schema: z.ZodType | undefined, params: Params): Params {
  if (!schema) return params;
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw notFound();
  return parsed.data as Params;
}
