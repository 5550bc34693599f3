import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { dashboardMessages } from "@/lib/dashboard/messages";
import { getMessages } from "@/lib/i18n/server";
import { maturityTrend } from "@/lib/maturity/results-queries";
import { maturitySettings } from "@/lib/maturity/settings";

const arrows = { up: "↑", down: "↓", flat: "→" } as const;

/** The latest self-assessed level per perspective against its target, with the trend since the first session. */
export async function MaturityCard({ principal }: { principal: Principal }) {
  if (!can(principal, "maturity.read")) return null;
  const [t, trend, settings] = await Promise.all([getMessages(dashboardMessages), maturityTrend(principal), maturitySettings.read(principal)]);
  return (
    <Card title={<Link href="/mognad" className="text-blue-800 underline">{t.maturity.title}</Link>}>
      {trend.sessions === 0 ? (
        <p className="text-sm text-gray-700">{t.maturity.none}</p>
      ) : (
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t.maturity.title}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-2">{t.maturity.perspective}</th>
              <th scope="col" className="py-1 pr-2">{t.maturity.level}</th>
              <th scope="col" className="py-1 pr-2">{t.maturity.target}</th>
              <th scope="col" className="py-1">{t.maturity.trend}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {trend.perspectives.map((perspective) => {
              const latest = [...perspective.points].reverse().find((point) => point.level !== null)?.level ?? null;
              const target = settings.targets[perspective.perspective] ?? null;
              return (
                <tr key={perspective.perspective}>
                  <th scope="row" className="py-1 pr-2 text-left font-normal">{t.perspectives[perspective.perspective]}</th>
                  <td className="py-1 pr-2 font-semibold">{latest ?? "–"}</td>
                  <td className="py-1 pr-2">{target ?? "–"}</td>
                  <td className="py-1">
                    {perspective.direction ? (
                      <span>
                        <span aria-hidden="true">{arrows[perspective.direction]} </span>
                        {t.maturity.directions[perspective.direction]}
                        {perspective.change ? ` (${perspective.change > 0 ? "+" : ""}${perspective.change})` : ""}
                      </span>
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
