import "server-only";
import { pageArgs } from "../api/list";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { exportResponse, type ExportColumn, type ExportFormat } from "../export/table";
import { supplierMessages } from "../suppliers/messages";
import { contractInclude, contractWhere, getContract, toContractViews } from "./queries";
import type { ContractExportQuery, ContractView } from "./schema";

const MAX_ROWS = 10_000;
// An export is a file for the register's keepers: Swedish, as the API.
const sv = supplierMessages.sv;

/** The import reads these same headers back (lib/contracts/import.ts). */
export const contractColumns: ExportColumn<ContractView>[] = [
  { header: "Avtal", value: (c) => c.title, width: 40 },
  { header: "Leverantör", value: (c) => c.supplierName, width: 30 },
  { header: "Diarienummer", value: (c) => c.reference, width: 16 },
  { header: "Status", value: (c) => sv.contractStatuses[c.status] },
  { header: "Startar", kind: "date", value: (c) => c.startsAt },
  { header: "Slutar", kind: "date", value: (c) => c.endsAt },
  { header: "Uppsägningstid (månader)", kind: "number", value: (c) => c.noticeMonths },
  { header: "Senaste uppsägningsdag", kind: "date", value: (c) => c.noticeDate },
  { header: "Förlängs automatiskt", value: (c) => c.autoRenewal },
  { header: "Avtalsansvarig", value: (c) => c.ownerName, width: 20 },
  { header: "Informationstillgångar", value: (c) => c.assets.map((asset) => asset.name).join(", "), width: 40 },
  { header: "Krävd skyddsnivå", kind: "number", value: (c) => c.requiredLevel },
  { header: "Personuppgifter", value: (c) => c.personalData },
  { header: "Säkerhetsskydd", value: (c) => c.securityProtection },
  { header: "PUB-avtal undertecknat", kind: "date", value: (c) => c.dpa?.signedAt },
  { header: "Säkerhetsskyddsavtal undertecknat", kind: "date", value: (c) => c.securityProtectionAgreement?.signedAt },
  { header: "Grund för tredjelandsöverföring", value: (c) => c.thirdCountryBasis, width: 30 },
  { header: "Krav som saknas", value: (c) => c.requirements.filter((r) => r.status === "missing").map((r) => r.code).join(", "), width: 30 },
  { header: "Brister", value: (c) => c.gaps.map((gap) => sv.gaps[gap]).join("; "), width: 40 },
];

/** The filtered contract list as CSV or Excel. */
export async function exportContracts(principal: Principal, query: ContractExportQuery): Promise<Response> {
  const rows = await db.contract.findMany({ where: await contractWhere(principal, query), include: contractInclude, ...pageArgs({ page: 1, pageSize: MAX_ROWS, sort: query.sort }, { title: "asc" }) });
  return exportResponse(query.format, "avtal", contractColumns, await toContractViews(rows, principal.organizationId));
}

type RequirementRow = ContractView["requirements"][number];
const requirementColumns: ExportColumn<RequirementRow>[] = [
  { header: "Kod", value: (r) => r.code },
  { header: "Krav", value: (r) => r.title, width: 60 },
  { header: "Aspekt", value: (r) => r.aspect },
  { header: "Från nivå", kind: "number", value: (r) => r.minLevel },
  { header: "Finns i avtalet", value: (r) => sv.requirementStatuses[r.status] },
  { header: "Kommentar", value: (r) => r.comment, width: 40 },
];

/** The requirements the contract's assets trigger, as an annex to the tender documents (kravbilaga). */
export async function exportContractRequirements(principal: Principal, id: string, format: ExportFormat): Promise<Response> {
  const contract = await getContract(principal, id);
  return exportResponse(format, "kravbilaga", requirementColumns, contract.requirements);
}
