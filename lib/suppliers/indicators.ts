import "server-only";
import { readClassificationModel } from "../classification/service";
import { contractContext, contractIdsWithRequirementStatus } from "../contracts/queries";
import { db } from "../db/client";
import { idSet, once, shareRecords, shareViews, whereSet, type CountedShares } from "../indicators/counted";
import type { IndicatorProvider } from "../indicators/schema";
import { lastFollowUps, supplierFacts, supplierInclude } from "./queries";
import { readSupplierSettings } from "./settings";
import { EEA_COUNTRIES } from "./rules";

const active = { status: "active" };
const withPersonalData = { assets: { some: { asset: { personalData: true } } } };
const classified = { assets: { some: { asset: { protectionLevel: { not: null } } } } };
const outsideEea = { supplier: { country: { notIn: [...EEA_COUNTRIES] } } };

/** Active suppliers of criticality 2 or more (ids), and those followed up within their interval. */
async function followedUp(organizationId: string, now: Date): Promise<{ followed: string[]; critical: string[] }> {
  const [rows, context, settings] = await Promise.all([
    db.supplier.findMany({ where: { organizationId, ...active }, include: supplierInclude, orderBy: { id: "asc" } }),
    contractContext(db, organizationId),
    readSupplierSettings(db, organizationId),
  ]);
  const last = await lastFollowUps(db, organizationId, rows.map((row) => row.id));
  const facts = rows.map((row) => ({ id: row.id, last: last.get(row.id) ?? null, ...supplierFacts(row, context, last.get(row.id) ?? null, now, settings.followUpIntervals) }));
  const critical = facts.filter((fact) => fact.criticality !== null && fact.criticality >= 2);
  return { followed: critical.filter((fact) => fact.last !== null && !fact.overdue).map((fact) => fact.id), critical: critical.map((fact) => fact.id) };
}

/**
 * Upphandling: requirements in contracts, DPAs, follow-ups, security in procurements, third-country
 * transfers. Each figure's two sets are defined once here, for the count and the drill-down alike.
 */
const shares: CountedShares = (organizationId, window) => {
  const org = { organizationId };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const withClassified = once(() => db.contract.findMany({ where: { ...org, ...active, ...classified }, select: { id: true }, orderBy: { id: "asc" } }));
  const met = async () => {
    const model = await readClassificationModel(db, organizationId);
    const [rows, unmet] = await Promise.all([withClassified(), contractIdsWithRequirementStatus(db, organizationId, ["missing", "partly"], model.traceabilityEnabled)]);
    const unmetIds = new Set(unmet);
    return ids(rows.filter((contract) => !unmetIds.has(contract.id)));
  };
  const started = once(() =>
    db.contract.findMany({ where: { ...org, startsAt: { gte: window.from, lte: window.to } }, select: { id: true, procurementSteps: true }, orderBy: { id: "asc" } }),
  );
  const involved = (rows: Awaited<ReturnType<typeof started>>) =>
    ids(rows.filter((contract) => (contract.procurementSteps as { step: string; involved: boolean }[]).some((step) => step.step === "requirements" && step.involved)));
  const followed = once(() => followedUp(organizationId, window.to));
  const personal = { ...org, ...active, ...withPersonalData };
  return {
    "contracts.requirements_share": { numerator: idSet("contract", met), denominator: idSet("contract", () => withClassified().then(ids)), href: "/leverantorer/avtal?status=active&gap=requirements_missing" },
    "contracts.dpa_share": { numerator: whereSet("contract", db.contract, { ...personal, dpaSignedAt: { not: null } }), denominator: whereSet("contract", db.contract, personal), href: "/leverantorer/avtal?status=active&gap=dpa_missing" },
    "suppliers.followed_up_share": {
      numerator: idSet("supplier", () => followed().then((result) => result.followed)),
      denominator: idSet("supplier", () => followed().then((result) => result.critical)),
      href: "/leverantorer?status=active",
    },
    "procurements.security_involved_share": { numerator: idSet("contract", () => started().then(involved)), denominator: idSet("contract", () => started().then(ids)), href: "/leverantorer/avtal" },
    "suppliers.third_country_basis_share": {
      numerator: whereSet("contract", db.contract, { ...personal, ...outsideEea, thirdCountryBasis: { not: null } }),
      denominator: whereSet("contract", db.contract, { ...personal, ...outsideEea }),
      href: "/leverantorer/avtal?status=active&gap=third_country_basis_missing",
    },
  };
};

export const supplierIndicators: IndicatorProvider = {
  perspective: "upphandling",
  compute: (organizationId, window) => shareViews("upphandling", shares(organizationId, window, new Date())),
  records: (principal, key, part, window) => shareRecords(shares(principal.organizationId, window, new Date()), key, part),
};
