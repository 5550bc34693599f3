"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ROLES, type Role } from "@/lib/authz/roles";
import { apiFetch, ApiError } from "@/lib/client/api";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { apiErrorText } from "@/lib/i18n/errors";
import { coreMessages } from "@/lib/i18n/messages";

/** Changes a user's role in place (PATCH with the version the page was rendered with). */
export function UserRoleSelect({ userId, name, role, version, label }: { userId: string; name: string; role: Role; version: number; label: string }) {
  const core = useMessages(coreMessages);
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <select
        aria-label={`${label}: ${name}`}
        defaultValue={role}
        disabled={pending}
        className="rounded-md border border-gray-400 bg-white px-2 py-1 text-sm"
        onChange={(event) => {
          const next = event.target.value as Role;
          startTransition(async () => {
            try {
              setError(null);
              await apiFetch(`/api/v1/users/${userId}`, { method: "PATCH", body: { role: next, version } });
              router.refresh();
            } catch (e) {
              setError(e instanceof ApiError ? apiErrorText(e, locale) : core.common.errorGeneric);
            }
          });
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {core.roles[r]}
          </option>
        ))}
      </select>
      {error ? <p role="alert" className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
