import { withApi } from "@/lib/api/handler";
import { workRoutes } from "@/lib/work/openapi";
import { myWork } from "@/lib/work/queries";

export const GET = withApi({ ...workRoutes.myWork, permission: "me.read", handler: async ({ principal }) => ({ items: await myWork(principal) }) });
