import { withApi } from "@/lib/api/handler";
import { incidentCategories } from "@/lib/incidents/settings";

export const GET = withApi({ handler: ({ principal }) => incidentCategories(principal) });
