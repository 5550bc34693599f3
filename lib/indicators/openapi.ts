import { defineRoute } from "../api/route";
import { indicatorQuerySchema, indicatorRecordsAnswerSchema, indicatorRecordsParamsSchema, indicatorRecordsQuerySchema, indicatorsAnswerSchema } from "./schema";

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
  records: defineRoute({
    method: "GET",
    path: "/api/v1/indicators/{key}/records",
    tag: "Mognad",
    summary: "De poster en indikator räknade (täljare eller nämnare), högst 500 med totalt antal",
    permission: "indicators.read",
    params: indicatorRecordsParamsSchema,
    query: indicatorRecordsQuerySchema,
    response: indicatorRecordsAnswerSchema,
  }),
};
