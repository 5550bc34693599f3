"use client";
import { Button } from "@/components/ui/Button";
import type { AttachmentMessages } from "@/lib/attachments/messages";
import type { AttachmentView } from "@/lib/attachments/schema";
import { formatDate, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";

/** "312 kB", "2,4 MB": sizes the way people read them (1 MB = 1024 kB, as file dialogs show). */
export function sizeText(bytes: number, locale: Locale): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

/** The files of a record: the name downloads the file; delete only for those who may change the record. */
export function FileRows({ items, t, locale, onRemove }: { items: AttachmentView[]; t: AttachmentMessages; locale: Locale; onRemove: ((file: AttachmentView) => void) | null }) {
  if (!items.length) return <p className="text-sm text-gray-800">{t.empty}</p>;
  return (
    <ul className="divide-y divide-gray-100" aria-label={t.title}>
      {items.map((file) => (
        <li key={file.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm">
          <a href={`/api/v1/attachments/${file.id}/content`} download={file.name} className="min-w-0 flex-1 break-words font-medium text-blue-800 underline" aria-label={t.downloadLabel(file.name)}>
            {file.name}
          </a>
          <span className="text-gray-800">{sizeText(file.size, locale)}</span>
          <span className="text-gray-800">{formatDate(file.createdAt)}</span>
          {onRemove ? (
            <Button variant="ghost" onClick={() => onRemove(file)} aria-label={t.removeLabel(file.name)}>
              {t.remove}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
