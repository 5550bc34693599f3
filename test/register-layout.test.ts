import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// lib/README.md's register shape, checked on the registers that exist so the next one copies it.
const REGISTERS = ["assets", "risks", "incidents", "maturity"];
const REQUIRED = ["schema.ts", "rules.ts", "queries.ts", "service.ts", "messages.sv.ts", "messages.en.ts", "messages.ts", "openapi.ts", "demo.ts", "api.test.ts"];
// Role files the README folds into queries.ts and service.ts, and the old message and test names.
const RETIRED = ["view.ts", "views.ts", "filters.ts", "write.ts", "handling-messages.ts", "messages-sv.ts", "messages-en.ts", "routes.test.ts"];

describe("register layout", () => {
  it.each(REGISTERS)("lib/%s has the README's role files and none of the retired ones", (register) => {
    const dir = join(process.cwd(), "lib", register);
    expect(REQUIRED.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
    expect(RETIRED.filter((file) => existsSync(join(dir, file)))).toEqual([]);
  });

  it("names API tests api.test.ts and messages messages.sv.ts/messages.en.ts in every lib folder", () => {
    const lib = join(process.cwd(), "lib");
    const offenders = readdirSync(lib, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const files = readdirSync(join(lib, entry.name));
        // routes.test.ts stays where it tests a routes.ts module (lib/openapi).
        const wrong = (file: string) => /^messages-(sv|en)\.ts$/.test(file) || (file === "routes.test.ts" && !files.includes("routes.ts"));
        return files.filter(wrong).map((file) => `${entry.name}/${file}`);
      });
    expect(offenders).toEqual([]);
  });
});
