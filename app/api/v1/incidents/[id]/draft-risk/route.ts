import { withApi } from "@/lib/api/handler";
import { draftRiskFromIncident } from "@/lib/incidents/draft-risk";

export const POST = withApi({ status: 201, handler: ({ principal, params }) => draftRiskFromIncident(principal, params.id) });
