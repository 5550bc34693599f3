"use client";
import { Button } from "@/components/ui/Button";

/** Prints the page; the print style sheet hides forms and navigation (`no-print`). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
