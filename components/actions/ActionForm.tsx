"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { UserPicker } from "@/components/form/UserPicker";
import { actionMessages } from "@/lib/actions/messages";
import { ACTION_STATUSES, actionCreateSchema, actionUpdateSchema, type ActionSourceType, type ActionView } from "@/lib/actions/schema";
import { apiSave } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { dateInputValue } from "@/lib/format";
import type { z } from "zod";

type Input = z.input<typeof actionCreateSchema> & { version?: number };
type Output = z.output<typeof actionCreateSchema> & { version?: number };

interface Props {
  /** Editing when given; creating otherwise. */
  action?: ActionView;
  /** For a new action from a register record (risk, incident…). */
  source?: { type: ActionSourceType; id: string };
  /** Where to go after saving; defaults to the action's page. */
  returnTo?: string;
  /** A suggested title for a new action (e.g. a requirement gap on an asset). */
  defaultTitle?: string;
  /** The owner reporting on their action: only status and effect (the rest is the ciso's). */
  ownerOnly?: boolean;
}

/** Create or edit an action; the same zod schema validates here and in the API. */
export function ActionForm({ action, source, returnTo, defaultTitle, ownerOnly = false }: Props) {
  const t = useMessages(actionMessages);
  const router = useRouter();
  const schema = action ? actionUpdateSchema : actionCreateSchema;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema as typeof actionCreateSchema),
    defaultValues: action
      ? { title: action.title, description: action.description ?? "", ownerId: action.ownerId ?? null, dueAt: dateInputValue(action.dueAt), status: action.status, effectNote: action.effectNote ?? "", version: action.version }
      : { title: defaultTitle?.slice(0, 200) ?? "", description: "", ownerId: null, dueAt: "", status: "planned", effectNote: "", source: source ?? null },
  });
  const errors = form.formState.errors;

  const { message, submit } = useApiSubmit(form, { conflict: true });
  const onSubmit = submit(async (values) => {
    const body = ownerOnly ? { status: values.status, effectNote: values.effectNote, version: values.version } : { ...values, ownerId: values.ownerId || null };
    const saved = await apiSave<ActionView>("/api/v1/actions", action?.id, body);
    router.push(returnTo ?? `/atgarder/${saved.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      {ownerOnly ? null : (
        <>
          <TextField label={t.fields.title} required maxLength={200} registration={form.register("title")} error={errors.title} />
          <TextAreaField label={t.fields.description} maxLength={5000} registration={form.register("description")} error={errors.description} />
        </>
      )}
      {ownerOnly ? null : (
        <UserPicker
          legend={t.fields.owner}
          duty="action_owner"
          initial={action ? { id: action.ownerId, name: action.ownerName } : null}
          onChange={(ownerId) => form.setValue("ownerId", ownerId, { shouldDirty: true })}
          error={errors.ownerId?.message}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {ownerOnly ? null : (
          <>
            <TextField label={t.fields.dueAt} type="date" registration={form.register("dueAt")} error={errors.dueAt} />
          </>
        )}
        <SelectField label={t.fields.status} options={ACTION_STATUSES.map((s) => ({ value: s, label: t.status[s] }))} registration={form.register("status")} error={errors.status} />
      </div>
      <TextAreaField label={t.fields.effectNote} maxLength={2000} registration={form.register("effectNote")} error={errors.effectNote} />
      <FormFooter submitting={form.formState.isSubmitting} message={message} cancel />
    </form>
  );
}
