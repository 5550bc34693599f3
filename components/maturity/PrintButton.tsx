"use client";
import { Button } from "@/components/ui/Button";

/** Opens the browser's print dialog (where "Save as PDF" is one of the printers). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
