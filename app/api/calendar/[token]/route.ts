import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { calendarIcs } from "@/lib/work/calendar";

/**
 * The personal calendar feed, `/api/calendar/{secret}.ics`, for calendar programs that cannot sign
 * in: the secret is the key (stored hashed, revocable). Cheap: one lookup and the user's work.
 */
export async function GET(_request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const { token } = await context.params;
    const secret = token.endsWith(".ics") ? token.slice(0, -4) : token;
    if (!/^cal_[A-Za-z0-9_-]{20,80}$/.test(secret)) throw notFound();
    const body = await calendarIcs(secret);
    return new NextResponse(body, {
      headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=300", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
