import { describe, expect, it } from "vitest";
import { createTestAssessment } from "../../test/maturity-factories";
import { createOrgWithRoles } from "../../test/factories";
import { exportAssessment } from "./export";
import { maturitySettings } from "./settings";

describe("maturity export", () => {
  it("exports one row per perspective with level, target, gap, reasons and proposals", async () => {
    const { ciso, management, reporter } = await createOrgWithRoles();
    await maturitySettings.write(ciso, { targets: { riskhantering: 3 } }, 1);
    const session = await createTestAssessment(ciso);
    const response = await exportAssessment(management, session.id, "csv");
    expect(response.headers.get("content-disposition")).toMatch(/filename="mognadsdialog-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Perspektiv;Nivå;Målnivå;Gap;Varför;Förbättringsförslag");
    expect(lines[1]).toBe("Riskhantering;2;3;1;Skäl för riskhantering;Inför årlig riskanalys – Mall och workshop – CISO – 0–6 månader");
    await expect(exportAssessment(reporter, session.id, "xlsx")).rejects.toMatchObject({ status: 403 });
  });
});
