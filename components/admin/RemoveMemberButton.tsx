"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { adminMessages } from "@/lib/admin/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

/** Ends the membership in this organisation; the account itself is the person's and stays. */
export function RemoveMemberButton({ userId, name }: { userId: string; name: string }) {
  const t = useMessages(adminMessages).users;
  const router = useRouter();
  const { busy, message, run } = useApiAction();
  return (
    <div>
      <Button
        variant="ghost"
        disabled={busy}
        aria-label={`${t.remove}: ${name}`}
        onClick={() => {
          if (!window.confirm(t.confirmRemove(name))) return;
          void run(async () => {
            await apiFetch(`/api/v1/users/${userId}`, { method: "DELETE" });
            router.refresh();
          });
        }}
      >
        {t.remove}
      </Button>
      <FormMessage message={message} />
    </div>
  );
}
