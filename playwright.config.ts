import { defineConfig, devices } from "@playwright/test";
import { E2E_ENV, E2E_BASE_URL, E2E_EXTERNAL_URL, E2E_PORT } from "./e2e/support/env";

// A real browser (Debian's Chromium) against the production build on a fresh embedded database.
export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // With E2E_EXTERNAL_URL the servers are already running (scripts/e2e-two-instances.sh), so none is started.
  webServer: E2E_EXTERNAL_URL ? undefined : {
    command: `rm -rf ${E2E_ENV.ISMS_DATA_DIR} && node --experimental-wasm-modules --no-warnings=ExperimentalWarning --conditions=react-server --import tsx scripts/start.ts`,
    url: `${E2E_BASE_URL}/api/health`,
    env: { ...E2E_ENV, PORT: String(E2E_PORT) },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
