import { defineRoute } from "../api/route";
import { z } from "../validation/zod";

const tag = "Plattform";

/** Routes outside the registers: open without sign-in. */
export const platformRoutes = {
  health: defineRoute({
    method: "GET",
    path: "/api/health",
    tag,
    summary: "Hälsa: appen och databasen (503 med db: down när databasen inte svarar)",
    permission: "public",
    response: z.object({ status: z.enum(["ok", "unavailable"]), db: z.enum(["up", "down"]) }),
  }),
  openapi: defineRoute({
    method: "GET",
    path: "/api/v1/openapi.json",
    tag,
    summary: "Detta dokument (OpenAPI 3.1), byggt ur routetabellen",
    permission: "public",
    response: z.object({ openapi: z.literal("3.1.0") }).loose(),
  }),
};
