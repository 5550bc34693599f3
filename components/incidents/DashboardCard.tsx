import Link from "next/link";
import { Badge } from "@/components/ui/Badge";
import { buttonClass } from "@/components/ui/Button";
import { ScopeNote } from "@/components/dashboard/ScopeNote";
import { Card } from "@/components/ui/Card";
import { pagePrincipal } from "@/lib/auth/page";
import { can, scopeOf } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { formatDateTime, formatPercent } from "@/lib/format";
import { getLocale } from "@/lib/i18n/server";
import { incidentDashboard, ownReportCount } from "@/lib/incidents/dashboard";
import { incidentMessages } from "@/lib/incidents/messages";

function Figure({ label, value, href, alert }: { label: string; value: number; href: string; alert?: string }) {
  return (
    <Link href={href} className={`block rounded-lg border p-3 hover:border-blue-400 ${alert ? "border-red-300 bg-red-50" : "border-gray-200 bg-white"}`}>
      <span className="block text-sm text-gray-800">{label}</span>
      <span className="mt-1 flex items-center gap-2">
        <span className="text-2xl font-semibold text-gray-900">{value}</span>
        {alert ? <Badge tone="red">{alert}</Badge> : null}
      </span>
    </Link>
  );
}

/**
 * The dashboard's incident card for roles that read every incident: open incidents, reports due
 * within 72 h and overdue (these stand out, in words as well as colour), and the share foreseen.
 * Renders nothing for other roles (reporters get `ReportIncidentCard`).
 */
export async function IncidentDashboardCard({ principal }: { principal?: Principal } = {}) {
  const user = principal ?? (await pagePrincipal());
  const data = await incidentDashboard(user);
  if (!data) return null;
  const locale = await getLocale();
  const t = incidentMessages[locale];
  const d = t.dashboard;
  const share = data.foreseenShare;
  return (
    <Card title={d.title}>
      <ScopeNote principal={user} permission="incidents.read" />
      <div className="grid gap-3 sm:grid-cols-3">
        <Figure label={d.open} value={data.open} href="/incidenter?open=true" />
        <Figure label={d.dueSoon} value={data.dueSoonTotal} href="/incidenter?open=true" alert={data.dueSoonTotal ? t.obligationStatus.due : undefined} />
        <Figure label={d.overdue} value={data.overdue} href="/incidenter?obligationOverdue=true" alert={data.overdue ? t.obligationStatus.overdue : undefined} />
      </div>
      {data.dueSoon.length ? (
        <ul className="mt-3 grid gap-1 text-sm" aria-label={d.dueSoon}>
          {data.dueSoon.map((o) => (
            <li key={`${o.incidentId}-${o.kind}`}>
              <Link href={`/incidenter/${o.incidentId}`} className="font-medium text-blue-800 underline">{o.reference}</Link> {t.obligationKind[o.kind]} –{" "}
              <strong>{t.obligationDue(formatDateTime(o.dueAt))}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-gray-800">{d.noneDue}</p>
      )}
      {share ? (
        <p className="mt-3 text-sm text-gray-900" data-indicator={share.key}>
          <Link href="/incidenter?foreseen=true" className="text-blue-800 underline">{d.foreseenShare}</Link>:{" "}
          <strong className="text-base">{formatPercent(share.value, locale)}</strong>{" "}
          <span className="text-gray-700">({share.numerator} {d.numeratorOf} {share.denominator})</span>
        </p>
      ) : null}
      <p className="mt-3">
        <Link href="/incidenter" className="text-sm text-blue-800 underline">{d.showAll}</Link>
      </p>
    </Card>
  );
}

/** For roles that report but do not read every incident: the way to report, and their own reports. */
export async function ReportIncidentCard({ principal }: { principal?: Principal } = {}) {
  const user = principal ?? (await pagePrincipal());
  if (!can(user, "incidents.report") || scopeOf(user, "incidents.read") === "all") return null;
  const [locale, count] = await Promise.all([getLocale(), ownReportCount(user)]);
  const d = incidentMessages[locale].dashboard;
  return (
    <Card title={d.reportTitle}>
      <p className="text-sm text-gray-800">{d.reportBody}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Link href="/incidenter/rapportera" className={`${buttonClass("primary")} min-h-11 px-4 text-base`}>{incidentMessages[locale].report}</Link>
        <Link href="/incidenter" className="text-sm text-blue-800 underline">{d.myReports(count)}</Link>
      </div>
    </Card>
  );
}
