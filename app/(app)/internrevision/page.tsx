import Link from "next/link";
import { ProgrammeForm } from "@/components/audits/ProgrammeForm";
import { DataTable } from "@/components/table/DataTable";
import { Card } from "@/components/ui/Card";
import { Forbidden } from "@/components/ui/Forbidden";
import { PageHeader } from "@/components/ui/PageHeader";
import { listProgrammes } from "@/lib/audit-programmes/queries";
import { programmeListQuerySchema } from "@/lib/audit-programmes/schema";
import { auditMessages } from "@/lib/audits/messages";
import { pagePrincipal } from "@/lib/auth/page";
import { can } from "@/lib/authz/authorize";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";

/** Internrevision: the audit programmes, with the way to the findings register and the follow-up. */
export default async function InternalAuditPage() {
  const principal = await pagePrincipal();
  if (!can(principal, "audits.read")) return <Forbidden />;
  const [t, programmes] = await Promise.all([getMessages(auditMessages), listProgrammes(principal, programmeListQuerySchema.parse({}))]);
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <nav aria-label={t.title} className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/internrevision/iakttagelser" className="text-blue-800 underline">{t.nav.findings}</Link>
        <Link href="/internrevision/uppfoljning" className="text-blue-800 underline">{t.nav.followUp}</Link>
      </nav>
      <DataTable
        caption={t.nav.programmes}
        rows={programmes.items}
        rowKey={(p) => p.id}
        empty={t.labels.noProgrammes}
        columns={[
          { key: "title", header: t.fields.title, cell: (p) => <Link href={`/internrevision/program/${p.id}`} className="text-blue-800 underline">{p.title}</Link> },
          { key: "period", header: `${t.fields.periodFrom} – ${t.fields.periodTo}`, cell: (p) => `${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}` },
          { key: "status", header: t.fields.status, cell: (p) => t.programmeStatus[p.status] },
          { key: "audits", header: t.labels.audits, cell: (p) => p.auditCount },
        ]}
      />
      {can(principal, "audits.write") ? (
        <Card title={t.actions.newProgramme} className="mt-6">
          <ProgrammeForm />
        </Card>
      ) : null}
    </>
  );
}
