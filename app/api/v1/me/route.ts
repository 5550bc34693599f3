import { withApi } from "@/lib/api/handler";
import { me } from "@/lib/me/service";

export const GET = withApi({ handler: ({ principal }) => me(principal) });
