"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { AppError, type ErrorBody } from "../errors";

/** An error answer from /api/v1 in the DESIGN §5 format: the server's AppError, rebuilt in the browser. */
export class ApiError extends AppError {}

/** JSON call to the app's own API with the session cookie; throws ApiError on a non-2xx answer. */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!response.ok) {
    const error = data?.error;
    throw new ApiError(response.status, error?.code ?? "error", error?.message ?? response.statusText, error?.fields, error?.params);
  }
  return data as T;
}

/** Sends one file as the multipart part `file` (an import) and answers the status and the parsed JSON, error or not. */
export async function uploadFile<T>(path: string, file: File): Promise<{ ok: boolean; body: (T & Partial<ErrorBody>) | null }> {
  const data = new FormData();
  data.set("file", file);
  const response = await fetch(path, { method: "POST", body: data });
  return { ok: response.ok, body: (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null };
}

/** Saves a record: POST to the collection when new, PATCH …/{id} when editing (the body carries `version`). */
export function apiSave<T>(collection: string, id: string | undefined, body: unknown): Promise<T> {
  return id ? apiFetch<T>(`${collection}/${id}`, { method: "PATCH", body }) : apiFetch<T>(collection, { body });
}

/** Puts the server's field errors on the form's fields; returns the message for the rest. */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fallback: string): string {
  if (!(error instanceof ApiError)) return fallback;
  for (const [field, messages] of Object.entries(error.fields ?? {})) {
    setError(field as Path<T>, { type: "server", message: messages.join(" ") });
  }
  return error.message;
}
