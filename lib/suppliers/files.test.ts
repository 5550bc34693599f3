import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/v1/attachments/route";
import { createContract } from "../contracts/service";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { classifiedAsset, createTestSupplier } from "../../test/suppliers-factories";
import { createFollowUp } from "./follow-up-service";

const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(200, 7), Buffer.from("\n%%EOF\n")]);
function form(entity: string, entityId: string) {
  const body = new FormData();
  body.set("entity", entity);
  body.set("entityId", entityId);
  body.append("file", new File([new Uint8Array(pdf)], "intyg.pdf", { type: "application/pdf" }));
  return body;
}

describe("evidence files on suppliers, contracts and follow-ups", () => {
  it("takes files from those who keep the register; an information owner reads those touching their assets", async () => {
    const { ciso, informationOwner, auditor } = await createOrgWithRoles();
    const asset = await classifiedAsset(ciso, 2, { ownerId: informationOwner.userId });
    const supplier = await createTestSupplier(ciso);
    const contract = await createContract(ciso, { supplierId: supplier.id, title: "Drift", status: "active", assetIds: [asset.id] });
    const followUp = await createFollowUp(ciso, { supplierId: supplier.id, performedAt: new Date("2026-03-15"), method: "certificate_check", result: "approved" });
    for (const [entity, id] of [["supplier", supplier.id], ["contract", contract.id], ["supplier_follow_up", followUp.id]] as const) {
      const uploaded = await callRoute(uploadRoute, ciso, { path: "/api/v1/attachments", form: form(entity, id) });
      expect(uploaded.status, entity).toBe(201);
      expect((await callRoute(uploadRoute, auditor, { path: "/api/v1/attachments", form: form(entity, id) })).status, entity).toBe(403);
      const listed = await callRoute(listRoute, informationOwner, { path: `/api/v1/attachments?entity=${entity}&entityId=${id}` });
      expect(listed.json.items, entity).toHaveLength(1);
    }
  });
});
