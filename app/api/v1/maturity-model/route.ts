import { withApi } from "@/lib/api/handler";
import { maturityModel } from "@/lib/maturity/model";
import { maturityRoutes } from "@/lib/maturity/openapi";

// MSB's published text, open to every signed-in user.
export const GET = withApi({ ...maturityRoutes.model, permission: "maturity-model.read", handler: async () => maturityModel() });
