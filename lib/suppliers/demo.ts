import { readClassificationModel } from "../classification/service";
import { readCatalogue } from "../contracts/queries";
import { triggeredRequirements } from "../contracts/rules";
import { daysAgo, daysAhead, type DemoContext } from "../demo/context";
import { stockholmToday } from "../dates";
import { DEMO_SUPPLIERS, type DemoContract } from "./demo-data";

const assetFields = { id: true, name: true, confidentiality: true, integrity: true, availability: true, traceability: true, protectionLevel: true, personalData: true } as const;

/**
 * About 25 suppliers of Exempelkommunen with contracts across the stages, linked to the assets
 * demo by name: some with gaps (no DPA, no transfer basis, requirements missing), some follow-ups
 * overdue, one remark turned into an action. Without the assets demo the contracts stand alone.
 */
export async function seedSuppliersDemo(ctx: DemoContext): Promise<void> {
  const { tx, organizationId, now, users } = ctx;
  // One after the other: a transaction's connection runs one query at a time.
  const assets = await tx.asset.findMany({ where: { organizationId }, select: assetFields });
  const catalogue = await readCatalogue(tx, organizationId);
  const model = await readClassificationModel(tx, organizationId);
  const day = (date: Date) => stockholmToday(date);
  const supplierIds = new Map<string, string>();

  const contractData = (contract: DemoContract) => {
    const linked = assets.filter((asset) => contract.assets.includes(asset.name));
    const status = contract.requirements;
    return {
      organizationId,
      title: contract.title,
      reference: contract.reference,
      status: contract.status,
      ownerId: users.ciso,
      startsAt: day(daysAgo(now, contract.startedDaysAgo)),
      endsAt: contract.endsInDays === null ? null : day(daysAhead(now, contract.endsInDays)),
      noticeMonths: contract.noticeMonths ?? null,
      dpaSignedAt: contract.dpa ? day(daysAgo(now, contract.startedDaysAgo)) : null,
      dpaReference: contract.dpa ? `${contract.reference}-PUB` : null,
      securityAgreementSignedAt: contract.securityAgreement ? day(daysAgo(now, contract.startedDaysAgo)) : null,
      thirdCountryBasis: contract.thirdCountryBasis ?? null,
      procurementSteps: contract.securityInvolved === undefined ? [] : [{ step: "requirements", involved: contract.securityInvolved, who: contract.securityInvolved ? "Informationssäkerhetssamordnaren" : null, at: daysAgo(now, contract.startedDaysAgo + 60).toISOString(), note: null }],
      assets: { create: linked.map((asset) => ({ assetId: asset.id })) },
      requirements: status ? { create: triggeredRequirements(catalogue, linked, model).map((requirement) => ({ requirementId: requirement.id, status })) } : undefined,
    };
  };

  // One after another: parents first, so a subcontractor finds its main supplier; the writes share the transaction.
  for (const supplier of DEMO_SUPPLIERS) {
    const row = await tx.supplier.create({
      data: {
        organizationId,
        name: supplier.name,
        orgNumber: supplier.orgNumber,
        country: supplier.country,
        category: supplier.category,
        status: supplier.status,
        contactName: supplier.contact?.[0] ?? null,
        contactEmail: supplier.contact?.[1] ?? null,
        ownerId: users.ciso,
        parentSupplierId: supplier.parent ? (supplierIds.get(supplier.parent) ?? null) : null,
        certifications: (supplier.certifications ?? []).map((standard) => ({ standard, validUntil: day(daysAhead(now, 500)).toISOString().slice(0, 10) })),
        createdAt: daysAgo(now, 1000),
      },
    });
    supplierIds.set(supplier.name, row.id);
    for (const contract of supplier.contracts) await tx.contract.create({ data: { ...contractData(contract), supplierId: row.id } });
    if (supplier.followedUpDaysAgo === undefined) continue;
    const remark = supplier.remark
      ? await tx.action.create({ data: { organizationId, title: supplier.remark, ownerId: users.ciso, dueAt: daysAgo(now, supplier.followedUpDaysAgo - 90), sourceType: "supplier", sourceId: row.id, createdById: users.ciso } })
      : null;
    await tx.supplierFollowUp.create({
      data: {
        organizationId,
        supplierId: row.id,
        performedAt: day(daysAgo(now, supplier.followedUpDaysAgo)),
        method: supplier.certifications ? "certificate_check" : "document_review",
        result: remark ? "approved_with_remarks" : "approved",
        summary: remark ? "Godkänd med anmärkning, se åtgärd." : "Inga avvikelser.",
        remarkActionIds: remark ? [remark.id] : [],
        createdById: users.ciso,
      },
    });
  }
}
