import "server-only";
import type { z } from "zod";
import { withApi } from "../api/handler";
import type { settingsRows } from "./openapi";
import type { SettingsSection } from "./section";

/** GET and PUT /api/v1/settings/<section> (and the classification model): the same for every section. */
export function settingsRoutes<S extends z.ZodObject>(section: SettingsSection<S>, rows: ReturnType<typeof settingsRows<S>>) {
  return {
    GET: withApi({ ...rows.read, handler: ({ principal }) => section.read(principal) }),
    PUT: withApi({
      ...rows.write,
      handler: ({ principal, body }) => {
        const { version, ...value } = body;
        return section.write(principal, value as z.input<S>, version);
      },
    }),
  };
}
