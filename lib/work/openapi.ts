import { defineRoute } from "../api/route";
import { z } from "../validation/zod";
import { calendarFeedViewSchema, myWorkSchema, preferencesSchema, preferencesUpdateSchema } from "./schema";

const tag = "Plattform";

// Every signed-in user has their own work, reminders and feed: "me.read" is granted to every role.
export const workRoutes = {
  myWork: defineRoute({ method: "GET", path: "/api/v1/me/work", tag, summary: "Mitt arbete: allt som är tilldelat mig, det som förfaller först överst", permission: "me.read", response: myWorkSchema }),
  preferences: defineRoute({ method: "GET", path: "/api/v1/me/notification-preferences", tag, summary: "Mina påminnelser per typ", permission: "me.read", response: preferencesSchema }),
  updatePreferences: defineRoute({
    method: "PUT",
    path: "/api/v1/me/notification-preferences",
    tag,
    summary: "Ändra mina påminnelser (direkt, daglig, veckovis eller av; rapporteringsskyldigheter kan inte stängas av för ciso och handläggare)",
    permission: "me.read",
    body: preferencesUpdateSchema,
    response: preferencesSchema,
  }),
  calendarFeed: defineRoute({ method: "GET", path: "/api/v1/me/calendar-feed", tag, summary: "Finns min kalenderprenumeration?", permission: "me.read", response: calendarFeedViewSchema }),
  rotateCalendarFeed: defineRoute({
    method: "POST",
    path: "/api/v1/me/calendar-feed",
    tag,
    summary: "Skapa eller byt min hemliga kalenderadress (.ics); adressen visas bara i svaret",
    permission: "me.read",
    response: calendarFeedViewSchema,
  }),
  revokeCalendarFeed: defineRoute({ method: "DELETE", path: "/api/v1/me/calendar-feed", tag, summary: "Återkalla min kalenderadress", permission: "me.read", status: 204 }),
  calendarIcs: defineRoute({
    method: "GET",
    path: "/api/calendar/{token}",
    tag,
    summary: "Min kalender som .ics (adressen från POST /api/v1/me/calendar-feed, med .ics på slutet); ingen inloggning, okänd eller återkallad adress ger 404",
    permission: "public",
    params: z.object({ token: z.string() }),
    file: true,
  }),
};
