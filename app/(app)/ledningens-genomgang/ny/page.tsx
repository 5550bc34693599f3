import { ReviewCreateForm } from "@/components/management-reviews/ReviewCreateForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { stockholmYear } from "@/lib/dates";
import { getMessages } from "@/lib/i18n/server";
import { managementReviewMessages } from "@/lib/management-reviews/messages";

/** A new review, proposed for the current calendar year. */
export default async function NewManagementReviewPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "management-reviews.write")) return <Forbidden />;
  const t = await getMessages(managementReviewMessages);
  const year = stockholmYear(new Date());
  return (
    <>
      <PageHeader title={t.newReview} description={t.description} />
      <Card>
        <ReviewCreateForm defaults={{ title: `${t.title} ${year}`, periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` }} />
      </Card>
    </>
  );
}
