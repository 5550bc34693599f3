import { NextRequest } from "next/server";
import type { Principal } from "../lib/authz/roles";
import { db } from "../lib/db/client";
import { issueToken } from "../lib/tokens/service";

/** A route handler as Next.js exports it. */
export type Route = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface RouteCall {
  method?: string;
  path?: string;
  /** Sent as JSON with `Content-Type: application/json`. */
  body?: unknown;
  /** Sent as multipart (an upload). */
  form?: FormData;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface RouteAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or null for an empty or non-JSON answer. */
  json: Awaited<ReturnType<Response["json"]>>;
  response: Response;
}

/** A personal access token for calling route handlers as `principal`. */
export async function tokenFor(principal: Principal): Promise<string> {
  return (await db.$transaction((tx) => issueToken(tx, { userId: principal.userId, organizationId: principal.organizationId, name: "test" }))).token;
}

/** Calls a route handler as the API is called over HTTP: as `who` (a principal or a token). */
export async function callRoute(route: Route, who: Principal | string, init: RouteCall = {}): Promise<RouteAnswer> {
  const token = typeof who === "string" ? who : await tokenFor(who);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...init.headers };
  if (init.body !== undefined) headers["content-type"] ??= "application/json";
  const request = new NextRequest(`http://localhost${init.path ?? "/api/v1"}`, {
    method: init.method ?? (init.body !== undefined || init.form ? "POST" : "GET"),
    headers,
    body: init.body !== undefined ? JSON.stringify(init.body) : init.form,
  });
  const response = await route(request, { params: Promise.resolve(init.params ?? {}) });
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, headers: response.headers, json: type.includes("json") ? await response.clone().json() : null, response };
}
