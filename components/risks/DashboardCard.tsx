import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/Badge";
import { ScopeNote } from "@/components/dashboard/ScopeNote";
import { Card } from "@/components/ui/Card";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { getMessages } from "@/lib/i18n/server";
import { riskMessages } from "@/lib/risks/messages";
import { riskDashboard } from "@/lib/risks/page-data";
import { RISK_BANDS } from "@/lib/risks/schema";
import { BAND_TONES } from "./RiskLevelBadge";

function Count({ href, label, value, children }: { href: string; label: string; value: number; children?: ReactNode }) {
  return (
    <li>
      <Link href={href} className="flex items-center justify-between gap-3 rounded-md px-2 py-1.5 text-sm text-gray-900 hover:bg-gray-50">
        <span className="text-blue-800 underline">{children ?? label}</span>
        <strong className="text-base">{value}</strong>
      </Link>
    </li>
  );
}

/** Overview card: risks per band, undecided risks and overdue risk actions, each linking to its list. Nothing for roles without risks.read. */
export async function RiskDashboardCard({ principal: given }: { principal?: Principal } = {}) {
  const principal = given ?? (await pagePrincipal());
  if (!can(principal, "risks.read")) return null;
  const [t, data] = await Promise.all([getMessages(riskMessages), riskDashboard(principal)]);
  if (!data) return null;
  const d = t.dashboard;
  return (
    <Card title={d.title}>
      <ScopeNote principal={principal} permission="risks.read" />
      <h3 className="mb-1 text-sm font-semibold text-gray-900">{d.perBand}</h3>
      <ul className="mb-3 grid gap-1 sm:grid-cols-2" data-testid="risk-dashboard-bands">
        {RISK_BANDS.map((band) => (
          <Count key={band} href={`/risker?band=${band}`} label={t.bands[band]} value={data.perBand[band]}>
            <Badge tone={BAND_TONES[band]}>{t.bands[band]}</Badge>
          </Count>
        ))}
      </ul>
      <ul className="grid gap-1 border-t border-gray-100 pt-2">
        <Count href="/risker?status=open&treatment=none" label={d.undecided} value={data.undecided} />
        {data.overdueActions !== null ? <Count href="/atgarder?source=risk&overdue=true" label={d.overdueActions} value={data.overdueActions} /> : null}
      </ul>
      <p className="mt-2 text-sm">
        <Link href="/risker" className="text-blue-800 underline">{d.toRegister}</Link>
      </p>
    </Card>
  );
}
