import { Card } from "@/components/ui/Card";
import { listAuditEvents } from "@/lib/audit/queries";
import { can } from "@/lib/authz/authorize";
import type { Principal } from "@/lib/authz/roles";
import { formatDateTime } from "@/lib/format";

/** Who changed a record and when, for roles that may read the audit trail. */
export async function AuditHistory({ principal, entity, entityId, title }: { principal: Principal; entity: string; entityId: string; title: string }) {
  if (!can(principal, "audit-events.read")) return null;
  const events = await listAuditEvents(principal, { entity, entityId, page: 1, pageSize: 20 });
  return (
    <Card title={title}>
      <ol className="space-y-2 text-sm">
        {events.items.map((event) => (
          <li key={event.id} className="border-l-2 border-blue-200 pl-3">
            <span className="font-medium">{event.action}</span> · {event.actorLabel ?? "–"}
            <br />
            <time dateTime={event.at} className="text-gray-700">
              {formatDateTime(event.at)}
            </time>
          </li>
        ))}
      </ol>
    </Card>
  );
}
