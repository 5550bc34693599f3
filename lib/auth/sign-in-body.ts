import { NextRequest } from "next/server";
import { badRequest, unsupportedMediaType } from "../errors";

// next-auth v4's app-router handler (next-auth/next/utils getBody) parses a POST body as JSON when
// the content type contains "application/json", as a form when it contains
// "application/x-www-form-urlencoded", and ignores anything else; for a repeated key both ways
// keep the last value. The sign-in route parses the body once here, refuses what could be read two
// ways, and hands next-auth a rebuilt form with exactly these fields.

export type SignInFields = Record<string, string>;

const ambiguous = (keys: string[]) => badRequest("Fält får bara förekomma en gång.", Object.fromEntries(keys.map((key) => [key, ["Fältet förekommer flera gånger."]])));

function repeated(keys: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(keys.filter((key) => seen.has(key) || !seen.add(key)))];
}

function fromForm(text: string): SignInFields {
  const params = new URLSearchParams(text);
  const twice = repeated([...params.keys()]);
  if (twice.length) throw ambiguous(twice);
  return Object.fromEntries(params);
}

function fromJson(text: string): SignInFields {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest("Kroppen är inte giltig JSON.");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw badRequest("Kroppen ska vara ett JSON-objekt.");
  const entries = Object.entries(value);
  const notText = entries.filter(([, field]) => typeof field !== "string").map(([key]) => key);
  if (notText.length) throw badRequest("Fälten ska vara text.", Object.fromEntries(notText.map((key) => [key, ["Ska vara text."]])));
  // JSON.parse keeps only the last of repeated keys. In a flat object of strings every string
  // token is a key or a value, strictly in turn, so the keys as written are every other token.
  const tokens = text.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
  const twice = repeated(tokens.filter((_, index) => index % 2 === 0).map((token) => JSON.parse(token) as string));
  if (twice.length) throw ambiguous(twice);
  return Object.fromEntries(entries) as SignInFields;
}

/** The fields of a sign-in or other next-auth POST body; an empty body has none. */
export function parseSignInBody(contentType: string | null, text: string): SignInFields {
  const mediaType = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType === "application/x-www-form-urlencoded") return fromForm(text);
  if (mediaType === "application/json") return fromJson(text);
  if (!text) return {};
  throw unsupportedMediaType("Skicka formuläret som application/x-www-form-urlencoded eller application/json.");
}

/** The request next-auth reads: the same URL and headers, with the parsed fields as a plain form. */
export function rebuiltSignInRequest(request: Request, fields: SignInFields): NextRequest {
  const headers = new Headers(request.headers);
  headers.set("content-type", "application/x-www-form-urlencoded");
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new NextRequest(request.url, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
}
