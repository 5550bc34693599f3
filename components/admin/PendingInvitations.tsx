"use client";
import { PlainTable } from "@/components/table/PlainTable";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { adminMessages } from "@/lib/admin/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { formatDate } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import type { CreatedInvitationView, InvitationView } from "@/lib/invitations/schema";
import { InvitationLink } from "./InvitationLink";

/** Invitations not yet accepted: a new link (the old one stops working) or withdrawn. */
export function PendingInvitations({ items }: { items: InvitationView[] }) {
  const t = useMessages(adminMessages).users;
  const core = useMessages(coreMessages);
  const router = useRouter();
  const [link, setLink] = useState<CreatedInvitationView | null>(null);
  const { busy, message, run } = useApiAction();
  const reissue = (item: InvitationView) =>
    run(async () => {
      setLink(await apiFetch<CreatedInvitationView>("/api/v1/users", { body: { email: item.email, name: item.name, role: item.role } }));
      router.refresh();
    });
  const revoke = (item: InvitationView) =>
    run(async () => {
      setLink(null);
      await apiFetch(`/api/v1/invitations/${item.id}`, { method: "DELETE" });
      router.refresh();
    });
  if (items.length === 0) return <p className="text-sm text-gray-700">{t.noPending}</p>;
  return (
    <div className="space-y-4">
      <PlainTable caption={t.pending} headers={[t.name, t.email, t.role, t.status, core.common.actions]}>
          {items.map((item) => (
            <tr key={item.id}>
              <td className="px-3 py-2">{item.name}</td>
              <td className="px-3 py-2">{item.email}</td>
              <td className="px-3 py-2">{core.roles[item.role]}</td>
              <td className="px-3 py-2">
                {item.status === "expired" ? <Badge>{t.expired}</Badge> : `${t.expires} ${formatDate(item.expiresAt)}`}
              </td>
              <td className="flex gap-2 px-3 py-2">
                <Button variant="secondary" disabled={busy} aria-label={`${t.reissue}: ${item.email}`} onClick={() => reissue(item)}>
                  {t.reissue}
                </Button>
                <Button variant="secondary" disabled={busy} aria-label={`${t.revoke}: ${item.email}`} onClick={() => revoke(item)}>
                  {t.revoke}
                </Button>
              </td>
            </tr>
          ))}
        </PlainTable>
      <FormMessage message={message} />
      {link ? <InvitationLink invitation={link} /> : null}
    </div>
  );
}
