import Link from "next/link";
import { Card } from "@/components/ui/Card";
import type { AssetMessages } from "@/lib/assets/messages";
import type { LinkedRecord } from "@/lib/assets/linked-records";

function LinkList({ heading, records, empty }: { heading: string; records: LinkedRecord[]; empty: string }) {
  return (
    <section>
      <h3 className="mb-1 font-semibold text-gray-900">{heading}</h3>
      {records.length ? (
        <ul className="grid gap-1 text-sm">
          {records.map((record) => (
            <li key={record.id}>
              <Link href={record.href} className="text-blue-800 underline">
                {record.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-700">{empty}</p>
      )}
    </section>
  );
}

/** The risks and incidents that point at an asset (what the reader may see of them). */
export function LinkedRecords({ risks, incidents, t }: { risks: LinkedRecord[] | null; incidents: LinkedRecord[] | null; t: AssetMessages }) {
  if (!risks && !incidents) return null;
  return (
    <Card title={t.detail.linked}>
      <div className="grid gap-4 sm:grid-cols-2">
        {risks ? <LinkList heading={t.detail.linkedRisks} records={risks} empty={t.detail.noLinkedRisks} /> : null}
        {incidents ? <LinkList heading={t.detail.linkedIncidents} records={incidents} empty={t.detail.noLinkedIncidents} /> : null}
      </div>
    </Card>
  );
}
