"use client";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { adminMessages } from "@/lib/admin/messages";
import { formatDate } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import type { CreatedInvitationView } from "@/lib/invitations/schema";

/** The accept link of a just created invitation: shown once (only its hash is stored), to copy and hand over. */
export function InvitationLink({ invitation }: { invitation: Pick<CreatedInvitationView, "acceptUrl" | "expiresAt"> }) {
  const t = useMessages(adminMessages).users;
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
      <p className="font-medium">{t.inviteLink(formatDate(invitation.expiresAt))}</p>
      <code className="mt-2 block break-all rounded bg-white p-2 font-mono" data-testid="invite-link">
        {invitation.acceptUrl}
      </code>
      <div className="mt-2 flex items-center gap-3">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(invitation.acceptUrl);
            setCopied(true);
          }}
        >
          {t.copy}
        </Button>
        {copied ? <span>{t.copied}</span> : null}
      </div>
    </div>
  );
}
