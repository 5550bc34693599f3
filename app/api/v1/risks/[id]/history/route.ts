import { withApi } from "@/lib/api/handler";
import { riskHistory } from "@/lib/risks/queries";

export const GET = withApi({ handler: ({ principal, params }) => riskHistory(principal, params.id) });
