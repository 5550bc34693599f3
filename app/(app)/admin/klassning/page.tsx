import Link from "next/link";
import { DeleteRequirementButton } from "@/components/assets/DeleteRequirementButton";
import { ModelForm } from "@/components/assets/ModelForm";
import { ModelTable } from "@/components/assets/ModelTable";
import { DataTable } from "@/components/table/DataTable";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { assetMessages } from "@/lib/assets/messages";
import { listRequirements } from "@/lib/assets/requirements";
import { requirementListQuerySchema, type SecurityRequirementView } from "@/lib/assets/requirements-schema";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { levelLabel } from "@/lib/classification/schema";
import { classificationSettings } from "@/lib/classification/settings";
import { coreMessages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";

/** Classification model and security requirements catalogue: editable by admin and ciso, readable by asset readers. */
export default async function ClassificationAdminPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "assets.read")) return <Forbidden />;
  const [t, core, model, requirements] = await Promise.all([
    getMessages(assetMessages),
    getMessages(coreMessages),
    classificationSettings.read(principal),
    listRequirements(principal, requirementListQuerySchema.parse({ pageSize: "500", sort: "code:asc" })),
  ]);
  const editsModel = can(principal, "classification-model.manage");
  const editsCatalogue = can(principal, "security-requirements.manage");
  return (
    <>
      <PageHeader title={t.model.title} description={t.model.description} />
      {editsModel && editsCatalogue ? null : (
        <div className="mb-6">
          <Notice title={t.model.title}>{t.model.readOnly}</Notice>
        </div>
      )}
      <div className="grid gap-6">
        <Card title={t.model.modelTitle}>{editsModel ? <ModelForm model={model} /> : <ModelTable model={model} t={t} empty={core.empty.records} />}</Card>
        <Card title={t.catalogue.title}>
          {editsCatalogue ? (
            <div className="mb-3">
              <ButtonLink href="/admin/klassning/krav/ny">{t.catalogue.add}</ButtonLink>
            </div>
          ) : null}
          <DataTable
            caption={t.catalogue.caption}
            rows={requirements.items}
            rowKey={(r) => r.id}
            empty={t.catalogue.empty}
            columns={[
              { key: "code", header: t.requirement.code, cell: (r: SecurityRequirementView) => <span className="font-mono">{r.code}</span> },
              {
                key: "title",
                header: t.requirement.title,
                cell: (r: SecurityRequirementView) => (
                  <>
                    <span className="font-medium">{r.title}</span>
                    {r.description ? <p className="mt-1 text-xs text-gray-800">{r.description}</p> : null}
                  </>
                ),
              },
              { key: "category", header: t.requirement.category, cell: (r: SecurityRequirementView) => t.categories[r.category] },
              {
                key: "applies",
                header: t.requirement.minLevel,
                cell: (r: SecurityRequirementView) => t.catalogue.appliesFrom(t.aspects[r.aspect], levelLabel(model, r.minLevel) ?? String(r.minLevel)),
              },
              ...(editsCatalogue
                ? [
                    {
                      key: "manage",
                      header: core.common.actions,
                      cell: (r: SecurityRequirementView) => (
                        <span className="inline-flex flex-wrap items-center gap-2">
                          <Link className="text-blue-800 underline" href={`/admin/klassning/krav/${r.id}`} aria-label={t.catalogue.editFor(r.code)}>
                            {core.common.edit}
                          </Link>
                          <DeleteRequirementButton id={r.id} code={r.code} />
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </div>
    </>
  );
}
