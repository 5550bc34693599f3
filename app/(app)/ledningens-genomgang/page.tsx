import Link from "next/link";
import { ReviewTabs } from "@/components/management-reviews/ReviewTabs";
import { DataTable } from "@/components/table/DataTable";
import { ButtonLink } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { managementReviewMessages } from "@/lib/management-reviews/messages";
import { listReviews } from "@/lib/management-reviews/queries";
import { reviewListQuerySchema } from "@/lib/management-reviews/schema";

/** Ledningens genomgång: every review of the organisation, newest period first. */
export default async function ManagementReviewsPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "management-reviews.read")) return <Forbidden />;
  const [t, reviews] = await Promise.all([getMessages(managementReviewMessages), listReviews(principal, reviewListQuerySchema.parse({ pageSize: "100" }))]);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <ReviewTabs current="reviews" />
      {can(principal, "management-reviews.write") ? (
        <div className="mb-4">
          <ButtonLink href="/ledningens-genomgang/ny">{t.newReview}</ButtonLink>
        </div>
      ) : null}
      <DataTable
        caption={t.caption}
        rows={reviews.items}
        rowKey={(r) => r.id}
        empty={t.empty}
        columns={[
          { key: "title", header: t.fields.title, cell: (r) => <Link href={`/ledningens-genomgang/${r.id}`} className="text-blue-800 underline">{r.title}</Link> },
          { key: "period", header: t.period, cell: (r) => `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}` },
          { key: "heldAt", header: t.fields.heldAt, cell: (r) => formatDate(r.heldAt) },
          { key: "status", header: t.fields.status, cell: (r) => t.status[r.status] },
        ]}
      />
    </>
  );
}
