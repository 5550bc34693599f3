import { ResponseForm } from "@/components/questionnaires/ResponseForm";
import { ButtonLink } from "@/components/ui/Button";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { prefillProposals } from "@/lib/questionnaires/prefill";
import { responsePage } from "@/lib/questionnaires/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** One measurement, answered question by question. */
export default async function ResponsePage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  const page = await loadRecord(params, (id) => responsePage(principal, id));
  if (!page) return <Forbidden />;
  const { set, response } = page;
  const t = await getMessages(questionnaireMessages);
  const writable = response.status === "draft" && can(principal, "questionnaires.write");
  const proposals = writable ? (await prefillProposals(principal, set.id, response.id)).items : [];
  return (
    <>
      <PageHeader
        title={response.title}
        description={`${t.columns.period}: ${formatDate(response.periodFrom)} – ${formatDate(response.periodTo)} · ${t.status[response.status]}`}
        actions={
          <>
            <ButtonLink href={`/mognad/uppfoljning/${response.id}/resultat`}>{t.result}</ButtonLink>
            <ButtonLink href="/mognad/uppfoljning" variant="secondary">{t.back}</ButtonLink>
          </>
        }
      />
      <ResponseForm set={set} response={writable ? response : { ...response, status: "submitted" }} proposals={proposals} />
    </>
  );
}
