import { withApi } from "@/lib/api/handler";
import { maturityModel } from "@/lib/maturity/model";

// MSB's published text: any signed-in user may read it.
export const GET = withApi({ handler: async () => maturityModel() });
