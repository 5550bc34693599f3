import { TargetLabel } from "@/components/maturity/Levels";
import { TargetsForm } from "@/components/maturity/TargetsForm";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { getMessages } from "@/lib/i18n/server";
import { maturityMessages } from "@/lib/maturity/messages";
import { PERSPECTIVE_KEYS } from "@/lib/maturity/msb-model";
import { maturitySettings } from "@/lib/maturity/settings";

/** Target levels per perspective: ciso and admin edit them, management and auditor read them. */
export default async function MaturityTargetsPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "maturity.read")) return <Forbidden />;
  const [t, settings] = await Promise.all([getMessages(maturityMessages), maturitySettings.read(principal)]);
  const editable = can(principal, "maturity.write");
  return (
    <>
      <PageHeader title={t.targets.title} description={t.targets.description} />
      <Card>
        {editable ? (
          <TargetsForm settings={settings} />
        ) : (
          <>
            <p className="mb-3 text-sm text-gray-700">{t.targets.readOnly}</p>
            <table className="text-sm">
              <caption className="sr-only">{t.targets.caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="px-3 py-2 text-left font-semibold">{t.perspective}</th>
                  <th scope="col" className="px-3 py-2 text-left font-semibold">{t.target}</th>
                </tr>
              </thead>
              <tbody>
                {PERSPECTIVE_KEYS.map((key) => (
                  <tr key={key}>
                    <th scope="row" className="px-3 py-1 text-left font-medium">{t.perspectives[key]}</th>
                    <td className="px-3 py-1"><TargetLabel target={settings.targets[key] ?? null} t={t} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Card>
    </>
  );
}
