import "server-only";
import { randomUUID } from "node:crypto";
import { MAX_UPLOAD_BYTES, readUploadedFile } from "../api/body";
import { rowErrorFields } from "../assets/import";
import { parseSheet } from "../assets/import-parse";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { AppError, badRequest } from "../errors";
import { DEFAULT_SHEET_LIMITS } from "../import/limits";
import { withImportLock } from "../import/lock";
import { supplierMessages } from "./messages";
import { SUPPLIER_CATEGORIES, SUPPLIER_STATUSES, supplierCreateSchema, type SupplierCreate } from "./schema";

const sv = supplierMessages.sv;

/** The importable columns: the first columns of the export (lib/suppliers/export.ts). */
export const SUPPLIER_IMPORT_COLUMNS = {
  name: "Leverantör",
  orgNumber: "Organisationsnummer",
  country: "Land",
  category: "Kategori",
  status: "Status",
  contactName: "Kontaktperson",
  contactEmail: "E-post",
  contactPhone: "Telefon",
  ownerId: "Leverantörsansvarig",
} as const;
type Field = keyof typeof SUPPLIER_IMPORT_COLUMNS;

const norm = (text: string) => text.trim().toLowerCase();
/** A key or its Swedish label, as the export writes it. */
const byLabel = <K extends string>(keys: readonly K[], labels: Record<K, string>) => new Map<string, K>([...keys.map((key) => [key, key] as const), ...keys.map((key) => [norm(labels[key]), key] as const)]);
const CATEGORIES = byLabel(SUPPLIER_CATEGORIES, sv.categories);
const STATUSES = byLabel(SUPPLIER_STATUSES, sv.supplierStatuses);

type RowError = { row: number; column: string; message: string };

function readRow(row: number, cells: string[], index: Partial<Record<Field, number>>, users: Map<string, string>, errors: RowError[]): SupplierCreate | null {
  const cell = (field: Field) => (index[field] === undefined ? "" : (cells[index[field]!] ?? "").trim());
  const fail = (field: Field, message: string) => errors.push({ row, column: SUPPLIER_IMPORT_COLUMNS[field], message });
  const category = CATEGORIES.get(norm(cell("category") || "other"));
  const status = STATUSES.get(norm(cell("status") || "active"));
  const ownerId = cell("ownerId") ? users.get(norm(cell("ownerId"))) : null;
  if (!category) fail("category", `Okänd kategori "${cell("category")}".`);
  if (!status) fail("status", `Okänd status "${cell("status")}".`);
  if (ownerId === undefined) fail("ownerId", `"${cell("ownerId")}" är inte medlem i organisationen.`);
  const parsed = supplierCreateSchema.safeParse({
    name: cell("name"),
    orgNumber: cell("orgNumber"),
    country: cell("country") || "SE",
    category: category ?? "other",
    status: status ?? "active",
    contactName: cell("contactName"),
    contactEmail: cell("contactEmail"),
    contactPhone: cell("contactPhone"),
    ownerId: ownerId ?? null,
  });
  if (!parsed.success) for (const issue of parsed.error.issues) fail(issue.path[0] as Field, issue.message);
  return parsed.success ? parsed.data : null;
}

async function importWithin(tx: Tx, principal: Principal, buffer: Uint8Array): Promise<{ imported: number }> {
  const sheet = await parseSheet(buffer);
  const index: Partial<Record<Field, number>> = {};
  for (const [field, header] of Object.entries(SUPPLIER_IMPORT_COLUMNS) as [Field, string][]) {
    const at = sheet.headers.findIndex((cell) => norm(cell) === norm(header));
    if (at >= 0) index[field] = at;
  }
  if (index.name === undefined) throw badRequest("Kolumner saknas i filen.", { file: [`Kolumnen "${SUPPLIER_IMPORT_COLUMNS.name}" saknas.`] });
  if (sheet.rows.length === 0) throw badRequest("Filen innehåller inga rader.", { file: ["Lägg till minst en rad under rubrikraden."] });
  if (sheet.rows.length > DEFAULT_SHEET_LIMITS.maxRows) throw badRequest("För många rader.", { file: [`Högst ${DEFAULT_SHEET_LIMITS.maxRows} rader per import.`] });
  const members = await tx.membership.findMany({ where: { organizationId: principal.organizationId }, select: { user: { select: { id: true, name: true, email: true } } } });
  const users = new Map(members.flatMap(({ user }) => [[norm(user.email), user.id] as const, [norm(user.name), user.id] as const]));
  const errors: RowError[] = [];
  const inputs = sheet.rows.map(({ row, cells }) => readRow(row, cells, index, users, errors));
  if (errors.length) throw badRequest(`Ingenting importerades: ${errors.length} fel i filen.`, rowErrorFields(errors));
  const now = new Date();
  const organizationId = principal.organizationId;
  const suppliers = inputs.map((input) => ({ ...input!, certifications: [], id: randomUUID(), organizationId, createdAt: now, updatedAt: now }));
  await tx.supplier.createMany({ data: suppliers });
  await tx.auditEvent.createMany({
    data: suppliers.map((supplier) => ({ organizationId, actorId: principal.userId, actorLabel: principal.email, entity: "supplier", entityId: supplier.id, action: "import", after: { ...supplier, createdAt: now.toISOString(), updatedAt: now.toISOString(), version: 1 }, at: now })),
  });
  return { imported: suppliers.length };
}

/** POST /api/v1/suppliers/import: every row or none, as the asset import. */
export async function importSuppliersFromRequest(principal: Principal, request: Request): Promise<{ imported: number }> {
  authorize(principal, "suppliers.write");
  const { bytes } = await readUploadedFile(request, MAX_UPLOAD_BYTES);
  const buffer = bytes;
  if (buffer.length > MAX_UPLOAD_BYTES) throw new AppError(413, "payload_too_large", "Filen är för stor (högst 10 MB).");
  return withImportLock(principal.userId, (tx) => importWithin(tx, principal, buffer), { timeout: 120_000, maxWait: 10_000 });
}
