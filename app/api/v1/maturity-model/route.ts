import { withApi } from "@/lib/api/handler";
import { maturityModel } from "@/lib/maturity/model";

// MSB's published text, open to every signed-in user.
export const GET = withApi({ handler: async () => maturityModel() });
