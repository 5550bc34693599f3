import { BenchmarkingForm } from "@/components/questionnaires/BenchmarkingForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { benchmarkingSettings } from "@/lib/questionnaires/settings";

/** Anonymous benchmarking of the follow-up results: an admin opts the organisation in or out. */
export default async function BenchmarkingSettingsPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "settings.manage")) return <Forbidden />;
  const [t, settings] = await Promise.all([getMessages(questionnaireMessages), benchmarkingSettings.read(principal)]);
  return (
    <>
      <PageHeader title={t.bench.settingsTitle} description={t.bench.settingsDescription} />
      <Card>
        <BenchmarkingForm settings={settings} />
      </Card>
    </>
  );
}
