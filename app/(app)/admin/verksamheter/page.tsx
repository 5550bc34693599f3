import { OrgUnitForm } from "@/components/admin/OrgUnitForm";
import { PagedTable } from "@/components/table/PagedTable";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { adminMessages } from "@/lib/admin/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { listOrgUnits } from "@/lib/org-units/queries";
import { orgUnitListQuerySchema } from "@/lib/org-units/schema";
import { parseListParams, plainParams, type SearchParams } from "@/lib/page/search-params";

export default async function OrgUnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const principal = await pagePrincipal();
  if (!can(principal, "org-units.read")) return <Forbidden />;
  const raw = await searchParams;
  const query = parseListParams(orgUnitListQuerySchema, { pageSize: "200", ...raw });
  const [t, core, result] = await Promise.all([getMessages(adminMessages), getMessages(coreMessages), listOrgUnits(principal, query)]);
  const names = new Map(result.items.map((u) => [u.id, u.name]));
  const params = plainParams(raw);
  return (
    <>
      <PageHeader title={t.sections.orgUnits.title} description={t.sections.orgUnits.body} />
      {can(principal, "org-units.write") ? (
        <Card title={t.orgUnits.add} className="mb-6">
          <OrgUnitForm units={result.items} />
        </Card>
      ) : null}
      <PagedTable
        caption={t.sections.orgUnits.title}
        path="/admin/verksamheter"
        params={params}
        result={result}
        rowKey={(u) => u.id}
        empty={core.empty.orgUnits}
        columns={[
          { key: "name", header: t.orgUnits.name, sortField: "name", cell: (u) => u.name },
          { key: "code", header: t.orgUnits.code, sortField: "code", cell: (u) => u.code ?? "–" },
          { key: "parent", header: t.orgUnits.parent, cell: (u) => (u.parentId ? (names.get(u.parentId) ?? "–") : "–") },
        ]}
      />
    </>
  );
}
