"use client";
import { Button } from "@/components/ui/Button";

/** "Add row" and "remove row" buttons for the dialogue's lists; the remove button names its row. */
export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="secondary" onClick={onClick} className="justify-self-start">
      <span aria-hidden="true">+</span> {label}
    </Button>
  );
}

export function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="ghost" onClick={onClick} className="self-end">
      <span aria-hidden="true">✕</span>
      <span className="sr-only">{label}</span>
    </Button>
  );
}
