import { withApi } from "@/lib/api/handler";
import { revokeOwnToken } from "@/lib/tokens/service";

export const DELETE = withApi({ handler: ({ principal, params }) => revokeOwnToken(principal, params.id) });
