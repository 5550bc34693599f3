import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { badRequest } from "../errors";
import { readBodyText } from "./body";
import { assertJsonBody, noStore } from "./guards";
import { errorResponse } from "./handler";
import { bindRoute, type RouteSpec } from "./route";

/**
 * A route open without sign-in (accepting an invitation by creating an account): the body is read
 * within the byte limit, must be JSON and is validated like withApi's; errors in the same format.
 * No session is read or set, so there is nothing for a cross-site request to ride on.
 */
export function withPublicApi<B extends z.ZodType, R extends z.ZodType | undefined = undefined>(
  config: RouteSpec<undefined, undefined, B, R> & { permission: "public"; body: B; handler: (body: z.output<NoInfer<B>>) => Promise<R extends z.ZodType ? z.output<R> : unknown> },
) {
  const run = async (request: Request): Promise<Response> => {
    try {
      const text = await readBodyText(request);
      assertJsonBody(request);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw badRequest("Kroppen är inte giltig JSON.");
      }
      const result = await config.handler(config.body.parse(json));
      return NextResponse.json(result, { status: config.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return bindRoute(async (request: Request): Promise<Response> => noStore(await run(request)), config);
}
