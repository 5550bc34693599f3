import { withApi } from "@/lib/api/handler";
import { mailRoutes } from "@/lib/mail/openapi";
import { listMailLog } from "@/lib/mail/queries";

export const GET = withApi({ ...mailRoutes.log, permission: "mail-log.read", handler: ({ principal, query }) => listMailLog(principal, query) });
