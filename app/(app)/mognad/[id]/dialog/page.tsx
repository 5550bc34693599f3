import { DialogueForm } from "@/components/maturity/dialog/DialogueForm";
import { factsByPerspective } from "@/components/maturity/dialogFacts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { computeIndicators } from "@/lib/indicators/queries";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";
import { getAssessment } from "@/lib/maturity/queries";
import { loadRecord, type RecordPageProps } from "@/lib/page/load-record";

/** Resume (or edit) a dialogue session. */
export default async function DialoguePage({ params }: RecordPageProps) {
  const principal = await pagePrincipal();
  if (!can(principal, "maturity.write")) return <Forbidden />;
  const assessment = await loadRecord(params, (id) => getAssessment(principal, id));
  if (!assessment) return <Forbidden />;
  const [t, indicators] = await Promise.all([getMessages(maturityMessages), computeIndicators(principal, {})]);
  return (
    <>
      <PageHeader title={t.dialog.editTitle(assessment.title)} description={t.description} />
      <DialogueForm assessment={assessment} indicators={indicators.items} facts={factsByPerspective(indicators.items, t)} />
    </>
  );
}
