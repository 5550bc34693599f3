import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { adminMessages } from "@/lib/admin/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import type { Permission } from "@/lib/authz/permissions";
import { getMessages } from "@/lib/i18n/server";
import { incidentMessages } from "@/lib/incidents/messages";
import { questionnaireMessages } from "@/lib/questionnaires/messages";
import { riskMessages } from "@/lib/risks/messages";
import { assetMessages } from "@/lib/assets/messages";
import { supplierQuestionnaireMessages } from "@/lib/suppliers/messages";
import { workMessages } from "@/lib/work/messages";

const SECTIONS: { key: "users" | "orgUnits" | "tokens" | "audit" | "mail" | "risk" | "incidents" | "classification" | "benchmarking" | "supplierQuestions"; href: string; permission: Permission }[] = [
  { key: "users", href: "/admin/anvandare", permission: "users.read" },
  { key: "orgUnits", href: "/admin/verksamheter", permission: "org-units.read" },
  { key: "tokens", href: "/admin/api-nycklar", permission: "tokens.manage" },
  { key: "audit", href: "/admin/logg", permission: "audit-events.read" },
  { key: "mail", href: "/admin/utskick", permission: "mail-log.read" },
  { key: "risk", href: "/admin/risker", permission: "risks.read" },
  { key: "incidents", href: "/admin/incidenter", permission: "incident-settings.read" },
  { key: "classification", href: "/admin/klassning", permission: "assets.read" },
  { key: "benchmarking", href: "/admin/jamforelse", permission: "settings.manage" },
  { key: "supplierQuestions", href: "/admin/leverantorsfragor", permission: "suppliers.read" },
];

export default async function AdminPage() {
  const principal = await pagePrincipal();
  const [t, risk, incidents, assets, work, questionnaires, supplierQuestions] = await Promise.all([
    getMessages(adminMessages),
    getMessages(riskMessages),
    getMessages(incidentMessages),
    getMessages(assetMessages),
    getMessages(workMessages),
    getMessages(questionnaireMessages),
    getMessages(supplierQuestionnaireMessages),
  ]);
  const texts = {
    ...t.sections,
    risk: { title: risk.settings.title, body: risk.settings.cardBody },
    incidents: { title: incidents.settings.title, body: incidents.settings.sectionBody },
    classification: { title: assets.model.title, body: assets.model.cardBody },
    mail: { title: work.log.title, body: work.log.cardBody },
    benchmarking: { title: questionnaires.bench.settingsTitle, body: questionnaires.bench.settingsDescription },
    supplierQuestions: { title: supplierQuestions.settingsTitle, body: supplierQuestions.settingsDescription },
  };
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="grid gap-4 md:grid-cols-2">
        {SECTIONS.filter((section) => can(principal, section.permission)).map((section) => (
          <Card key={section.key}>
            <h2 className="text-lg font-semibold">
              <Link href={section.href} className="text-blue-800 underline">
                {texts[section.key].title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-gray-800">{texts[section.key].body}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
