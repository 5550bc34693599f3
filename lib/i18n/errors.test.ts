import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorTexts } from "./error-messages";
import { apiErrorText, ERROR_CODES, errorText } from "./errors";

const ROOT = process.cwd();

/** Every .ts/.tsx/.mjs source file under `dir`, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const SAMPLE = { kinds: ["gdpr_imy"], from: "reported", to: "closed", allowed: ["triaged"], count: 2, band: "high", deciders: ["management"] };

describe("errorText", () => {
  it("words every code in Swedish and in English", () => {
    expect(ERROR_CODES.length).toBeGreaterThan(20);
    for (const code of ERROR_CODES) {
      const sv = errorText(code, SAMPLE, "sv");
      const en = errorText(code, SAMPLE, "en");
      expect(sv, code).toMatch(/\S/);
      expect(en, code).toMatch(/\S/);
      expect(en, code).not.toBe(sv);
      expect(errorText(code, undefined, "en"), code).toMatch(/\S/);
    }
    expect(Object.keys(errorTexts.en).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("covers the shared codes and every code lib/ throws", () => {
    const thrown = new Set<string>();
    for (const file of sources("lib")) {
      for (const match of readFileSync(path.join(ROOT, file), "utf8").matchAll(/(?:new AppError\(\s*\d{3},|new RuleViolation\(|ruleError\()\s*"([a-z_]+)"/g)) thrown.add(match[1]);
    }
    const shared = ["validation_error", "unauthorized", "forbidden", "not_found", "conflict", "duplicate", "payload_too_large", "too_many_requests", "csrf", "unsupported_media_type", "internal"];
    expect(thrown.size).toBeGreaterThan(15);
    expect([...shared, ...thrown].filter((code) => !ERROR_CODES.includes(code as never))).toEqual([]);
  });

  it("puts params into the wording: counts, obligation kinds and who may accept a risk", () => {
    expect(errorText("has_actions", { count: 3 }, "en")).toBe("The record has 3 action(s) and cannot be deleted. Complete or close it instead.");
    expect(errorText("obligations_open", { kinds: ["gdpr_imy"] }, "en")).toContain("Personal data breach");
    expect(errorText("forbidden", { band: "high", deciders: ["management"] }, "en")).toBe("Only management may accept risks at the level high.");
    expect(errorText("forbidden", undefined, "en")).toBe("Your role may not do this.");
    expect(errorText("no_such_code", undefined, "en")).toBeUndefined();
  });

  it("gives the English reader English; a Swedish reader keeps the server's more specific message for generic codes", () => {
    const error = { code: "validation_error", message: "Kolumner saknas i filen." };
    expect(apiErrorText(error, "en")).toBe("Check the details and try again.");
    expect(apiErrorText(error, "sv")).toBe("Kolumner saknas i filen.");
    expect(apiErrorText({ code: "self_removal", message: "Du kan inte ta bort dig själv." }, "en")).toBe("You cannot remove yourself.");
    expect(apiErrorText({ code: "no_such_code", message: "Okänt." }, "en")).toBe("Okänt.");
  });
});

describe("labels live in the messages files", () => {
  it("no *_LABELS map remains in lib/, components/ or app/ outside messages files", () => {
    const offenders = ["lib", "components", "app"]
      .flatMap(sources)
      .filter((file) => !/messages[^/]*\.ts$/.test(file))
      .filter((file) => /\b[A-Z][A-Z0-9_]*_LABELS\b/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
