// The production server of scripts/bench-http.ts: built when needed, started on the bench database,
// its memory read from /proc, and signed-in sessions taken the way a browser takes them.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";

export interface BenchServer {
  url: string;
  pid: number;
  /** Resident memory now, in MB. */
  rssMb(): number;
  /** The highest resident memory since the process started, in MB (VmHWM). */
  peakMb(): number;
  /** Resolves once the server has used under 5 % of a core for half a second. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const NEXT_BIN = "node_modules/next/dist/bin/next";

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number {
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match ? Number(match[1]) / 1024 : 0;
}

/** CPU time used by a process so far, in clock ticks (utime + stime of /proc/<pid>/stat). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * autocannon stops at the end of its time, but requests it gave up on still run in the server: the
 * next measurement waits until they are done, so it times only its own requests.
 */
async function waitForIdle(pid: number): Promise<void> {
  const TICKS_PER_HALF_SECOND = 50; // USER_HZ is 100 on Linux
  for (let i = 0; i < 240; i++) {
    const before = cpuTicks(pid);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (cpuTicks(pid) - before < 0.05 * TICKS_PER_HALF_SECOND) return;
  }
}

export function ensureBuild(log: (line: string) => void): void {
  if (existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`)) return;
  log("ingen produktionsbyggnad: kör next build");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build misslyckades");
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`servern avslutades med kod ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("servern svarade inte på /api/health inom två minuter");
}

/** scripts/serve.ts as `npm start` runs it, on `databaseUrl`, without the job runner (web only). */
export async function startServer(databaseUrl: string, port: number): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to look inside the server.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      NEXTAUTH_URL: url,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await waitForHealth(url, child);
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb: () => statusField(pid, "VmRSS"),
    peakMb: () => statusField(pid, "VmHWM"),
    idle: () => waitForIdle(pid),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** A session cookie for one user, through next-auth's credentials sign-in (CSRF token first). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/`, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`inloggningen misslyckades för ${email} (${response.status})`);
  return session;
}
