import type { Permission } from "../authz/permissions";
import { z } from "../validation/zod";
import type { ListResult } from "./list";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

type Schema = z.ZodType | undefined;

/**
 * One row of the route table: what a route enforces (permission, params, query, body) and what it
 * answers. The route file hands its row to `withApi`, and the OpenAPI document is built from the
 * same rows, so the document cannot describe anything the handler does not check.
 */
export interface RouteSpec<P extends Schema = Schema, Q extends Schema = Schema, B extends Schema = Schema, R extends Schema = Schema> {
  method: Method;
  /** As in the OpenAPI document: `/api/v1/assets/{id}`. */
  path: `/api/${string}`;
  /** The coarse check, made before the request is read; "public" only for routes open without sign-in. */
  permission: Permission | "public";
  tag: string;
  summary: string;
  /** The path's `{…}` parts; a value that does not parse is 404 (no such record). */
  params?: P;
  query?: Q;
  body?: B;
  /** The JSON answer on success. */
  response?: R;
  /** Status of a successful answer: 200 unless given (201 for creates, 204 for no content). */
  status?: number;
  /** Other success statuses with the same answer (200 when an idempotent create finds its record). */
  alsoStatus?: number;
  /** The answer is a file (CSV or Excel) rather than JSON. */
  file?: boolean;
  /** The body is `multipart/form-data` with the upload in the field `file`. */
  upload?: boolean;
  /** Further multipart fields of an upload (strings), described next to `file`. */
  uploadFields?: z.ZodObject;
  /** The media types a `file` answer may have, where not CSV or Excel. */
  fileTypes?: string[];
}

/** A row exactly as written (its schemas and permission), so `withApi` types the handler from it. */
export const defineRoute = <const S extends RouteSpec>(spec: S): S => spec;

/** "GET /api/v1/assets/{id}": how a route is named in tests and messages. */
export const routeKey = (spec: Pick<RouteSpec, "method" | "path">) => `${spec.method} ${spec.path}`;

/** `{id}` of a record: every id is a UUID, so anything else names no record. */
export const idParams = z.object({ id: z.uuid() });

/** `{ items, total, page, pageSize }` of every list endpoint. */
export function pagedSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) satisfies z.ZodType<ListResult<z.output<Item>>>;
}

/** `{ items }` of the short lists that are not paged (options, categories, own tokens). */
export const itemsSchema = <Item extends z.ZodType>(item: Item) => z.object({ items: z.array(item) });

/** ISO 8601 timestamp and calendar day as the API writes them. */
export const isoDateTime = () => z.iso.datetime();
export const isoDate = () => z.iso.date();

const bound = new WeakMap<object, RouteSpec>();

/** Remembers which row a route handler was made from, so a test can hold the table to the routes. */
export function bindRoute<Handler extends object>(handler: Handler, spec: RouteSpec): Handler {
  bound.set(handler, spec);
  return handler;
}

/** The row (with its handler) a route file's export was made from; undefined for a hand-made handler. */
export const routeOf = (handler: unknown): RouteSpec | undefined => (typeof handler === "function" ? bound.get(handler) : undefined);
