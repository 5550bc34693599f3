import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type z } from "zod";
import { AppError, badRequest, payloadTooLarge, unauthorized, type ErrorBody } from "../errors";
import { authorize } from "../authz/authorize";
import type { Permission } from "../authz/permissions";
import type { Principal } from "../authz/roles";
import { requestPrincipal } from "../auth/principal";
import { logger } from "../logger";

const MAX_BODY_BYTES = 2 * 1024 * 1024;

type Params = Record<string, string>;

interface HandlerContext<Body, Query> {
  request: NextRequest;
  principal: Principal;
  body: Body;
  query: Query;
  params: Params;
}

interface ApiConfig<BodySchema extends z.ZodType | undefined, QuerySchema extends z.ZodType | undefined> {
  body?: BodySchema;
  query?: QuerySchema;
  /** Checked before the body is validated, so a role without access gets 403 rather than 400. */
  permission?: Permission;
  /** Status of a successful answer (201 for creates). */
  status?: number;
  handler: (
    context: HandlerContext<
      BodySchema extends z.ZodType ? z.output<BodySchema> : undefined,
      QuerySchema extends z.ZodType ? z.output<QuerySchema> : undefined
    >,
  ) => Promise<unknown>;
}

/** Field → messages from a zod error, with paths like `entries.2.level`. */
export function zodFields(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof ZodError) return errorResponse(badRequest("Ogiltiga uppgifter.", zodFields(error)));
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
    return NextResponse.json(body, { status: error.status });
  }
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2002") return errorResponse(new AppError(409, "duplicate", "Det finns redan en post med samma värde."));
  if (code === "P2003") return errorResponse(badRequest("En länkad post finns inte."));
  logger.error("api: unexpected error", error);
  return NextResponse.json({ error: { code: "internal", message: "Ett internt fel uppstod." } }, { status: 500 });
}

async function readJson(request: NextRequest): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw payloadTooLarge();
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw payloadTooLarge();
  if (!text) return {};
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
 * Every /api/v1 route handler: authenticates (Bearer token or session), validates body and query
 * with the shared zod schemas, runs the handler and answers JSON — or the DESIGN §5 error format.
 */
export function withApi<BodySchema extends z.ZodType | undefined = undefined, QuerySchema extends z.ZodType | undefined = undefined>(
  config: ApiConfig<BodySchema, QuerySchema>,
) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const principal = await requestPrincipal(request);
      if (!principal) throw unauthorized();
      if (config.permission) authorize(principal, config.permission);
      const body = config.body ? config.body.parse(await readJson(request)) : undefined;
      const query = config.query ? config.query.parse(queryObject(request)) : undefined;
      const params = (await context.params) ?? {};
      const result = await config.handler({ request, principal, body, query, params } as Parameters<typeof config.handler>[0]);
      if (result instanceof Response) return result;
      if (result === undefined) return new NextResponse(null, { status: 204 });
      return NextResponse.json(result, { status: config.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
