import Link from "next/link";
import { Card } from "@/components/ui/Card";
import type { ContractView } from "@/lib/contracts/schema";
import { getMessages } from "@/lib/i18n/server";
import { supplierMessages } from "@/lib/suppliers/messages";
import { GapBadges } from "./GapBadges";

/** On an asset's page: the suppliers and contracts that store, process or reach it. */
export async function AssetContracts({ contracts }: { contracts: ContractView[] }) {
  const t = await getMessages(supplierMessages);
  return (
    <Card title={t.assetContracts}>
      {contracts.length ? (
        <ul className="space-y-2 text-sm">
          {contracts.map((contract) => (
            <li key={contract.id}>
              <Link className="text-blue-800 underline" href={`/leverantorer/${contract.supplierId}`}>{contract.supplierName}</Link>
              {": "}
              <Link className="text-blue-800 underline" href={`/leverantorer/avtal/${contract.id}`}>{contract.title}</Link>{" "}
              <span className="text-gray-800">({t.contractStatuses[contract.status]})</span> <GapBadges gaps={contract.gaps} t={t} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-800">{t.assetContractsEmpty}</p>
      )}
    </Card>
  );
}
