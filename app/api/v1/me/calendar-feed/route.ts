import { withApi } from "@/lib/api/handler";
import { calendarFeedStatus, revokeCalendarFeed, rotateCalendarFeed } from "@/lib/work/calendar";
import { workRoutes } from "@/lib/work/openapi";

export const GET = withApi({ ...workRoutes.calendarFeed, permission: "me.read", handler: ({ principal }) => calendarFeedStatus(principal) });
export const POST = withApi({ ...workRoutes.rotateCalendarFeed, permission: "me.read", handler: ({ principal }) => rotateCalendarFeed(principal) });
export const DELETE = withApi({ ...workRoutes.revokeCalendarFeed, permission: "me.read", handler: ({ principal }) => revokeCalendarFeed(principal) });
