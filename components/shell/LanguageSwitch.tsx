"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { useLocale } from "@/lib/i18n/client";

export function LanguageSwitch({ label }: { label: string }) {
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const other = locale === "sv" ? "en" : "sv";
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => {
        await setLocale(other);
        router.refresh();
      })}
      className="rounded-md border border-gray-300 px-2 py-1 text-sm text-gray-900 hover:bg-gray-100"
      aria-label={`${label}: ${other === "en" ? "English" : "svenska"}`}
      lang={other}
    >
      {other === "en" ? "English" : "Svenska"}
    </button>
  );
}
