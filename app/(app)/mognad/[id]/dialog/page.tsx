import { notFound } from "next/navigation";
import { DialogueForm } from "@/components/maturity/dialog/DialogueForm";
import { factsByPerspective } from "@/components/maturity/dialogFacts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { AppError } from "@/lib/errors";
import { computeIndicators } from "@/lib/indicators/queries";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";
import { getAssessment } from "@/lib/maturity/queries";

/** Resume (or edit) a dialogue session. */
export default async function DialoguePage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "maturity.write")) return <Forbidden />;
  const { id } = await params;
  const assessment = await getAssessment(principal, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [t, indicators] = await Promise.all([getMessages(maturityMessages), computeIndicators(principal, {})]);
  return (
    <>
      <PageHeader title={t.dialog.editTitle(assessment.title)} description={t.description} />
      <DialogueForm assessment={assessment} indicators={indicators.items} facts={factsByPerspective(indicators.items, t)} />
    </>
  );
}
