import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { authOptions } from "@/lib/auth/options";
import { clientAddress, isThrottled } from "@/lib/auth/throttle";
import { tooManyRequests } from "@/lib/errors";

const nextAuth = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

export const GET = (request: NextRequest, context: Context) => nextAuth(request, context);

/** Refuses a credentials sign-in with 429 after repeated failures for the account and address. */
export async function POST(request: NextRequest, context: Context) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase();
    if (email && (await isThrottled(email, clientAddress(request.headers)))) return errorResponse(tooManyRequests());
  }
  return nextAuth(request, context);
}
