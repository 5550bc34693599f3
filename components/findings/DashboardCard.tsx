import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { auditMessages } from "@/lib/audits/messages";
import type { Principal } from "@/lib/authz/roles";
import { escalatedFindings } from "@/lib/findings/page-data";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { FindingTypeBadge } from "./FindingsTable";

/** Escalated findings before top management until they are closed; nothing when there are none. */
export async function EscalatedFindingsCard({ principal }: { principal: Principal }) {
  const [t, findings] = await Promise.all([getMessages(auditMessages), escalatedFindings(principal)]);
  if (!findings?.length) return null;
  return (
    <Card title={t.labels.escalatedOpen}>
      <ul className="divide-y divide-gray-100" data-testid="escalated-findings">
        {findings.map((finding) => (
          <li key={finding.id} className="py-2 text-sm">
            <Link href={`/internrevision/iakttagelser/${finding.id}`} className="text-blue-800 underline">{finding.title}</Link>{" "}
            <FindingTypeBadge type={finding.type} t={t} />
            <p className="text-gray-700">
              {`${t.fields.responsible}: ${finding.responsibleName ?? "–"} · ${t.labels.escalation}: ${finding.escalatedAt ? formatDate(finding.escalatedAt) : ""}`}
              {finding.escalationNote ? ` · ${finding.escalationNote}` : ""}
            </p>
          </li>
        ))}
      </ul>
      <Link href="/internrevision/iakttagelser?escalated=true" className="mt-2 inline-block text-sm text-blue-800 underline">{t.labels.findings}</Link>
    </Card>
  );
}
