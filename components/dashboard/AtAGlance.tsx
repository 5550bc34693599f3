import Link from "next/link";
import type { Principal } from "@/lib/authz/roles";
import { atAGlance, type GlanceFigure } from "@/lib/dashboard/at-a-glance";
import { dashboardMessages, type DashboardMessages } from "@/lib/dashboard/messages";
import { getLocale } from "@/lib/i18n/server";
import { riskMessages } from "@/lib/risks/messages";

const box = "block rounded-lg border border-gray-200 bg-white p-3 shadow-sm";

function Figure({ figure, t, bandNames }: { figure: GlanceFigure; t: DashboardMessages; bandNames: Record<string, string> }) {
  const label = t.glance.labels[figure.key];
  const number = (
    <p className="mt-1 text-2xl font-semibold text-gray-900">
      {figure.value}
      {figure.of !== undefined ? <span className="text-base font-normal text-gray-700"> {t.glance.of} {figure.of}</span> : null}
    </p>
  );
  if (figure.parts) {
    return (
      <div className={box} data-glance={figure.key}>
        <p className="text-sm text-gray-800">{label}</p>
        {number}
        <ul className="mt-1 flex flex-wrap gap-x-3 text-sm">
          {figure.parts.map((part) => (
            <li key={part.band}>
              <Link href={part.href} className="text-blue-800 underline">{bandNames[part.band]}: {part.value}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!figure.href) {
    return (
      <div className={box} data-glance={figure.key}>
        <p className="text-sm text-gray-800">{label}</p>
        {number}
      </div>
    );
  }
  return (
    <Link href={figure.href} className={`${box} hover:border-blue-400`} data-glance={figure.key}>
      <p className="text-sm text-gray-800">{label}</p>
      {number}
    </Link>
  );
}

/** The management row of Översikt: six figures, each linked to the records behind it. */
export async function AtAGlance({ principal }: { principal: Principal }) {
  const [figures, locale] = await Promise.all([atAGlance(principal), getLocale()]);
  if (figures.length === 0) return null;
  const t = dashboardMessages[locale];
  return (
    <section aria-labelledby="at-a-glance" className="mb-6">
      <h2 id="at-a-glance" className="mb-2 text-lg font-semibold text-gray-900">{t.glance.title}</h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
        {figures.map((figure) => (
          <Figure key={figure.key} figure={figure} t={t} bandNames={riskMessages[locale].bands} />
        ))}
      </div>
    </section>
  );
}
