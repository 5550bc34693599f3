"use client";
import type { ErrorBody } from "@/lib/errors";
import type { AttachmentList } from "@/lib/attachments/schema";

export type UploadResult = { ok: true; list: AttachmentList } | { ok: false; error: ErrorBody["error"] | null };

/**
 * Sends one file to POST /api/v1/attachments with XMLHttpRequest, which (unlike fetch) reports
 * upload progress; `onProgress` gets 0–100.
 */
export function uploadFile(entity: string, entityId: string, file: File, onProgress: (percent: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.set("entity", entity);
    body.set("entityId", entityId);
    body.append("file", file, file.name);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/v1/attachments");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const data = request.response as (AttachmentList & Partial<ErrorBody>) | null;
      if (request.status === 201 && data) resolve({ ok: true, list: data });
      else resolve({ ok: false, error: data?.error ?? null });
    };
    request.onerror = () => resolve({ ok: false, error: null });
    request.send(body);
  });
}
