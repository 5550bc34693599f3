import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The boundaries in eslint.config.mjs, shown to bite: each sample is a file that breaks one.
const eslint = new ESLint();

async function ruleHits(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("lint boundaries", () => {
  it("refuses a component that imports a service, query or database module", async () => {
    for (const source of ["@/lib/risks/service", "@/lib/users/queries", "@/lib/db/client", "../../lib/assets/queries"]) {
      expect(await ruleHits(`import { x } from "${source}";\nexport const y = x;\n`, "components/risks/Sample.tsx")).toContain("no-restricted-imports");
    }
  });

  it("keeps Tremor inside components/charts and grantFor inside lib/authz", async () => {
    const tremor = 'import { BarChart } from "@tremor/react";\nexport const C = BarChart;\n';
    expect(await ruleHits(tremor, "components/risks/Sample.tsx")).toContain("no-restricted-imports");
    expect(await ruleHits(tremor, "components/charts/Sample.tsx")).toEqual([]);
    const grant = 'import { grantFor } from "../authz/permissions";\nexport const g = grantFor;\n';
    expect(await ruleHits(grant, "lib/risks/sample.ts")).toContain("no-restricted-imports");
    expect(await ruleHits(grant, "lib/authz/sample.ts")).toEqual([]);
  });

  it("keeps rules.ts pure: no HTTP errors, no database", async () => {
    for (const source of ["../errors", "../db/client", "./queries"]) {
      expect(await ruleHits(`import { x } from "${source}";\nexport const y = x;\n`, "lib/risks/rules.ts")).toContain("no-restricted-imports");
    }
    expect(await ruleHits('import { RuleViolation } from "../validation/rule-violation";\nexport const y = RuleViolation;\n', "lib/risks/rules.ts")).toEqual([]);
  });

  it("lets a page import queries", async () => {
    expect(await ruleHits('import { x } from "@/lib/risks/queries";\nexport const y = x;\n', "app/(app)/risker/page.tsx")).toEqual([]);
  });
});
