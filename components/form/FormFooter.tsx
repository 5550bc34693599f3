"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import type { FormNote } from "@/lib/client/use-api-submit";
import { useMessages } from "@/lib/i18n/client";
import { coreMessages } from "@/lib/i18n/messages";
import { FormMessage } from "./fields";

interface Props {
  /** The form's formState.isSubmitting: the button is disabled and says so while saving. */
  submitting: boolean;
  message?: string | FormNote | null;
  /** Defaults to "Spara" / "Sparar…". */
  submitLabel?: string;
  submittingLabel?: string;
  submitClassName?: string;
  /** A Cancel button that goes back, for forms on a page of their own. */
  cancel?: boolean;
}

/** The end of a form: its message (announced), the submit button and, on form pages, Cancel. */
export function FormFooter({ submitting, message, submitLabel, submittingLabel, submitClassName, cancel = false }: Props) {
  const common = useMessages(coreMessages).common;
  const router = useRouter();
  return (
    <>
      <FormMessage message={message} />
      <div className="flex gap-2">
        <Button type="submit" className={submitClassName} disabled={submitting}>
          {submitting ? (submittingLabel ?? common.saving) : (submitLabel ?? common.save)}
        </Button>
        {cancel ? (
          <Button variant="secondary" onClick={() => router.back()}>
            {common.cancel}
          </Button>
        ) : null}
      </div>
    </>
  );
}
