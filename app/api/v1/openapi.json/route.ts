import { NextResponse } from "next/server";
import { bindRoute } from "@/lib/api/route";
import { openApiDocument } from "@/lib/openapi/document";
import { platformRoutes } from "@/lib/openapi/platform";

// No permission: the API description is public, like the health check.
export const GET = bindRoute(() => NextResponse.json(openApiDocument()), platformRoutes.openapi);
