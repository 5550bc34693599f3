import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize, scopeOf, type RecordRef } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { readClassificationModel } from "../classification/service";
import type { ClassificationModel } from "../classification/schema";
import { addCalendarDays, stockholmToday } from "../dates";
import { db, type Prisma, type Tx } from "../db/client";
import { EEA_COUNTRIES } from "../suppliers/rules";
import { userNames } from "../users/names";
import { contractGaps, deriveContract, GAP_STATUSES, noticeDate, triggeredRequirements } from "./rules";
import type { ContractFilter, ContractListQuery, ContractRequirementStatus, ContractRequirementView, ContractStatus, ContractView, ProcurementStep } from "./schema";

const assetFields = { id: true, name: true, ownerId: true, confidentiality: true, integrity: true, availability: true, traceability: true, protectionLevel: true, personalData: true } as const;

/** The linked assets as they are classified now: requiredLevel and requirements follow them at once. */
export const contractInclude = {
  supplier: { select: { id: true, name: true, country: true } },
  assets: { select: { asset: { select: assetFields } } },
  requirements: { select: { requirementId: true, status: true, comment: true } },
} as const;
export type ContractRow = Prisma.ContractGetPayload<{ include: typeof contractInclude }>;

/** For `authorize`: the owners of the linked assets count as owning the contract. */
export function contractRecord(row: Pick<ContractRow, "organizationId" | "assets"> | null): RecordRef | null {
  return row && { organizationId: row.organizationId, ownerIds: row.assets.map((link) => link.asset.ownerId) };
}

type Catalogue = Awaited<ReturnType<typeof readCatalogue>>;
export interface ContractContext {
  catalogue: Catalogue;
  model: Pick<ClassificationModel, "traceabilityEnabled">;
}

/** The organisation's requirements catalogue, the one the asset register uses. */
export const readCatalogue = (client: Tx | typeof db, organizationId: string) =>
  client.securityRequirement.findMany({ where: { organizationId }, orderBy: [{ category: "asc" }, { code: "asc" }] });

export async function contractContext(client: Tx | typeof db, organizationId: string): Promise<ContractContext> {
  const [catalogue, model] = await Promise.all([readCatalogue(client, organizationId), readClassificationModel(client, organizationId)]);
  return { catalogue, model };
}

type FactsRow = Pick<ContractRow, "status" | "dpaSignedAt" | "securityAgreementSignedAt" | "thirdCountryBasis" | "assets" | "requirements">;

/** Derived fields, triggered requirements (new ones `missing`) and gaps of one contract. */
export function contractFacts(row: FactsRow, supplierCountry: string, context: ContractContext) {
  const assets = row.assets.map((link) => link.asset);
  const derived = deriveContract(assets);
  const statuses = new Map(row.requirements.map((status) => [status.requirementId, status]));
  const requirements: ContractRequirementView[] = triggeredRequirements(context.catalogue, assets, context.model).map((requirement) => ({
    requirementId: requirement.id,
    code: requirement.code,
    title: requirement.title,
    aspect: requirement.aspect,
    minLevel: requirement.minLevel,
    status: (statuses.get(requirement.id)?.status ?? "missing") as ContractRequirementStatus,
    comment: statuses.get(requirement.id)?.comment ?? null,
  }));
  const gaps = contractGaps({
    status: row.status as ContractStatus,
    ...derived,
    dpaSignedAt: row.dpaSignedAt,
    securityAgreementSignedAt: row.securityAgreementSignedAt,
    thirdCountryBasis: row.thirdCountryBasis,
    supplierCountry,
    requirementStatuses: requirements.map((requirement) => requirement.status),
  });
  return { ...derived, requirements, gaps };
}

const day = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;
const agreement = (signedAt: Date | null, reference: string | null) => (signedAt || reference ? { signedAt: day(signedAt), reference } : null);

type StepJson = { step: ProcurementStep; involved: boolean; who?: string | null; at?: string | null; note?: string | null };

