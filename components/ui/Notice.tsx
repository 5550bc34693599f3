import type { ReactNode } from "react";

/** A plain message box: "not built yet", "access denied", empty states. */
export function Notice({ title, children, tone = "info" }: { title: string; children?: ReactNode; tone?: "info" | "warning" | "error" }) {
  const colours = { info: "border-blue-200 bg-blue-50", warning: "border-yellow-300 bg-yellow-50", error: "border-red-300 bg-red-50" }[tone];
  return (
    <div className={`rounded-lg border p-4 ${colours}`} role={tone === "error" ? "alert" : undefined}>
      <h2 className="font-semibold text-gray-900">{title}</h2>
      {children ? <div className="mt-1 text-sm text-gray-800">{children}</div> : null}
    </div>
  );
}
