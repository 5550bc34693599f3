import { supplierMessages } from "../suppliers/messages";
import { CONTRACT_STATUSES, contractCreateSchema, type ContractCreate, type ContractStatus } from "./schema";

const sv = supplierMessages.sv;

/** The importable columns: the first columns of the export (lib/contracts/export.ts), by header. */
export const CONTRACT_IMPORT_COLUMNS = {
  title: "Avtal",
  supplierId: "Leverantör",
  reference: "Diarienummer",
  status: "Status",
  startsAt: "Startar",
  endsAt: "Slutar",
  noticeMonths: "Uppsägningstid (månader)",
  autoRenewal: "Förlängs automatiskt",
  ownerId: "Avtalsansvarig",
  assetIds: "Informationstillgångar",
} as const;
type Field = keyof typeof CONTRACT_IMPORT_COLUMNS;
const REQUIRED: Field[] = ["title", "supplierId"];

export interface ContractLookups {
  /** lower-cased name → ids (a name may be shared, which is an error for that row) */
  suppliers: Map<string, string[]>;
  assets: Map<string, string[]>;
  users: Map<string, string[]>;
}
export type RowError = { column: string; message: string };

const norm = (text: string) => text.trim().toLowerCase();
const TRUE = new Set(["ja", "j", "yes", "true", "sant", "1", "x"]);
const STATUS_BY_LABEL = new Map<string, ContractStatus>([...CONTRACT_STATUSES.map((s) => [s, s] as const), ...CONTRACT_STATUSES.map((s) => [norm(sv.contractStatuses[s]), s] as const)]);

export function mapContractHeaders(headers: string[]): { index: Partial<Record<Field, number>>; missing: string[] } {
  const index: Partial<Record<Field, number>> = {};
  for (const [field, header] of Object.entries(CONTRACT_IMPORT_COLUMNS) as [Field, string][]) {
    const at = headers.findIndex((cell) => norm(cell) === norm(header));
    if (at >= 0) index[field] = at;
  }
  return { index, missing: REQUIRED.filter((field) => index[field] === undefined).map((field) => CONTRACT_IMPORT_COLUMNS[field]) };
}

/** One name to one id: none or several is an error naming the column. */
function lookup(map: Map<string, string[]>, name: string, column: string, errors: RowError[]): string | undefined {
  const ids = map.get(norm(name)) ?? [];
  if (ids.length === 1) return ids[0];
  errors.push({ column, message: ids.length ? `"${name}" är tvetydigt; flera har det namnet.` : `"${name}" finns inte.` });
  return undefined;
}

/** Reads one row into a contract create input, or the errors per column. */
export function readContractRow(cells: string[], index: Partial<Record<Field, number>>, lookups: ContractLookups): { input?: ContractCreate; errors: RowError[] } {
  const cell = (field: Field) => (index[field] === undefined ? "" : (cells[index[field]!] ?? "").trim());
  const errors: RowError[] = [];
  const status = cell("status") ? STATUS_BY_LABEL.get(norm(cell("status"))) : "active";
  if (!status) errors.push({ column: CONTRACT_IMPORT_COLUMNS.status, message: `Okänd status "${cell("status")}".` });
  const supplierId = cell("supplierId") ? lookup(lookups.suppliers, cell("supplierId"), CONTRACT_IMPORT_COLUMNS.supplierId, errors) : undefined;
  const ownerId = cell("ownerId") ? lookup(lookups.users, cell("ownerId"), CONTRACT_IMPORT_COLUMNS.ownerId, errors) : null;
  const assetNames = cell("assetIds").split(",").map((name) => name.trim()).filter(Boolean);
  const assetIds = assetNames.map((name) => lookup(lookups.assets, name, CONTRACT_IMPORT_COLUMNS.assetIds, errors)).filter((id): id is string => !!id);
  const months = cell("noticeMonths");
  const parsed = contractCreateSchema.safeParse({
    supplierId: supplierId ?? "",
    title: cell("title"),
    reference: cell("reference"),
    status: status ?? "active",
    startsAt: cell("startsAt"),
    endsAt: cell("endsAt"),
    noticeMonths: months === "" ? null : Number(months),
    autoRenewal: TRUE.has(norm(cell("autoRenewal"))),
    ownerId,
    assetIds,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as Field;
      // A supplier that was not found is already reported by the lookup.
      if (field === "supplierId" && supplierId === undefined && cell("supplierId")) continue;
      errors.push({ column: CONTRACT_IMPORT_COLUMNS[field] ?? field, message: issue.message });
    }
  }
  return errors.length || !parsed.success ? { errors } : { input: parsed.data, errors };
}
