import { withApi } from "@/lib/api/handler";
import { listClassifications } from "@/lib/assets/history";

export const GET = withApi({ handler: ({ principal, params }) => listClassifications(principal, params.id) });