export function toContractView(row: ContractRow, context: ContractContext, names: Map<string, string>): ContractView {
  const facts = contractFacts(row, row.supplier.country, context);
  return {
    id: row.id,
    supplierId: row.supplierId,
    supplierName: row.supplier.name,
    title: row.title,
    reference: row.reference,
    orgUnitId: row.orgUnitId,
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    status: row.status as ContractStatus,
    startsAt: day(row.startsAt),
    endsAt: day(row.endsAt),
    noticeMonths: row.noticeMonths,
    autoRenewal: row.autoRenewal,
    assetIds: row.assets.map((link) => link.asset.id),
    assets: row.assets.map(({ asset }) => ({ id: asset.id, name: asset.name, protectionLevel: asset.protectionLevel, personalData: asset.personalData })),
    dpa: agreement(row.dpaSignedAt, row.dpaReference),
    securityProtectionAgreement: agreement(row.securityAgreementSignedAt, row.securityAgreementReference),
    thirdCountryBasis: row.thirdCountryBasis,
    procurementSteps: (row.procurementSteps as StepJson[]).map((step) => ({ step: step.step, involved: step.involved, who: step.who ?? null, at: step.at?.slice(0, 10) ?? null, note: step.note ?? null })),
    requiredLevel: facts.requiredLevel,
    personalData: facts.personalData,
    securityProtection: facts.securityProtection,
    noticeDate: day(noticeDate(row.endsAt, row.noticeMonths)),
    requirements: facts.requirements,
    gaps: facts.gaps,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Views for rows of one organisation: the catalogue, the model and names fetched once per page. */
export async function toContractViews(rows: ContractRow[], organizationId: string): Promise<ContractView[]> {
  const [context, names] = await Promise.all([contractContext(db, organizationId), userNames(rows.map((row) => row.ownerId))]);
  return rows.map((row) => toContractView(row, context, names));
}

/** The contracts a principal may read: all, or those touching assets they own. */
export function contractScope(principal: Principal): Prisma.ContractWhereInput {
  authorize(principal, "suppliers.read");
  const base = { organizationId: principal.organizationId };
  if (scopeOf(principal, "suppliers.read") === "all") return base;
  return { ...base, assets: { some: { asset: { ownerId: principal.userId } } } };
}

/**
 * Contracts with a triggered requirement whose status is among `statuses` (no recorded status
 * counts as `missing`): the requirements gap, and the requirements indicator. One query, the
 * asset register's rule (aspect level ≥ the requirement's minimum level) in SQL.
 */
export async function contractIdsWithRequirementStatus(client: Tx | typeof db, organizationId: string, statuses: ContractRequirementStatus[], traceabilityEnabled: boolean): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT c."id" FROM "Contract" c
    JOIN "ContractAsset" ca ON ca."contractId" = c."id"
    JOIN "Asset" a ON a."id" = ca."assetId"
    JOIN "SecurityRequirement" r ON r."organizationId" = c."organizationId" AND (
      (r."aspect" = 'confidentiality' AND a."confidentiality" >= r."minLevel") OR
      (r."aspect" = 'integrity' AND a."integrity" >= r."minLevel") OR
      (r."aspect" = 'availability' AND a."availability" >= r."minLevel") OR
      (r."aspect" = 'traceability' AND ${traceabilityEnabled} AND a."traceability" >= r."minLevel"))
    LEFT JOIN "ContractRequirementStatus" s ON s."contractId" = c."id" AND s."requirementId" = r."id"
    WHERE c."organizationId" = ${organizationId} AND COALESCE(s."status", 'missing') = ANY(${statuses}::text[])`;
  return rows.map((row) => row.id);
}

/** Contracts whose notice date (end date less the notice months) falls on or before `until`. */
async function contractIdsWithNoticeBefore(organizationId: string, until: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Contract" WHERE "organizationId" = ${organizationId} AND "endsAt" IS NOT NULL
      AND ("endsAt" - make_interval(months => COALESCE("noticeMonths", 0)))::date <= ${until}::date`;
  return rows.map((row) => row.id);
}

const open = { status: { in: [...GAP_STATUSES] } };
const withPersonalData = { assets: { some: { asset: { personalData: true } } } };

/** Prisma `where` of a gap, as contractGaps decides it. */
async function gapWhere(principal: Principal, gap: NonNullable<ContractFilter["gap"]>): Promise<Prisma.ContractWhereInput> {
  if (gap === "dpa_missing") return { ...open, ...withPersonalData, dpaSignedAt: null };
  if (gap === "security_protection_agreement_missing") return { ...open, securityAgreementSignedAt: null, assets: { some: { asset: { protectionLevel: 4 } } } };
  if (gap === "third_country_basis_missing") return { ...open, ...withPersonalData, thirdCountryBasis: null, supplier: { country: { notIn: [...EEA_COUNTRIES] } } };
  const model = await readClassificationModel(db, principal.organizationId);
  return { ...open, id: { in: await contractIdsWithRequirementStatus(db, principal.organizationId, ["missing"], model.traceabilityEnabled) } };
}

export async function contractWhere(principal: Principal, filter: ContractFilter, now = new Date()): Promise<Prisma.ContractWhereInput> {
  const and: Prisma.ContractWhereInput[] = [contractScope(principal)];
  if (filter.status) and.push({ status: filter.status });
  if (filter.supplierId) and.push({ supplierId: filter.supplierId });
  if (filter.ownerId) and.push({ ownerId: filter.ownerId });
  if (filter.orgUnitId) and.push({ orgUnitId: filter.orgUnitId });
  if (filter.assetId) and.push({ assets: { some: { assetId: filter.assetId } } });
  if (filter.personalData !== undefined) and.push(filter.personalData ? withPersonalData : { NOT: withPersonalData });
  if (filter.gap) and.push(await gapWhere(principal, filter.gap));
  if (filter.noticeWithinDays !== undefined) {
    const until = addCalendarDays(stockholmToday(now), filter.noticeWithinDays);
    and.push({ ...open, id: { in: await contractIdsWithNoticeBefore(principal.organizationId, until) } });
  }
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" as const };
    and.push({ OR: [{ title: contains }, { reference: contains }, { supplier: { name: contains } }] });
  }
  return { AND: and };
}

export async function listContracts(principal: Principal, query: ContractListQuery): Promise<ListResult<ContractView>> {
  const where = await contractWhere(principal, query);
  const rows = db.contract.findMany({ where, include: contractInclude, ...pageArgs(query, { title: "asc" }) });
  return paged(query, rows, db.contract.count({ where }), (page) => toContractViews(page, principal.organizationId));
}

export async function getContract(principal: Principal, id: string): Promise<ContractView> {
  const row = await db.contract.findUnique({ where: { id }, include: contractInclude });
  authorize(principal, "suppliers.read", contractRecord(row));
  return (await toContractViews([row!], row!.organizationId))[0];
}

/** The contracts touching an asset, for the asset's page (within what the reader may see). */
export async function contractsForAsset(principal: Principal, assetId: string): Promise<ContractView[]> {
  const rows = await db.contract.findMany({ where: { AND: [contractScope(principal), { assets: { some: { assetId } } }] }, include: contractInclude, orderBy: [{ title: "asc" }, { id: "asc" }], take: 200 });
  return toContractViews(rows, principal.organizationId);
}

/** How many contracts match, within what the reader may see (the dashboard's counts). */
export async function countContracts(principal: Principal, filter: ContractFilter): Promise<number> {
  return db.contract.count({ where: await contractWhere(principal, filter) });
}
