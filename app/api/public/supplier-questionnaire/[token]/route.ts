import { NextResponse } from "next/server";
import { readBodyText } from "@/lib/api/body";
import { assertJsonBody, noStore } from "@/lib/api/guards";
import { errorResponse } from "@/lib/api/handler";
import { throttlePublic } from "@/lib/api/public-throttle";
import { bindRoute } from "@/lib/api/route";
import { badRequest } from "@/lib/errors";
import { requestClientAddress } from "@/lib/http/forwarded";
import { followUpRoutes } from "@/lib/suppliers/openapi";
import { questionnaireBuckets, readPublicQuestionnaire, submitPublicQuestionnaire } from "@/lib/suppliers/questionnaire-public";

type Context = { params: Promise<Record<string, string | undefined>> };

/**
 * Open without sign-in: the link's token is the permission (stored hashed, with an expiry,
 * revocable). Every request is counted per address and per token before the token is looked up.
 * No session is read or set, so there is nothing for a cross-site request to ride on.
 */
async function answer(request: Request, context: Context, run: (token: string) => Promise<unknown>, status = 200): Promise<Response> {
  try {
    const token = (await context.params).token ?? "";
    await throttlePublic(questionnaireBuckets(requestClientAddress(request.headers), token));
    return NextResponse.json(await run(token), { status });
  } catch (error) {
    return errorResponse(error);
  }
}

async function readJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request);
  assertJsonBody(request);
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("Kroppen är inte giltig JSON.");
  }
}

export const GET = bindRoute(
  async (request: Request, context: Context) => noStore(await answer(request, context, (token) => readPublicQuestionnaire(token))),
  followUpRoutes.publicQuestionnaire,
);
export const POST = bindRoute(
  async (request: Request, context: Context) =>
    noStore(await answer(request, context, async (token) => submitPublicQuestionnaire(token, followUpRoutes.submitPublicQuestionnaire.body.parse(await readJson(request))), 201)),
  followUpRoutes.submitPublicQuestionnaire,
);
