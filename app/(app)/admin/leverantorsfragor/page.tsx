import { SupplierQuestionsForm } from "@/components/suppliers/SupplierQuestionsForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { supplierQuestionnaireMessages } from "@/lib/suppliers/messages";
import { supplierSettings } from "@/lib/suppliers/settings";

/** The supplier questions sent with every questionnaire link: those who keep the register edit, readers read. */
export default async function SupplierQuestionsPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "suppliers.read")) return <Forbidden />;
  const [t, settings] = await Promise.all([getMessages(supplierQuestionnaireMessages), supplierSettings.read(principal)]);
  return (
    <>
      <PageHeader title={t.settingsTitle} description={t.settingsDescription} />
      {can(principal, "suppliers.write") ? (
        <SupplierQuestionsForm settings={settings} />
      ) : (
        <Card title={t.settingsTitle}>
          <ol className="list-inside list-decimal text-sm text-gray-900">
            {settings.questions.map((question) => (
              <li key={question.key}>{question.text}</li>
            ))}
          </ol>
        </Card>
      )}
    </>
  );
}
