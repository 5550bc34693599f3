import { SettingsForm } from "@/components/incidents/SettingsForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { incidentMessages } from "@/lib/incidents/messages";
import { incidentSettings } from "@/lib/incidents/settings";

/** Incident settings: admin edits, ciso reads. */
export default async function IncidentSettingsPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "incident-settings.read")) return <Forbidden />;
  const [t, settings] = await Promise.all([getMessages(incidentMessages), incidentSettings.read(principal)]);
  const s = t.settings;
  if (can(principal, "settings.manage")) {
    return (
      <>
        <PageHeader title={s.title} description={s.description} />
        <SettingsForm settings={settings} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={s.title} description={s.description} />
      <div className="grid max-w-3xl gap-6">
        <Notice title={s.readOnlyTitle}>{s.readOnly}</Notice>
        <Card title={s.obligations}>
          <dl className="grid gap-2 text-sm">
            <div className="flex flex-wrap gap-2">
              <dt className="font-medium text-gray-900">{s.nis2Covered}:</dt>
              <dd data-testid="nis2-covered">{settings.nis2Covered ? s.yes : s.no}</dd>
            </div>
            <div className="flex flex-wrap gap-2">
              <dt className="font-medium text-gray-900">{s.msbfsAgency}:</dt>
              <dd data-testid="msbfs-agency">{settings.msbfsAgency ? s.yes : s.no}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm text-gray-800">{s.gdprNote}</p>
        </Card>
        <Card title={s.categories}>
          <ul className="list-inside list-disc text-sm text-gray-900">
            {settings.categories.map((c) => (
              <li key={c.code}>
                {c.label} <span className="text-gray-700">({c.code})</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
