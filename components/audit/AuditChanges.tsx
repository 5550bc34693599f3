import Link from "next/link";
import { auditMessages, type AuditMessages } from "@/lib/audit/messages";
import type { AuditChangeView, AuditValueView } from "@/lib/audit/schema";
import { getMessages } from "@/lib/i18n/server";

function AuditValue({ value, t }: { value: AuditValueView; t: AuditMessages }) {
  const text = value.href ? (
    <Link href={value.href} className="text-blue-800 underline">
      {value.text}
    </Link>
  ) : (
    value.text
  );
  if (!value.short) return <span>{text}</span>;
  // Native disclosure: works without JavaScript and is announced as expandable.
  return (
    <details className="group inline">
      <summary className="inline cursor-pointer">
        <span className="group-open:hidden">{value.short} </span>
        <span className="text-blue-800 underline">
          <span className="group-open:hidden">{t.showMore}</span>
          <span className="hidden group-open:inline">{t.showLess}</span>
        </span>
      </summary>
      <span className="block whitespace-pre-wrap break-words">{value.text}</span>
    </details>
  );
}

/** Each changed field as "Label: before → after" ("Label: value" when the record was created or deleted), in the reader's language. */
export async function AuditChanges({ changes }: { changes: AuditChangeView[] }) {
  const t = await getMessages(auditMessages);
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm" aria-label={t.changes}>
      {changes.map((change) => (
        <li key={change.field} data-audit-field={change.field}>
          <span className="font-medium">{change.label}:</span>{" "}
          {change.before && change.after ? (
            <>
              <AuditValue value={change.before} t={t} /> <span aria-hidden="true">{t.arrow}</span>
              <span className="sr-only">{t.became}</span> <AuditValue value={change.after} t={t} />
            </>
          ) : (
            <AuditValue value={(change.after ?? change.before)!} t={t} />
          )}
        </li>
      ))}
    </ul>
  );
}
