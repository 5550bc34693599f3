"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";

/** Removes a requirement from the catalogue after a confirmation. */
export function DeleteRequirementButton({ id, code }: { id: string; code: string }) {
  const t = useMessages(assetMessages).catalogue;
  const router = useRouter();
  const { message, run } = useApiAction();
  const remove = async () => {
    if (!window.confirm(t.confirmRemove(code))) return;
    await run(async () => {
      await apiFetch(`/api/v1/security-requirements/${id}`, { method: "DELETE" });
      router.refresh();
    });
  };
  return (
    <>
      <Button variant="ghost" onClick={remove} aria-label={t.removeFor(code)}>
        {t.remove}
      </Button>
      {message ? <span role="alert" className="text-sm text-red-700">{message.text}</span> : null}
    </>
  );
}
