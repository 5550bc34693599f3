import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { METHODS, routeKey, routeOf, type RouteSpec } from "../api/route";
import { openApiDocument } from "./document";
import { ROUTES } from "./routes";

const root = path.resolve("app/api/v1");

/** Every route file under app/api/v1 with the methods it exports, as "METHOD /api/v1/path/{param}". */
async function exportedRoutes(): Promise<{ key: string; handler: unknown }[]> {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  const found: { key: string; handler: unknown }[] = [];
  for (const file of files) {
    const routePath = `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/\.$/, "");
    const module = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const method of METHODS) if (method in module) found.push({ key: `${method} ${routePath}`, handler: module[method] });
  }
  return found;
}

const exported = await exportedRoutes();
const rows = new Map(ROUTES.map((row) => [routeKey(row), row]));
const paths = openApiDocument().paths as Record<string, Record<string, object>>;

describe("the route table and app/api/v1", () => {
  it("finds the route files (the walk itself works)", () => {
    expect(exported.map((route) => route.key)).toEqual(expect.arrayContaining(["GET /api/v1/assets", "PATCH /api/v1/risks/{id}", "GET /api/v1/openapi.json"]));
  });

  it("documents every route file and method", () => {
    const undocumented = exported.filter(({ key }) => {
      const [method, routePath] = key.split(" ");
      return !paths[routePath]?.[method.toLowerCase()];
    });
    expect(undocumented.map((route) => route.key)).toEqual([]);
  });

  it("builds every exported handler from its own row, so the document states what the handler checks", () => {
    const wrong: string[] = [];
    for (const { key, handler } of exported) {
      const row = rows.get(key);
      const bound = routeOf(handler);
      if (!row || !bound) {
        wrong.push(`${key}: ${row ? "not made with withApi from a row" : "no row"}`);
        continue;
      }
      const differing = (Object.keys(row) as (keyof RouteSpec)[]).filter((field) => bound[field] !== row[field]);
      if (differing.length > 0) wrong.push(`${key}: ${differing.join(", ")} differ from the row`);
    }
    expect(wrong).toEqual([]);
  });

  it("has a route file for every /api/v1 row, and each row once", () => {
    const files = new Set(exported.map((route) => route.key));
    expect(ROUTES.filter((row) => row.path.startsWith("/api/v1/") && !files.has(routeKey(row))).map(routeKey)).toEqual([]);
    expect(rows.size).toBe(ROUTES.length);
  });

  it("states a permission on every row, and a params schema naming exactly the {…} of its path", () => {
    const names = (row: RouteSpec) => [...row.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
    const declared = (row: RouteSpec) => Object.keys((row.params as { shape?: object } | undefined)?.shape ?? {}).sort();
    const wrong = ROUTES.filter((row) => !row.permission || JSON.stringify(names(row)) !== JSON.stringify(declared(row))).map(routeKey);
    expect(wrong).toEqual([]);
  });

  it("describes the answer of every row: a response schema, a file, or no content", () => {
    const undescribed = ROUTES.filter((row) => !row.response && !row.file && row.status !== 204).map(routeKey);
    expect(undescribed).toEqual([]);
  });
});
