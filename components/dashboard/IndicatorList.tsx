import Link from "next/link";
import { dashboardMessages, type DashboardMessages } from "@/lib/dashboard/messages";
import { formatNumber, formatPercent } from "@/lib/format";
import { indicatorLabel, indicatorLabels } from "@/lib/indicators/messages";
import type { IndicatorPart, IndicatorView } from "@/lib/indicators/schema";
import { getLocale } from "@/lib/i18n/server";

const partHref = (key: string, part: IndicatorPart) => `/indikatorer/${encodeURIComponent(key)}?part=${part}`;

/** A numerator or denominator, linked to the very records it counted where the register lists them. */
function figure(indicator: IndicatorView, part: IndicatorPart, label: string, t: DashboardMessages) {
  const value = indicator[part];
  if (!indicator.drillDown) return value;
  return (
    <Link href={partHref(indicator.key, part)} className="text-blue-800 underline" aria-label={`${value}: ${t.showRecords(t.records.parts[part], label)}`}>
      {value}
    </Link>
  );
}

/** Indicators with numerator and denominator shown, each linked to the records behind it. */
export async function IndicatorList({ indicators }: { indicators: IndicatorView[] }) {
  const locale = await getLocale();
  const t = dashboardMessages[locale];
  if (indicators.length === 0) return <p className="text-sm text-gray-700">{t.noIndicators}</p>;
  return (
    <ul className="divide-y divide-gray-100">
      {indicators.map((indicator) => {
        const label = indicatorLabel(indicator.key, indicatorLabels[locale]);
        const value = indicator.unit === "days" ? `${formatNumber(indicator.value, locale)} ${t.days}` : indicator.unit === "count" ? formatNumber(indicator.value, locale, 0) : formatPercent(indicator.value, locale);
        return (
          <li key={indicator.key} className="flex items-baseline justify-between gap-4 py-2 text-sm" data-indicator={indicator.key}>
            <span>{indicator.href ? <Link href={indicator.href} className="text-blue-800 underline">{label}</Link> : label}</span>
            <span className="whitespace-nowrap text-right">
              <strong className="text-base">{indicator.drillDown && indicator.unit === "count" ? <Link href={partHref(indicator.key, "numerator")} className="text-blue-800 underline" aria-label={`${value}: ${t.showRecords(t.records.parts.numerator, label)}`}>{value}</Link> : value}</strong>
              {indicator.denominator !== null ? (
                <span className="ml-2 text-gray-700">
                  ({figure(indicator, "numerator", label, t)} {t.numeratorOf} {figure(indicator, "denominator", label, t)})
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
