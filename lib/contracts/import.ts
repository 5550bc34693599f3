import "server-only";
import { randomUUID } from "node:crypto";
import { MAX_UPLOAD_BYTES, readUploadedFile } from "../api/body";
import { parseSheet } from "../assets/import-parse";
import { rowErrorFields } from "../assets/import";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { type Tx } from "../db/client";
import { AppError, badRequest } from "../errors";
import { DEFAULT_SHEET_LIMITS } from "../import/limits";
import { withImportLock } from "../import/lock";
import { mapContractHeaders, readContractRow, type ContractLookups } from "./import-rows";

const MAX_ROWS = DEFAULT_SHEET_LIMITS.maxRows;

async function lookups(tx: Tx, organizationId: string): Promise<ContractLookups> {
  // One after the other: a transaction's connection runs one query at a time.
  const suppliers = await tx.supplier.findMany({ where: { organizationId }, select: { id: true, name: true } });
  const assets = await tx.asset.findMany({ where: { organizationId }, select: { id: true, name: true } });
  const members = await tx.membership.findMany({ where: { organizationId }, select: { user: { select: { id: true, name: true, email: true } } } });
  const byName = (rows: { id: string; name: string }[]) => {
    const map = new Map<string, string[]>();
    for (const row of rows) map.set(row.name.trim().toLowerCase(), [...(map.get(row.name.trim().toLowerCase()) ?? []), row.id]);
    return map;
  };
  return { suppliers: byName(suppliers), assets: byName(assets), users: byName(members.flatMap(({ user }) => [user, { id: user.id, name: user.email }])) };
}

/**
 * Imports every row or none (the asset import's rules: one transaction, the user's import lock,
 * errors keyed "rad 5: Leverantör"); each contract gets its audit event (action "import").
 */
export async function importContracts(principal: Principal, buffer: Uint8Array): Promise<{ imported: number }> {
  authorize(principal, "suppliers.write");
  if (buffer.length > MAX_UPLOAD_BYTES) throw new AppError(413, "payload_too_large", "Filen är för stor (högst 10 MB).");
  return withImportLock(principal.userId, (tx) => importWithin(tx, principal, buffer), { timeout: 120_000, maxWait: 10_000 });
}

async function importWithin(tx: Tx, principal: Principal, buffer: Uint8Array): Promise<{ imported: number }> {
  const sheet = await parseSheet(buffer);
  const { index, missing } = mapContractHeaders(sheet.headers);
  if (missing.length) throw badRequest("Kolumner saknas i filen.", { file: missing.map((header) => `Kolumnen "${header}" saknas.`) });
  if (sheet.rows.length === 0) throw badRequest("Filen innehåller inga rader.", { file: ["Lägg till minst en rad under rubrikraden."] });
  if (sheet.rows.length > MAX_ROWS) throw badRequest("För många rader.", { file: [`Högst ${MAX_ROWS} rader per import.`] });
  const context = await lookups(tx, principal.organizationId);
  const rows = sheet.rows.map(({ row, cells }) => ({ row, ...readContractRow(cells, index, context) }));
  const errors = rows.flatMap(({ row, errors }) => errors.map((error) => ({ row, ...error })));
  if (errors.length) throw badRequest(`Ingenting importerades: ${errors.length} fel i filen.`, rowErrorFields(errors));

  const now = new Date();
  const organizationId = principal.organizationId;
  const contracts = rows.map(({ input }) => {
    const { assetIds: _assetIds, dpa: _dpa, securityProtectionAgreement: _spa, procurementSteps: _steps, ...fields } = input!;
    return { ...fields, id: randomUUID(), organizationId, createdAt: now, updatedAt: now };
  });
  // Prisma splits createMany into statements within PostgreSQL's parameter limit.
  await tx.contract.createMany({ data: contracts });
  await tx.contractAsset.createMany({ data: rows.flatMap(({ input }, i) => [...new Set(input!.assetIds ?? [])].map((assetId) => ({ contractId: contracts[i].id, assetId }))) });
  await tx.auditEvent.createMany({
    data: contracts.map((contract) => ({ id: randomUUID(), organizationId, actorId: principal.userId, actorLabel: principal.email, entity: "contract", entityId: contract.id, action: "import", after: { ...contract, createdAt: now.toISOString(), updatedAt: now.toISOString(), version: 1 }, at: now })),
  });
  return { imported: contracts.length };
}

/** The multipart request of POST /api/v1/contracts/import: one part named `file`. */
export async function importContractsFromRequest(principal: Principal, request: Request): Promise<{ imported: number }> {
  authorize(principal, "suppliers.write");
  const { bytes } = await readUploadedFile(request, MAX_UPLOAD_BYTES);
  return importContracts(principal, bytes);
}
