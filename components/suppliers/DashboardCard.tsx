import Link from "next/link";
import { ScopeNote } from "@/components/dashboard/ScopeNote";
import { Card } from "@/components/ui/Card";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { CONTRACT_GAPS } from "@/lib/contracts/schema";
import { getMessages } from "@/lib/i18n/server";
import { supplierMessages } from "@/lib/suppliers/messages";
import { supplierDashboard } from "@/lib/suppliers/page-data";

/** Overview card: contracts with each gap, linking to the filtered list. Nothing for roles without suppliers.read. */
export async function SupplierDashboardCard({ principal }: { principal: Principal }) {
  if (!can(principal, "suppliers.read")) return null;
  const [t, data] = await Promise.all([getMessages(supplierMessages), supplierDashboard(principal)]);
  return (
    <Card title={t.dashboardTitle}>
      <ScopeNote principal={principal} permission="suppliers.read" />
      <ul className="grid gap-1">
        {CONTRACT_GAPS.map((gap) => (
          <li key={gap}>
            <Link href={`/leverantorer/avtal?gap=${gap}`} className="flex items-center justify-between gap-3 rounded-md px-2 py-1.5 text-sm text-gray-900 hover:bg-gray-50">
              <span className="text-blue-800 underline">{t.gaps[gap]}</span>
              <strong className={`text-base ${data.gaps[gap] > 0 ? "text-red-800" : ""}`}>{data.gaps[gap]}</strong>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link href="/leverantorer" className="text-blue-800 underline">{t.toRegister}</Link>
      </p>
    </Card>
  );
}
