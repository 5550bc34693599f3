import { DialogueForm } from "@/components/maturity/dialog/DialogueForm";
import { factsByPerspective } from "@/components/maturity/dialogFacts";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { computeIndicators } from "@/lib/indicators/queries";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";

/** A new dialogue session (ciso and admin). */
export default async function NewDialoguePage() {
  const principal = await pagePrincipal();
  if (!can(principal, "maturity.write")) return <Forbidden />;
  const [t, indicators] = await Promise.all([getMessages(maturityMessages), computeIndicators(principal, {})]);
  return (
    <>
      <PageHeader title={t.dialog.newTitle} description={t.description} />
      <DialogueForm indicators={indicators.items} facts={factsByPerspective(indicators.items, t)} />
    </>
  );
}
