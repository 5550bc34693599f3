import "server-only";
import { readClassificationModel } from "../classification/service";
import { contractContext, contractIdsWithRequirementStatus } from "../contracts/queries";
import { db } from "../db/client";
import { shareIndicator, type IndicatorProvider } from "../indicators/schema";
import { lastFollowUps, supplierFacts, supplierInclude } from "./queries";
import { readSupplierSettings } from "./settings";
import { EEA_COUNTRIES } from "./rules";

const active = { status: "active" };
const withPersonalData = { assets: { some: { asset: { personalData: true } } } };
const classified = { assets: { some: { asset: { protectionLevel: { not: null } } } } };
const outsideEea = { supplier: { country: { notIn: [...EEA_COUNTRIES] } } };

/** Active suppliers of criticality 2 or more, and how many of them are followed up within their interval. */
async function followedUp(organizationId: string, now: Date): Promise<[number, number]> {
  const [rows, context, settings] = await Promise.all([
    db.supplier.findMany({ where: { organizationId, ...active }, include: supplierInclude }),
    contractContext(db, organizationId),
    readSupplierSettings(db, organizationId),
  ]);
  const last = await lastFollowUps(db, organizationId, rows.map((row) => row.id));
  const facts = rows.map((row) => ({ last: last.get(row.id) ?? null, ...supplierFacts(row, context, last.get(row.id) ?? null, now, settings.followUpIntervals) }));
  const critical = facts.filter((fact) => fact.criticality !== null && fact.criticality >= 2);
  return [critical.filter((fact) => fact.last !== null && !fact.overdue).length, critical.length];
}

/** Upphandling: requirements in contracts, DPAs, follow-ups, security in procurements, third-country transfers. */
export const supplierIndicators: IndicatorProvider = {
  perspective: "upphandling",
  async compute(organizationId, window) {
    const org = { organizationId };
    const model = await readClassificationModel(db, organizationId);
    const [withClassified, unmet, personal, withDpa, foreignPersonal, withBasis, started, followUps] = await Promise.all([
      db.contract.findMany({ where: { ...org, ...active, ...classified }, select: { id: true } }),
      contractIdsWithRequirementStatus(db, organizationId, ["missing", "partly"], model.traceabilityEnabled),
      db.contract.count({ where: { ...org, ...active, ...withPersonalData } }),
      db.contract.count({ where: { ...org, ...active, ...withPersonalData, dpaSignedAt: { not: null } } }),
      db.contract.count({ where: { ...org, ...active, ...withPersonalData, ...outsideEea } }),
      db.contract.count({ where: { ...org, ...active, ...withPersonalData, ...outsideEea, thirdCountryBasis: { not: null } } }),
      db.contract.findMany({ where: { ...org, startsAt: { gte: window.from, lte: window.to } }, select: { procurementSteps: true } }),
      followedUp(organizationId, window.to),
    ]);
    const unmetIds = new Set(unmet);
    const met = withClassified.filter((contract) => !unmetIds.has(contract.id)).length;
    const involved = started.filter((contract) =>
      (contract.procurementSteps as { step: string; involved: boolean }[]).some((step) => step.step === "requirements" && step.involved),
    ).length;
    return [
      shareIndicator("upphandling", "contracts.requirements_share", met, withClassified.length, "/leverantorer/avtal?status=active&gap=requirements_missing"),
      shareIndicator("upphandling", "contracts.dpa_share", withDpa, personal, "/leverantorer/avtal?status=active&gap=dpa_missing"),
      shareIndicator("upphandling", "suppliers.followed_up_share", followUps[0], followUps[1], "/leverantorer?status=active"),
      shareIndicator("upphandling", "procurements.security_involved_share", involved, started.length, "/leverantorer/avtal"),
      shareIndicator("upphandling", "suppliers.third_country_basis_share", withBasis, foreignPersonal, "/leverantorer/avtal?status=active&gap=third_country_basis_missing"),
    ];
  },
};
