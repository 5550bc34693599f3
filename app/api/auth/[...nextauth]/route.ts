import { setTimeout as sleep } from "node:timers/promises";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { MAX_BODY_BYTES, readBodyText } from "@/lib/api/body";
import { noStore } from "@/lib/api/guards";
import { errorResponse } from "@/lib/api/handler";
import { withoutBrokenCallbackUrl } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/options";
import { parseSignInBody, rebuiltSignInRequest } from "@/lib/auth/sign-in-body";
import { admitLoginAttempt, normalizeEmail, withLoginAttempt } from "@/lib/auth/throttle";
import { tooManyRequests } from "@/lib/errors";
import { requestClientAddress } from "@/lib/http/forwarded";

const nextAuth = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

export const GET = async (request: NextRequest, context: Context) => noStore(await nextAuth(withoutBrokenCallbackUrl(request), context));

/**
 * Reads the body once (limited in bytes) and gives next-auth a rebuilt request with exactly the
 * fields read here, so the throttle counts the account next-auth checks. A credentials sign-in is
 * admitted by the throttle (429 when refused) before the password is evaluated.
 */
export async function POST(request: NextRequest, context: Context) {
  try {
    const fields = parseSignInBody(request.headers.get("content-type"), await readBodyText(request, MAX_BODY_BYTES));
    const rebuilt = rebuiltSignInRequest(request, fields);
    const email = normalizeEmail(fields.email);
    if (!request.nextUrl.pathname.endsWith("/callback/credentials") || !email || !fields.password) {
      return noStore(await nextAuth(rebuilt, context));
    }
    const address = requestClientAddress(request.headers);
    const admission = await admitLoginAttempt(email, address);
    if (!admission.admitted) return noStore(errorResponse(tooManyRequests()));
    if (admission.delayMs) await sleep(admission.delayMs);
    const attempt = { attemptId: admission.attemptId, email, address };
    return noStore(await withLoginAttempt(attempt, () => nextAuth(rebuilt, context)));
  } catch (error) {
    return noStore(errorResponse(error));
  }
}
