import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import * as actionsRoute from "@/app/api/v1/actions/route";
import { createOrgWithRoles } from "../../test/factories";
import { admitLoginAttempt } from "../auth/throttle";
import { CLIENT_ADDRESS_HEADER, SERVER_SETS_ADDRESS_ENV } from "../http/forwarded";
import { createOwnToken } from "../tokens/service";
import { MAX_BODY_BYTES } from "./body";

const THREE_MB = 3 * 1024 * 1024;
const SIGN_IN = "http://localhost/api/auth/callback/credentials";
const signInContext = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };
const actionsContext = { params: Promise.resolve({}) };

/** A body made only as it is read, so the test sees how much of it the server pulled. */
function lazyBody(total: number) {
  let produced = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (produced >= total) return controller.close();
        const chunk = new Uint8Array(Math.min(64 * 1024, total - produced)).fill(0x61);
        produced += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, produced: () => produced };
}

function streamed(url: string, headers: Record<string, string>, body: ReadableStream<Uint8Array>): NextRequest {
  // Node's fetch needs `duplex` for a streamed body; the DOM typings do not know it.
  const init: ConstructorParameters<typeof NextRequest>[1] & { duplex: "half" } = { method: "POST", headers, body, duplex: "half" };
  return new NextRequest(url, init);
}

async function bearer() {
  const { ciso } = await createOrgWithRoles();
  return (await createOwnToken(ciso, { name: "test" })).token;
}

describe("request size is limited in bytes before buffering", () => {
  it("answers a 3 MB chunked JSON body with 413 having read little more than the limit", async () => {
    const token = await bearer();
    const body = lazyBody(THREE_MB);
    const response = await actionsRoute.POST(streamed("http://localhost/api/v1/actions", { authorization: `Bearer ${token}`, "content-type": "application/json" }, body.stream), actionsContext);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    expect(body.produced()).toBeLessThan(MAX_BODY_BYTES + 256 * 1024);
  });

  it("answers a declared 3 MB body with 413 without reading it", async () => {
    const token = await bearer();
    const body = lazyBody(THREE_MB);
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": String(THREE_MB) };
    const response = await actionsRoute.POST(streamed("http://localhost/api/v1/actions", headers, body.stream), actionsContext);
    expect(response.status).toBe(413);
    expect(body.produced()).toBeLessThan(256 * 1024);
  });

  it("limits the unauthenticated sign-in body the same way", async () => {
    const body = lazyBody(THREE_MB);
    const response = await authRoute.POST(streamed(SIGN_IN, { "content-type": "application/x-www-form-urlencoded" }, body.stream), signInContext);
    expect(response.status).toBe(413);
    expect(body.produced()).toBeLessThan(MAX_BODY_BYTES + 256 * 1024);
  });
});

describe("JSON bodies only as application/json", () => {
  it("answers 415 for a text/plain or form-encoded JSON body, also with a token", async () => {
    const token = await bearer();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "text/plain; charset=application/json"]) {
      const request = new NextRequest("http://localhost/api/v1/actions", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": type }, body: JSON.stringify({ title: "Enkel typ" }) });
      const response = await actionsRoute.POST(request, actionsContext);
      expect(response.status, type).toBe(415);
      expect((await response.json()).error.code).toBe("unsupported_media_type");
    }
    const json = new NextRequest("http://localhost/api/v1/actions", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json; charset=utf-8" }, body: JSON.stringify({ title: "Rätt typ" }) });
    expect((await actionsRoute.POST(json, actionsContext)).status).toBe(201);
  });
});

describe("API answers are not stored", () => {
  it("sends Cache-Control: no-store on answers and errors of withApi and the sign-in route", async () => {
    const token = await bearer();
    const ok = await actionsRoute.GET(new NextRequest("http://localhost/api/v1/actions", { headers: { authorization: `Bearer ${token}` } }), actionsContext);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const denied = await actionsRoute.GET(new NextRequest("http://localhost/api/v1/actions", { headers: { authorization: "Bearer isms_no-such-token" } }), actionsContext);
    expect(denied.status).toBe(401);
    expect(denied.headers.get("cache-control")).toBe("no-store");
    const duplicated = new NextRequest(SIGN_IN, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "email=a%40x.se&email=b%40x.se&password=p" });
    const refused = await authRoute.POST(duplicated, signInContext);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the sign-in route", () => {
  it("refuses the sixth try for an account from an address with 429 whatever the body format", async () => {
    // As behind the custom server, which sets the address header from the socket.
    process.env[SERVER_SETS_ADDRESS_ENV] = "1";
    const email = `konto-${Date.now()}@test.se`;
    for (let i = 0; i < 5; i++) await admitLoginAttempt(email, "203.0.113.50");
    const headers = { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: "203.0.113.50", "x-forwarded-for": "198.51.100.77" };
    const json = new NextRequest(SIGN_IN, { method: "POST", headers, body: JSON.stringify({ csrfToken: "x", email: ` ${email.toUpperCase()} `, password: "fel" }) });
    const response = await authRoute.POST(json, signInContext);
    delete process.env[SERVER_SETS_ADDRESS_ENV];
    expect(response.status).toBe(429);
    expect((await response.json()).error.code).toBe("too_many_requests");
  });
});
