import { ConclusionForm } from "@/components/management-reviews/ConclusionForm";
import { DecisionForm } from "@/components/management-reviews/DecisionForm";
import { MarkHeldButton } from "@/components/management-reviews/MarkHeldButton";
import { SectionComment } from "@/components/management-reviews/SectionComment";
import { SectionData } from "@/components/management-reviews/SectionData";
import { PrintButton } from "@/components/management-reviews/PrintButton";
import { buttonClass } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Fact, Facts } from "@/components/ui/Facts";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate, formatDateTime } from "@/lib/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { managementReviewMessages } from "@/lib/management-reviews/messages";
import { getReview } from "@/lib/management-reviews/queries";
import { SECTION_KEYS } from "@/lib/management-reviews/schema";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** One review: sections a–g with comments, decisions, "held", the conclusion and sign-off; prints as a document. */
export default async function ManagementReviewPage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  const review = await loadRecord(params, (id) => getReview(principal, id));
  if (!review) return <Forbidden />;
  const [t, locale] = await Promise.all([getMessages(managementReviewMessages), getLocale()]);
  const writable = can(principal, "management-reviews.write") && review.status !== "closed";
  return (
    <article className="management-review">
      <PageHeader title={review.title} description={`${principal.organizationName} · ${t.status[review.status]}`} />
      <div className="no-print mb-4 flex flex-wrap items-start gap-3">
        <a href={`/api/v1/management-reviews/${review.id}/pdf`} download className={buttonClass("secondary")}>{t.pdf}</a>
        <PrintButton label={t.print} />
        {writable && review.status === "draft" ? <MarkHeldButton reviewId={review.id} version={review.version} label={t.markHeld} /> : null}
      </div>
      {review.status === "closed" ? <div className="mb-4"><Notice title={t.signedOff}>{t.readOnly}</Notice></div> : null}
      <Card>
        <Facts>
          <Fact label={t.period}>{`${formatDate(review.periodFrom)} – ${formatDate(review.periodTo)}`}</Fact>
          <Fact label={t.fields.heldAt}>{formatDate(review.heldAt)}</Fact>
          <Fact label={t.fields.participants}>{review.participants.join(", ") || "–"}</Fact>
          <Fact label={t.fields.status}>{t.status[review.status]}</Fact>
          {review.signedOffAt ? <Fact label={t.signedOff}>{`${review.signedOffByName ?? ""} ${formatDateTime(review.signedOffAt)}`}</Fact> : null}
        </Facts>
        <p className="mt-3 text-sm text-gray-700">{review.frozen ? `${t.frozenAt} ${formatDateTime(review.sections?.compiledAt)}` : t.live}</p>
      </Card>
      {SECTION_KEYS.map((key) => (
        <Card key={key} title={t.sections[key]} className="mt-6 break-inside-avoid">
          {review.sections ? <SectionData section={key} data={review.sections} t={t} locale={locale} /> : null}
          {writable ? (
            <SectionComment reviewId={review.id} section={key} value={review.comments[key] ?? null} version={review.version} />
          ) : review.comments[key] ? (
            <p className="mt-3 whitespace-pre-line text-sm">{review.comments[key]}</p>
          ) : null}
        </Card>
      ))}
      <Card title={t.decisions} className="mt-6">
        {review.decisions.length ? (
          <ul className="mb-4 list-disc pl-5 text-sm">
            {review.decisions.map((d) => (
              <li key={d.id}>
                {t.kinds[d.kind]}: {d.text}
                {d.action ? ` — ${t.action}: ${d.action.title}${d.action.ownerName ? `, ${d.action.ownerName}` : ""}${d.action.dueAt ? `, ${formatDate(d.action.dueAt)}` : ""}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-sm">{t.noDecisions}</p>
        )}
        {writable ? <DecisionForm reviewId={review.id} /> : null}
      </Card>
      <Card title={t.conclusion} className="mt-6">
        {review.conclusion ? (
          <Facts>
            <Fact label={t.suitability}>{t.judgements[review.conclusion.suitability]}</Fact>
            <Fact label={t.adequacy}>{t.judgements[review.conclusion.adequacy]}</Fact>
            <Fact label={t.effectiveness}>{t.judgements[review.conclusion.effectiveness]}</Fact>
            <Fact label={t.conclusionComment} multiline>{review.conclusion.comment ?? "–"}</Fact>
          </Facts>
        ) : null}
        {writable && review.status === "held" ? <ConclusionForm reviewId={review.id} version={review.version} initial={review.conclusion} /> : null}
      </Card>
    </article>
  );
}
