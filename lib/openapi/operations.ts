import type { z } from "zod";

/** One documented endpoint; bodies and queries are the same zod schemas the handlers use. */
export interface ApiOperation {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  tag: string;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** 201 for creates, 204 for deletes, 200 otherwise. */
  status?: number;
}

/** The five operations of a plain register resource under /api/v1. */
export function crudOperations(
  resource: string,
  tag: string,
  schemas: { create?: z.ZodType; update?: z.ZodType; listQuery?: z.ZodType },
  noun: string,
): ApiOperation[] {
  const base = `/api/v1/${resource}`;
  const item = `${base}/{id}`;
  return [
    { method: "get", path: base, tag, summary: `Lista ${noun}`, query: schemas.listQuery },
    ...(schemas.create ? [{ method: "post" as const, path: base, tag, summary: `Skapa ${noun}`, body: schemas.create, status: 201 }] : []),
    { method: "get", path: item, tag, summary: `Hämta ${noun}` },
    ...(schemas.update ? [{ method: "patch" as const, path: item, tag, summary: `Ändra ${noun} (skicka version)`, body: schemas.update }] : []),
    { method: "delete", path: item, tag, summary: `Ta bort ${noun}`, status: 204 },
  ];
}
