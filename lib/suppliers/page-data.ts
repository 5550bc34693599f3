import "server-only";
import type { Principal } from "../authz/roles";
import { countContracts } from "../contracts/queries";
import { CONTRACT_GAPS, type ContractGap } from "../contracts/schema";

/** The dashboard's supplier card: contracts per gap, each a link to the filtered contract list. */
export async function supplierDashboard(principal: Principal): Promise<{ gaps: Record<ContractGap, number> }> {
  // One after another: a few counts, and the requirements gap runs its own query first.
  const counts: Partial<Record<ContractGap, number>> = {};
  for (const gap of CONTRACT_GAPS) counts[gap] = await countContracts(principal, { gap });
  return { gaps: counts as Record<ContractGap, number> };
}
