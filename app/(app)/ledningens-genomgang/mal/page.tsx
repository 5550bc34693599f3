import Link from "next/link";
import { ReviewTabs } from "@/components/management-reviews/ReviewTabs";
import { ObjectiveProgress } from "@/components/objectives/ObjectiveProgress";
import { DataTable } from "@/components/table/DataTable";
import { ButtonLink } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { indicatorLabel, indicatorLabels } from "@/lib/indicators/messages";
import { getLocale } from "@/lib/i18n/server";
import { perspectiveNames } from "@/lib/maturity/perspective-names";
import { objectiveMessages } from "@/lib/objectives/messages";
import { listObjectives } from "@/lib/objectives/queries";
import { objectiveListQuerySchema } from "@/lib/objectives/schema";

/** The information-security objectives with their indicator's value now against the target. */
export default async function ObjectivesPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "management-reviews.read")) return <Forbidden />;
  const [locale, objectives] = await Promise.all([getLocale(), listObjectives(principal, objectiveListQuerySchema.parse({ pageSize: "100" }))]);
  const t = objectiveMessages[locale];
  const writes = can(principal, "management-reviews.write");
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <ReviewTabs current="objectives" />
      {writes ? (
        <div className="mb-4">
          <ButtonLink href="/ledningens-genomgang/mal/ny">{t.newObjective}</ButtonLink>
        </div>
      ) : null}
      <DataTable
        caption={t.caption}
        rows={objectives.items}
        rowKey={(o) => o.id}
        empty={t.empty}
        columns={[
          {
            key: "title",
            header: t.fields.title,
            cell: (o) => (writes ? <Link href={`/ledningens-genomgang/mal/${o.id}/andra`} className="text-blue-800 underline" aria-label={t.editFor(o.title)}>{o.title}</Link> : o.title),
          },
          { key: "perspective", header: t.fields.perspective, cell: (o) => perspectiveNames[locale][o.perspective] },
          { key: "indicator", header: t.fields.indicatorKey, cell: (o) => (o.indicatorKey ? indicatorLabel(o.indicatorKey, indicatorLabels[locale]) : "–") },
          { key: "progress", header: t.fields.progress, cell: (o) => <ObjectiveProgress objective={o} t={t} locale={locale} /> },
          { key: "dueAt", header: t.fields.dueAt, cell: (o) => formatDate(o.dueAt) },
          { key: "owner", header: t.fields.owner, cell: (o) => o.ownerName ?? "–" },
        ]}
      />
    </>
  );
}
