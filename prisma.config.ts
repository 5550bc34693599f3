import { defineConfig } from "prisma/config";

// The Prisma CLI is only used for `prisma generate` here: migrations run through the
// WebAssembly schema engine (scripts/db-migration.ts), which needs no downloaded binary.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
