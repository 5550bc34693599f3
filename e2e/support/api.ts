import type { APIRequestContext } from "@playwright/test";

/** The loose shape of API answers, for assertions. */
export interface ApiJson {
  [key: string]: unknown;
  id?: string;
  version?: number;
  items?: ApiJson[];
  total?: number;
  error?: { code: string; message: string; fields?: Record<string, string[]> };
}

/** Calls the app over HTTP with a Bearer token (or none) and returns status and JSON body. */
export async function call<T = ApiJson>(request: APIRequestContext, token: string | null, method: string, path: string, data?: unknown): Promise<{ status: number; body: T }> {
  const response = await request.fetch(path, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(data === undefined ? {} : { data }),
  });
  const text = await response.text();
  return { status: response.status(), body: (text ? JSON.parse(text) : null) as T };
}
