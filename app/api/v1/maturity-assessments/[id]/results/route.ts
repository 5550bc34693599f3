import { withApi } from "@/lib/api/handler";
import { assessmentResults } from "@/lib/maturity/results-queries";

export const GET = withApi({ handler: ({ principal, params }) => assessmentResults(principal, params.id) });
