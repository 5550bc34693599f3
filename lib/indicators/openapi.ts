import { defineRoute } from "../api/route";
import { indicatorQuerySchema, indicatorsAnswerSchema } from "./schema";

export const indicatorRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/indicators",
    tag: "Mognad",
    summary: "Indikatorer beräknade ur registren",
    permission: "indicators.read",
    query: indicatorQuerySchema,
    response: indicatorsAnswerSchema,
  }),
};
