import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { adminMessages } from "@/lib/admin/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import type { Permission } from "@/lib/authz/permissions";
import { getMessages } from "@/lib/i18n/server";

const SECTIONS: { key: "users" | "orgUnits" | "tokens" | "audit"; href: string; permission: Permission }[] = [
  { key: "users", href: "/admin/anvandare", permission: "users.read" },
  { key: "orgUnits", href: "/admin/verksamheter", permission: "org-units.read" },
  { key: "tokens", href: "/admin/api-nycklar", permission: "tokens.manage" },
  { key: "audit", href: "/admin/logg", permission: "audit-events.read" },
];

export default async function AdminPage() {
  const principal = await pagePrincipal();
  const t = await getMessages(adminMessages);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="grid gap-4 md:grid-cols-2">
        {SECTIONS.filter((section) => can(principal, section.permission)).map((section) => (
          <Card key={section.key}>
            <h2 className="text-lg font-semibold">
              <Link href={section.href} className="text-blue-800 underline">
                {t.sections[section.key].title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-gray-800">{t.sections[section.key].body}</p>
          </Card>
        ))}
      </div>
    </>
  );
}
