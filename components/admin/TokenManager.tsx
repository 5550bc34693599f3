"use client";
import { PlainTable } from "@/components/table/PlainTable";
import { FormLimits } from "@/components/form/FormLimits";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormFooter } from "@/components/form/FormFooter";
import { TextField } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { adminMessages } from "@/lib/admin/messages";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { formatDate, formatDateTime } from "@/lib/format";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { tokenCreateSchema, type CreatedTokenView, type TokenView } from "@/lib/tokens/schema";

type Input = z.input<typeof tokenCreateSchema>;

export function TokenManager({ tokens }: { tokens: TokenView[] }) {
  const t = useMessages(adminMessages).tokens;
  const core = useMessages(coreMessages);
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<Input, unknown, z.output<typeof tokenCreateSchema>>({ resolver: zodResolver(tokenCreateSchema), defaultValues: { name: "", expiresAt: "" } });

  const { message, submit } = useApiSubmit(form);
  const onSubmit = submit(async (values) => {
    const token = await apiFetch<CreatedTokenView>("/api/v1/tokens", { body: values });
    setCreated(token.token);
    form.reset({ name: "", expiresAt: "" });
    router.refresh();
  });

  const revoke = async (id: string) => {
    await apiFetch(`/api/v1/tokens/${id}`, { method: "DELETE" });
    router.refresh();
  };

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-3 md:grid-cols-2">
        <FormLimits schema={tokenCreateSchema}>
        <TextField label={t.name} required registration={form.register("name")} error={form.formState.errors.name} />
        <TextField label={t.expiresAt} type="date" registration={form.register("expiresAt")} error={form.formState.errors.expiresAt} />
        <div className="md:col-span-2">
          <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.create} submittingLabel={t.create} />
        </div>
        </FormLimits>
      </form>
      {created ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
          <p className="font-medium">{t.shownOnce}</p>
          <code className="mt-2 block break-all rounded bg-white p-2 font-mono" data-testid="new-token">
            {created}
          </code>
          <p className="mt-2 text-gray-800">{t.usage}</p>
        </div>
      ) : null}
      <PlainTable caption={t.create} headers={[t.name, t.prefix, t.created, t.lastUsed, <span key="actions" className="sr-only">{core.common.actions}</span>]}>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td className="px-3 py-2">{token.name}</td>
              <td className="px-3 py-2 font-mono">{token.prefix}…</td>
              <td className="px-3 py-2">{formatDate(token.createdAt)}</td>
              <td className="px-3 py-2">{formatDateTime(token.lastUsedAt)}</td>
              <td className="px-3 py-2">
                {token.revokedAt ? (
                  `${t.revoked} ${formatDate(token.revokedAt)}`
                ) : (
                  <Button variant="secondary" onClick={() => revoke(token.id)} aria-label={`${t.revoke}: ${token.name}`}>
                    {t.revoke}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </PlainTable>
    </div>
  );
}
