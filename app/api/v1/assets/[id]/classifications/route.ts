import { withApi } from "@/lib/api/handler";
import { listClassifications } from "@/lib/assets/history";

export const GET = withApi({ permission: "assets.read", handler: ({ principal, params }) => listClassifications(principal, params.id) });
