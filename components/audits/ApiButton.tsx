"use client";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/form/fields";
import { Button } from "@/components/ui/Button";
import { apiFetch } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-submit";

interface Props {
  label: string;
  /** POSTed to; the page reloads its data afterwards. */
  path: string;
  body: Record<string, unknown>;
  variant?: "primary" | "secondary" | "danger";
}

/** One step of a flow (approve, move status, accept a plan): a button that posts and refreshes the page. */
export function ApiButton({ label, path, body, variant = "secondary" }: Props) {
  const router = useRouter();
  const { busy, message, run } = useApiAction({ conflict: true });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant={variant} disabled={busy} onClick={() => run(async () => { await apiFetch(path, { body }); router.refresh(); })}>
        {label}
      </Button>
      <FormMessage message={message} />
    </span>
  );
}
