import { Card } from "@/components/ui/Card";
import { auditMessages } from "@/lib/audit/messages";
import type { AuditEntryView } from "@/lib/audit/schema";
import { formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { AuditChanges } from "./AuditChanges";

/** Who changed a record, when and what; `events` is null for roles that may not read the audit trail. */
export async function AuditHistory({ events, title }: { events: AuditEntryView[] | null; title: string }) {
  if (!events) return null;
  const t = await getMessages(auditMessages);
  return (
    <Card title={title}>
      {events.length === 0 ? (
        <p className="text-sm text-gray-700">{t.historyEmpty}</p>
      ) : (
        <ol className="space-y-3 text-sm">
          {events.map((event) => (
            <li key={event.id} className="border-l-2 border-blue-200 pl-3">
              <p>
                <span className="font-medium">{event.actorName}</span> {event.verb}
              </p>
              <time dateTime={event.at} className="text-gray-700">
                {formatDateTime(event.at)}
              </time>
              <div className="mt-1">
                <AuditChanges changes={event.changes} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
