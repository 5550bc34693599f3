import { describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { createPlannedAudit } from "../../test/internal-audit";
import { createFinding } from "../findings/service";
import { reportModel } from "./pdf";

describe("the report document", () => {
  it("lists every finding of the audit with its type, requirement and responsible person", async () => {
    const { auditor, informationOwner } = await createOrgWithRoles();
    const { audit } = await createPlannedAudit(auditor);
    const findings = [
      await createFinding(auditor, { auditId: audit.id, type: "major_nonconformity", title: "Ingen logggranskning", criterion: "A.8.15", responsibleId: informationOwner.userId }),
      await createFinding(auditor, { auditId: audit.id, type: "positive", title: "Bra utbildning" }),
    ];
    const model = reportModel(audit, undefined, findings);
    const section = model.sections[1];
    const blocks = section.blocks ?? [];
    expect(section.heading).toBe("Iakttagelser (2)");
    expect(blocks.map((block) => block.heading)).toEqual(["Större avvikelse: Ingen logggranskning", "Positiv iakttagelse: Bra utbildning"]);
    expect(blocks[0].fields).toContainEqual({ label: "Ansvarig", value: informationOwner.name });
    expect(model.fields).toContainEqual({ label: "Utgåva", value: "Rapporten är inte utfärdad." });
  });
});
