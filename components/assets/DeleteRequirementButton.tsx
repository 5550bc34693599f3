"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { assetMessages } from "@/lib/assets/messages";
import { ApiError, apiFetch } from "@/lib/client/api";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";

/** Removes a requirement from the catalogue after a confirmation. */
export function DeleteRequirementButton({ id, code }: { id: string; code: string }) {
  const t = useMessages(assetMessages).catalogue;
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(t.confirmRemove(code))) return;
    setError(null);
    try {
      await apiFetch(`/api/v1/security-requirements/${id}`, { method: "DELETE" });
      router.refresh();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : common.errorGeneric);
    }
  };
  return (
    <>
      <Button variant="ghost" onClick={remove} aria-label={t.removeFor(code)}>
        {t.remove}
      </Button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </>
  );
}
