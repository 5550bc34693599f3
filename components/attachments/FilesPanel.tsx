"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { FormMessage } from "@/components/form/fields";
import { attachmentMessages, type AttachmentMessages } from "@/lib/attachments/messages";
import { DEFAULT_MAX_ATTACHMENT_BYTES, type AttachmentList, type AttachmentView } from "@/lib/attachments/schema";
import { apiFetch, ApiError } from "@/lib/client/api";
import type { FormNote } from "@/lib/client/use-api-submit";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { apiErrorText, errorText } from "@/lib/i18n/errors";
import { FileRows } from "./FileRows";
import { DropZone } from "./DropZone";
import { uploadFile } from "./upload";

export type { AttachmentMessages };

export interface FilesPanelProps {
  /** The record type as the API names it: `asset`, `risk_analysis`, `incident`, `supplier`… */
  entity: string;
  entityId: string;
  /** May the user add and delete files (the record type's write permission on this record)? */
  canWrite: boolean;
  /** The list loaded on the server (lib/attachments/page-data.ts); fetched here when left out. */
  initialItems?: AttachmentView[];
  /** The server's per-file limit, for the hint. */
  maxBytes?: number;
}

interface Progress {
  key: string;
  name: string;
  percent: number;
}

/** A record's evidence files: the list with download and delete, and a drop zone with progress per file. */
export function FilesPanel({ entity, entityId, canWrite, initialItems, maxBytes = DEFAULT_MAX_ATTACHMENT_BYTES }: FilesPanelProps) {
  const t = useMessages(attachmentMessages);
  const locale = useLocale();
  const router = useRouter();
  const [items, setItems] = useState<AttachmentView[]>(initialItems ?? []);
  const [uploads, setUploads] = useState<Progress[]>([]);
  const [notes, setNotes] = useState<FormNote[]>([]);
  const headingId = useId();
  const maxMb = Math.floor(maxBytes / (1024 * 1024));

  useEffect(() => {
    if (initialItems) return;
    apiFetch<AttachmentList>(`/api/v1/attachments?entity=${encodeURIComponent(entity)}&entityId=${encodeURIComponent(entityId)}`).then((list) => setItems(list.items), () => undefined);
  }, [entity, entityId, initialItems]);

  const upload = async (files: File[]) => {
    setNotes([]);
    const results = await Promise.all(
      files.map(async (file, index) => {
        // Said at once rather than after sending megabytes the server will refuse.
        if (file.size > maxBytes) return { text: t.failed(file.name, errorText("attachment_too_large", { name: file.name, maxMb }, locale) ?? ""), tone: "error" } as const;
        const key = `${Date.now()}-${index}-${file.name}`;
        setUploads((current) => [...current, { key, name: file.name, percent: 0 }]);
        const result = await uploadFile(entity, entityId, file, (percent) => setUploads((current) => current.map((u) => (u.key === key ? { ...u, percent } : u))));
        setUploads((current) => current.filter((u) => u.key !== key));
        if (result.ok) {
          setItems((current) => [...result.list.items, ...current]);
          return { text: t.uploaded(file.name), tone: "success" } as const;
        }
        const reason = result.error ? apiErrorText(result.error, locale) : t.networkError;
        return { text: t.failed(file.name, reason), tone: "error" } as const;
      }),
    );
    setNotes(results);
    router.refresh();
  };

  const remove = async (file: AttachmentView) => {
    if (!window.confirm(t.confirmRemove(file.name))) return;
    try {
      await apiFetch(`/api/v1/attachments/${file.id}`, { method: "DELETE" });
      setItems((current) => current.filter((item) => item.id !== file.id));
      setNotes([{ text: t.removed(file.name), tone: "success" }]);
      router.refresh();
    } catch (error) {
      setNotes([{ text: error instanceof ApiError ? apiErrorText(error, locale) : t.networkError, tone: "error" }]);
    }
  };

  return (
    // A Card's look, as a region named by its heading so it can be found by name.
    <section aria-labelledby={headingId} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-gray-900">
        {t.title}
      </h2>
      <p className="mb-3 text-sm text-gray-800">{t.intro}</p>
      <FileRows items={items} t={t} locale={locale} onRemove={canWrite ? remove : null} />
      {canWrite ? (
        <div className="no-print mt-4 grid gap-2">
          <DropZone t={t} maxMb={maxMb} onFiles={upload} />
          {uploads.length ? (
            <ul className="grid gap-1">
              {uploads.map((u) => (
                <li key={u.key} className="grid gap-1 text-sm text-gray-900">
                  <span>{t.uploading(u.name, u.percent)}</span>
                  <progress className="w-full" max={100} value={u.percent} aria-label={t.progressLabel(u.name)} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="mt-2 grid gap-1" aria-live="polite">
        {notes.map((note, index) => (
          <FormMessage key={index} message={note} />
        ))}
      </div>
    </section>
  );
}
