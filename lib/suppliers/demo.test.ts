import { describe, expect, it } from "vitest";
import { listContracts } from "../contracts/queries";
import { contractListQuerySchema } from "../contracts/schema";
import { db } from "../db/client";
import { createOrgWithRoles } from "../../test/factories";
import { classifiedAsset } from "../../test/suppliers-factories";
import { DEMO_EXPECTED_GAPS, DEMO_SUPPLIERS } from "./demo-data";
import { seedSuppliersDemo } from "./demo";
import { listSuppliers } from "./queries";
import { supplierListQuerySchema } from "./schema";

describe("supplier demo data", () => {
  it("seeds about 25 suppliers with contracts in every stage, gaps, a chain and overdue follow-ups", async () => {
    const { organization, admin, ciso, informationOwner, auditor, management, reporter } = await createOrgWithRoles();
    await Promise.all([
      classifiedAsset(ciso, 3, { name: "Löneuppgifter", personalData: true }),
      classifiedAsset(ciso, 3, { name: "Personakter individ- och familjeomsorg", personalData: true }),
      classifiedAsset(ciso, 4, { name: "Skyddsobjekt och krisberedskapsplaner" }),
    ]);
    await db.securityRequirement.create({ data: { organizationId: organization.id, code: "K3", title: "Kryptering", category: "technical", aspect: "confidentiality", minLevel: 3 } });
    await db.$transaction((tx) =>
      seedSuppliersDemo({
        tx,
        organizationId: organization.id,
        users: { admin: admin.userId, ciso: ciso.userId, informationOwner: informationOwner.userId, informationOwner2: informationOwner.userId, auditor: auditor.userId, management: management.userId, reporter: reporter.userId },
        orgUnits: {},
        now: new Date(),
      }),
    );
    const suppliers = (await listSuppliers(ciso, supplierListQuerySchema.parse({ pageSize: "100" }))).items;
    expect(suppliers).toHaveLength(DEMO_SUPPLIERS.length);
    expect(suppliers.length).toBeGreaterThanOrEqual(24);
    expect(suppliers.filter((s) => s.followUpOverdue).length).toBeGreaterThanOrEqual(2);
    expect(suppliers.find((s) => s.name === "Kommundrift Partner AB")?.subcontractors).toHaveLength(2);
    const contracts = (await listContracts(ciso, contractListQuerySchema.parse({ pageSize: "100" }))).items;
    expect(new Set(contracts.map((c) => c.status))).toEqual(new Set(["procurement", "active", "expired"]));
    expect(new Set(contracts.flatMap((c) => c.gaps))).toEqual(new Set(DEMO_EXPECTED_GAPS));
  });
});
