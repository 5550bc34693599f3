import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { getLocale } from "@/lib/i18n/server";
import { objectiveMessages } from "@/lib/objectives/messages";
import { objectivesDueFirst } from "@/lib/objectives/page-data";
import { ObjectiveProgress } from "./ObjectiveProgress";

/** Overview card: the objectives due first, each with its value now against the target. Nothing without objectives. */
export async function ObjectivesDashboardCard({ principal }: { principal: Principal }) {
  if (!can(principal, "management-reviews.read")) return null;
  const [locale, objectives] = await Promise.all([getLocale(), objectivesDueFirst(principal, 5)]);
  if (objectives.total === 0) return null;
  const t = objectiveMessages[locale];
  return (
    <Card title={t.dashboard.title}>
      <ul className="divide-y divide-gray-100" data-testid="objectives-card">
        {objectives.items.map((objective) => (
          <li key={objective.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
            <span className="text-gray-900">{objective.title}</span>
            <ObjectiveProgress objective={objective} t={t} locale={locale} />
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link href="/ledningens-genomgang/mal" className="text-blue-800 underline">{t.dashboard.all} ({objectives.total})</Link>
      </p>
    </Card>
  );
}
