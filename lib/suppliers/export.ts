import "server-only";
import { pageArgs } from "../api/list";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { exportResponse, type ExportColumn } from "../export/table";
import { supplierMessages } from "./messages";
import { supplierInclude, supplierWhere, toSupplierViews } from "./queries";
import type { SupplierExportQuery, SupplierView } from "./schema";

const MAX_ROWS = 10_000;
const sv = supplierMessages.sv;

const columns: ExportColumn<SupplierView>[] = [
  { header: "Leverantör", value: (s) => s.name, width: 40 },
  { header: "Organisationsnummer", value: (s) => s.orgNumber, width: 14 },
  { header: "Land", value: (s) => s.country },
  { header: "Kategori", value: (s) => sv.categories[s.category] },
  { header: "Status", value: (s) => sv.supplierStatuses[s.status] },
  { header: "Kontaktperson", value: (s) => s.contactName, width: 20 },
  { header: "E-post", value: (s) => s.contactEmail, width: 25 },
  { header: "Telefon", value: (s) => s.contactPhone },
  { header: "Leverantörsansvarig", value: (s) => s.ownerName, width: 20 },
  { header: "Huvudleverantör", value: (s) => s.parentSupplier?.name, width: 30 },
  { header: "Kritikalitet", kind: "number", value: (s) => s.criticality },
  { header: "Senaste uppföljning", kind: "date", value: (s) => s.lastFollowUpAt },
  { header: "Nästa uppföljning", kind: "date", value: (s) => s.nextFollowUpDueAt },
  { header: "Uppföljning försenad", value: (s) => s.followUpOverdue },
  { header: "Antal avtal", kind: "number", value: (s) => s.contractCount },
  { header: "Brister", value: (s) => s.gaps.map((gap) => sv.gaps[gap as keyof typeof sv.gaps] ?? gap).join("; "), width: 40 },
];

/** The filtered supplier list as CSV or Excel. */
export async function exportSuppliers(principal: Principal, query: SupplierExportQuery): Promise<Response> {
  const rows = await db.supplier.findMany({ where: await supplierWhere(principal, query), include: supplierInclude, ...pageArgs({ page: 1, pageSize: MAX_ROWS, sort: query.sort }, { name: "asc" }) });
  return exportResponse(query.format, "leverantorer", columns, await toSupplierViews(rows, principal.organizationId));
}
