"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormFooter } from "@/components/form/FormFooter";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { UserPicker } from "@/components/form/UserPicker";
import { apiFetch } from "@/lib/client/api";
import { useApiSubmit } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { managementReviewMessages } from "@/lib/management-reviews/messages";
import { DECISION_KINDS, type DecisionKind } from "@/lib/management-reviews/schema";

interface Values {
  text: string;
  kind: DecisionKind;
  withAction: boolean;
  actionTitle: string;
  ownerId: string | null;
  dueAt: string;
}

const EMPTY: Values = { text: "", kind: "improvement", withAction: false, actionTitle: "", ownerId: null, dueAt: "" };

/** Records one decision; optionally starts an action with owner and due date in the same request. */
export function DecisionForm({ reviewId }: { reviewId: string }) {
  const t = useMessages(managementReviewMessages);
  const router = useRouter();
  const form = useForm<Values>({ defaultValues: EMPTY });
  const { message, submit } = useApiSubmit(form);
  const withAction = form.watch("withAction");
  const errors = form.formState.errors;
  const onSubmit = submit(async (values) => {
    const action = values.withAction ? { title: values.actionTitle, ownerId: values.ownerId, dueAt: values.dueAt || null } : undefined;
    await apiFetch(`/api/v1/management-reviews/${reviewId}/decisions`, { body: { text: values.text, kind: values.kind, ...(action ? { action } : {}) } });
    form.reset(EMPTY);
    router.refresh();
    return t.saved;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="no-print grid max-w-2xl gap-4" aria-label={t.addDecision}>
      <TextAreaField label={t.decisionText} required maxLength={5000} registration={form.register("text")} error={errors.text} />
      <SelectField label={t.decisionKind} options={DECISION_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }))} registration={form.register("kind")} error={errors.kind} />
      <CheckboxField label={t.withAction} registration={form.register("withAction")} />
      {withAction ? (
        <>
          <TextField label={t.actionTitle} required maxLength={200} registration={form.register("actionTitle")} error={errors.actionTitle} />
          <UserPicker legend={t.actionOwner} duty="action_owner" initial={null} onChange={(id) => form.setValue("ownerId", id)} />
          <TextField label={t.actionDueAt} type="date" registration={form.register("dueAt")} error={errors.dueAt} />
        </>
      ) : null}
      <FormFooter submitting={form.formState.isSubmitting} message={message} submitLabel={t.addDecision} />
    </form>
  );
}
