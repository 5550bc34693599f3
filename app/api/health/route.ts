import { NextResponse } from "next/server";
import { databaseUp } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await databaseUp();
  return NextResponse.json({ status: up ? "ok" : "unavailable", db: up ? "up" : "down" }, { status: up ? 200 : 503 });
}
