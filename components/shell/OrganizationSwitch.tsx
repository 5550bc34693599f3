"use client";
import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { apiFetch } from "@/lib/client/api";

export function OrganizationSwitch({ label, current, organizations }: { label: string; current: string; organizations: { id: string; name: string }[] }) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-gray-800">
        {label}
      </label>
      <select
        id={id}
        value={current}
        disabled={pending}
        onChange={(event) => {
          const organizationId = event.target.value;
          startTransition(async () => {
            await apiFetch("/api/v1/me/organization", { body: { organizationId } });
            router.refresh();
          });
        }}
        className="rounded-md border border-gray-400 bg-white px-2 py-1 text-gray-900"
      >
        {organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </select>
    </div>
  );
}
