import { describe, expect, it } from "vitest";
import { z } from "zod";
import { humanErrors } from "./error-map";

// Library wording a person should never meet (issue: "förväntade", "UUID", "ISO", "Too small", "Invalid").
const LIBRARY_WORDS = /förväntade|förväntat|UUID|ISO|Too small|Too big|Invalid|expected|Ogiltig\(t\)/i;

const schema = z.object({
  title: z.string().trim().min(1).max(200),
  orgUnitId: z.uuid(),
  email: z.email(),
  day: z.union([z.iso.datetime({ offset: true }), z.iso.date(), z.literal("")]),
  level: z.number().int().min(0).max(4),
  kind: z.enum(["information", "system"]),
  tags: z.array(z.string()).min(1),
  required: z.string(),
});

const bad = { title: "", orgUnitId: "", email: "inte-en-adress", day: "27/11", level: 7.5, kind: "annat", tags: [], required: undefined };
const tooLong = { ...bad, title: "x".repeat(201) };

function messages(lang: string, input: unknown): Record<string, string> {
  const result = schema.safeParse(input, { error: (issue) => humanErrors(lang).localeError(issue) });
  if (result.success) throw new Error("the sample should fail");
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("human validation messages", () => {
  it("says in Swedish what to do, never in library wording", () => {
    const sv = messages("sv", bad);
    expect(sv).toMatchObject({
      title: "Fältet måste fyllas i.",
      orgUnitId: "Välj ett av alternativen i listan.",
      email: "Ange en giltig e-postadress, t.ex. namn@kommun.se.",
      day: "Ange datum som ÅÅÅÅ-MM-DD.",
      kind: "Välj ett av alternativen i listan.",
      tags: "Välj minst ett alternativ.",
      required: "Fältet måste fyllas i.",
    });
    expect(messages("sv", tooLong).title).toBe("Får vara högst 200 tecken.");
    for (const text of [...Object.values(sv), ...Object.values(messages("sv", tooLong))]) expect(text).not.toMatch(LIBRARY_WORDS);
  });

  it("has every message in English too", () => {
    const en = messages("en", bad);
    expect(en.title).toBe("This field is required.");
    expect(en.day).toBe("Enter the date as YYYY-MM-DD.");
    expect(messages("en", tooLong).title).toBe("At most 200 characters.");
    for (const text of Object.values(en)) expect(text).not.toMatch(LIBRARY_WORDS);
  });

  it("names unknown fields", () => {
    const strict = z.strictObject({ a: z.string() });
    const result = strict.safeParse({ a: "x", riskIds: [] }, { error: (issue) => humanErrors("sv").localeError(issue) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("Okänt fält.");
  });
});
