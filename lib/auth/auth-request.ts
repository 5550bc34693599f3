import { NextRequest } from "next/server";

/** What next-auth accepts as a callbackUrl without failing: an http(s) URL, absolute or a path. */
function parsable(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth answers 500 to a `callbackUrl` query it cannot parse (`/api/auth/signin?callbackUrl=%E0%A4%A`):
 * such a value is dropped before next-auth sees the request, which then falls back to the start
 * page. Parsable values go on to the redirect callback (lib/auth/options.ts), which keeps them on
 * this site. For GET requests (the ones that carry it in the query).
 */
export function withoutBrokenCallbackUrl(request: NextRequest): NextRequest {
  const value = request.nextUrl.searchParams.get("callbackUrl");
  if (value === null || parsable(value, request.nextUrl.origin) || request.method !== "GET") return request;
  const url = new URL(request.url);
  url.searchParams.delete("callbackUrl");
  return new NextRequest(url, { method: "GET", headers: request.headers });
}
