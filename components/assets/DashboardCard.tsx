import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { assetMessages } from "@/lib/assets/messages";
import { assetDashboard } from "@/lib/assets/page-data";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { formatPercent } from "@/lib/format";
import { getLocale, getMessages } from "@/lib/i18n/server";

function Count({ href, label, value }: { href: string; label: string; value: string | number }) {
  return (
    <li>
      <Link href={href} className="flex items-center justify-between gap-3 rounded-md px-2 py-1.5 text-sm text-gray-900 hover:bg-gray-50">
        <span className="text-blue-800 underline">{label}</span>
        <strong className="text-base">{value}</strong>
      </Link>
    </li>
  );
}

/**
 * Overview card for informationsklassning: classified share, overdue reviews and assets without an
 * owner, each linking to the filtered list; information owners also see their own assets.
 * Nothing for roles without assets.read.
 */
export async function AssetDashboardCard({ principal: given }: { principal?: Principal } = {}) {
  const principal = given ?? (await pagePrincipal());
  if (!can(principal, "assets.read")) return null;
  const [t, locale, data] = await Promise.all([getMessages(assetMessages), getLocale(), assetDashboard(principal)]);
  if (!data) return null;
  const d = t.dashboard;
  const share = data.total ? data.classified / data.total : null;
  const me = principal.userId;
  return (
    <Card title={d.title}>
      <div data-testid="asset-dashboard">
        {data.mine ? <h3 className="px-2 text-sm font-semibold text-gray-900">{d.mineHeading}</h3> : null}
        {data.mine ? (
          <ul className="mb-3 grid gap-1 border-b border-gray-100 pb-2">
            <Count href={`/tillgangar?ownerId=${me}`} label={d.mine} value={data.mine.total} />
            <Count href={`/tillgangar?ownerId=${me}&reviewOverdue=true`} label={d.mineOverdue} value={data.mine.reviewOverdue} />
            <Count href={`/tillgangar?ownerId=${me}&reviewOverdue=false&sort=reviewDueAt:asc`} label={d.mineSoon} value={data.mine.reviewSoon} />
            <Count href={`/tillgangar?ownerId=${me}&classified=false`} label={d.mineUnclassified} value={data.mine.unclassified} />
          </ul>
        ) : null}
        {data.mine ? <h3 className="px-2 text-sm font-semibold text-gray-900">{d.orgHeading}</h3> : null}
        <p className="px-2 text-sm text-gray-900">
          {d.classifiedShare}: <strong className="text-base">{formatPercent(share, locale)}</strong> ({d.classifiedOf(data.classified, data.total)})
        </p>
        <ul className="mt-2 grid gap-1">
          <Count href="/tillgangar?classified=false" label={d.unclassified} value={data.total - data.classified} />
          <Count href="/tillgangar?reviewOverdue=true" label={d.reviewOverdue} value={data.reviewOverdue} />
          <Count href="/tillgangar?hasOwner=false" label={d.withoutOwner} value={data.withoutOwner} />
        </ul>
        <p className="mt-2 text-sm">
          <Link href="/tillgangar" className="text-blue-800 underline">
            {d.toRegister}
          </Link>
        </p>
      </div>
    </Card>
  );
}
