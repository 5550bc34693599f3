"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { invitationMessages } from "@/lib/invitations/messages";
import type { AcceptedInvitationView } from "@/lib/invitations/schema";

/** The signed-in account accepts, then works in the organisation it joined. */
export function AcceptInvitationButton({ token }: { token: string }) {
  const t = useMessages(invitationMessages);
  const router = useRouter();
  const { busy, message, run } = useApiAction();
  const accept = () =>
    run(async () => {
      const accepted = await apiFetch<AcceptedInvitationView>("/api/v1/invitations/accept", { body: { token } });
      await apiFetch("/api/v1/me/organization", { body: { organizationId: accepted.organization.id } });
      router.replace("/");
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <Button className="w-full" disabled={busy} onClick={accept}>
        {busy ? t.accepting : t.accept}
      </Button>
      <FormMessage message={message} />
    </div>
  );
}
