import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseSignInBody, rebuiltSignInRequest } from "./sign-in-body";

// next-auth's own body parser for app-router requests (not exported by the package, so by path).
const nextAuthUtils = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/next/utils.js")) as {
  getBody(request: Request): Promise<Record<string, string> | undefined>;
};

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("the sign-in body, parsed once for the throttle and next-auth", () => {
  it("hands next-auth a request it reads as exactly the fields the throttle saw, from a form or JSON", async () => {
    const bodies: [string, string][] = [
      [FORM, "csrfToken=abc&email=Anna%40Kommun.se&password=hemligt&json=true"],
      [`${JSON_TYPE}; charset=utf-8`, JSON.stringify({ csrfToken: "abc", email: "Anna@Kommun.se", password: "hemligt", json: "true" })],
    ];
    for (const [type, text] of bodies) {
      const fields = parseSignInBody(type, text);
      expect(fields).toEqual({ csrfToken: "abc", email: "Anna@Kommun.se", password: "hemligt", json: "true" });
      const original = new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: { "content-type": type }, body: text });
      expect(await nextAuthUtils.getBody(rebuiltSignInRequest(original, fields))).toEqual(fields);
    }
  });

  it("refuses a repeated field in a form (next-auth would read the last, a naive reader the first)", () => {
    const error = failure(() => parseSignInBody(FORM, "email=lockvagel%40x.se&password=a&email=offer%40x.se"));
    expect(error).toMatchObject({ status: 400, code: "validation_error" });
    expect(Object.keys(error.fields ?? {})).toEqual(["email"]);
    expect(failure(() => parseSignInBody(FORM, "email=a%40x.se&password=a&password=b")).fields).toHaveProperty("password");
  });

  it("refuses a repeated key in JSON, also when spelled with escapes", () => {
    expect(failure(() => parseSignInBody(JSON_TYPE, '{"email":"a@x.se","password":"p","email":"b@x.se"}')).fields).toHaveProperty("email");
    expect(failure(() => parseSignInBody(JSON_TYPE, '{"email":"a@x.se","password":"p","em\\u0061il":"b@x.se"}')).fields).toHaveProperty("email");
    // A value that looks like a key is not a key.
    expect(parseSignInBody(JSON_TYPE, '{"email":"password","password":"email"}')).toEqual({ email: "password", password: "email" });
  });

  it("refuses values that are not text, bodies that are not an object, and other content types", () => {
    expect(failure(() => parseSignInBody(JSON_TYPE, '{"email":["a@x.se","b@x.se"],"password":"p"}')).fields).toHaveProperty("email");
    expect(failure(() => parseSignInBody(JSON_TYPE, '["email"]')).status).toBe(400);
    expect(failure(() => parseSignInBody(JSON_TYPE, "{not json")).status).toBe(400);
    expect(failure(() => parseSignInBody("text/plain", "email=a%40x.se"))).toMatchObject({ status: 415, code: "unsupported_media_type" });
    expect(failure(() => parseSignInBody("multipart/form-data; boundary=x", "--x--")).status).toBe(415);
    expect(parseSignInBody(null, "")).toEqual({});
  });
});
