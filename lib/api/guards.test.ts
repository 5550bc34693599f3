import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { assertSameOrigin } from "./guards";

const write = (headers: Record<string, string>) => new Request("http://isms.kommun.se/api/v1/actions", { method: "POST", headers: { host: "isms.kommun.se", ...headers } });

function refusal(request: Request): AppError | null {
  try {
    assertSameOrigin(request);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("same-origin check for cookie-authenticated writes", () => {
  const publicUrl = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (publicUrl === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = publicUrl;
  });

  it("accepts the app's own origin or Sec-Fetch-Site: same-origin", () => {
    expect(refusal(write({ origin: "http://isms.kommun.se" }))).toBeNull();
    expect(refusal(write({ "sec-fetch-site": "same-origin" }))).toBeNull();
    process.env.NEXTAUTH_URL = "https://isms.kommun.se";
    expect(refusal(write({ origin: "https://isms.kommun.se" }))).toBeNull();
  });

  it("refuses a sibling subdomain, another site, or a write that names no origin", () => {
    const refused: Record<string, string>[] = [
      { origin: "https://elev.kommun.se", "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      {},
    ];
    for (const headers of refused) {
      expect(refusal(write(headers)), JSON.stringify(headers)).toMatchObject({ status: 403, code: "csrf" });
    }
  });
});
