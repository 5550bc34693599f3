import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { SupplierMessages } from "@/lib/suppliers/messages";
import type { FollowUpView } from "@/lib/suppliers/schema";

/** A supplier's follow-ups, newest first, each linking to its page. */
export function FollowUpList({ followUps, t }: { followUps: FollowUpView[]; t: SupplierMessages }) {
  if (followUps.length === 0) return <p className="text-sm text-gray-800">{t.emptyFollowUps}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {followUps.map((followUp) => (
        <li key={followUp.id}>
          <Link className="text-blue-800 underline" href={`/leverantorer/uppfoljningar/${followUp.id}`}>
            {formatDate(followUp.performedAt)} – {t.methods[followUp.method]}
          </Link>{" "}
          <span className="text-gray-800">({t.results[followUp.result]})</span>
        </li>
      ))}
    </ul>
  );
}
