import { crossSiteWrite, unsupportedMediaType } from "../errors";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const isWrite = (method: string) => WRITES.has(method.toUpperCase());

const mediaType = (contentType: string | null) => (contentType ?? "").split(";")[0].trim().toLowerCase();

/** The origins this app is reached at: its own URL as requested, and its public NEXTAUTH_URL. */
function ownOrigins(request: Request): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  const host = request.headers.get("host");
  if (host) origins.add(`${url.protocol}//${host}`);
  try {
    if (process.env.NEXTAUTH_URL) origins.add(new URL(process.env.NEXTAUTH_URL).origin);
  } catch {
    // A malformed NEXTAUTH_URL adds nothing.
  }
  return origins;
}

/**
 * A cookie-authenticated write must come from the app's own pages: browsers send the Origin
 * header (and Sec-Fetch-Site, which page scripts cannot set) on every cross-origin write, so a
 * sibling subdomain or any other site is refused with 403.
 */
export function assertSameOrigin(request: Request): void {
  if (request.headers.get("sec-fetch-site") === "same-origin") return;
  const origin = request.headers.get("origin");
  if (!origin || !ownOrigins(request).has(origin)) throw crossSiteWrite();
}

/** JSON bodies only as application/json: the "simple" types a cross-site form can send are refused. */
export function assertJsonBody(request: Request): void {
  if (mediaType(request.headers.get("content-type")) !== "application/json") throw unsupportedMediaType();
}

/** API answers are personal and current: no browser or proxy may keep them. */
export function noStore(response: Response): Response {
  try {
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch {
    // Responses with immutable headers (fetched, Response.redirect) are copied.
    const copy = new Response(response.body, response);
    copy.headers.set("Cache-Control", "no-store");
    return copy;
  }
}
