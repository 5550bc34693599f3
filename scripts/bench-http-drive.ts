// The load of scripts/bench-http.ts: autocannon with a session cookie per connection, latencies
// taken per response (autocannon's own summary has no p95), and one streamed export watched from outside.
import autocannon from "autocannon";
import { percentile } from "./bench-support";
import type { BenchServer } from "./bench-http-server";

/** Latencies in ms; null when no answer came within the measuring time. */
export interface Drive {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  rps: number;
  /** Responses other than 2xx, and connection errors and timeouts. */
  errors: number;
}

/**
 * `connections` users ask for `paths` in turn, each waiting for its answer before the next, for
 * `seconds`. Connection n carries cookies[n % cookies.length], so every user stays one user.
 */
export async function drive(url: string, paths: string[], cookies: string[], connections: number, seconds: number): Promise<Drive> {
  let next = 0;
  const requests = paths.map((path) => ({
    method: "GET" as const,
    path,
    setupRequest: (request: autocannon.Request, context: object) => {
      const session = context as { cookie?: string };
      session.cookie ??= cookies[next++ % cookies.length];
      return { ...request, headers: { ...request.headers, cookie: session.cookie } };
    },
  }));
  const latencies: number[] = [];
  // The callback form returns the instance, whose "response" events carry each latency.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, requests, timeout: 30 }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: latencies.length ? percentile(latencies, 50) : null,
    p95: latencies.length ? percentile(latencies, 95) : null,
    p99: latencies.length ? percentile(latencies, 99) : null,
    rps: result.requests.total / seconds,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * One request per session before measuring, so a route's first load (its code, the database's
 * cache) is not what is timed; returns the statuses other than 200, for the report.
 */
export async function warmUp(url: string, path: string, cookies: string[]): Promise<number[]> {
  const refused: number[] = [];
  for (const cookie of cookies) {
    const response = await fetch(`${url}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) refused.push(response.status);
  }
  return refused;
}

export interface ExportRun {
  seconds: number;
  bytes: number;
  rows: number | null;
  beforeMb: number;
  peakMb: number;
  growthMb: number;
}

/** Downloads an export to nowhere, counting bytes (and CSV lines) while sampling the server's memory. */
export async function measureExport(server: BenchServer, cookie: string, path: string): Promise<ExportRun> {
  const beforeMb = server.rssMb();
  let peakMb = beforeMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, server.rssMb())), 100);
  const start = performance.now();
  try {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
    if (!response.ok || !response.body) throw new Error(`exporten svarade ${response.status}`);
    const csv = (response.headers.get("content-type") ?? "").startsWith("text/csv");
    let bytes = 0;
    let lines = 0;
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      const chunk = part.value;
      bytes += chunk.byteLength;
      if (csv) for (const byte of chunk) if (byte === 10) lines++;
    }
    const seconds = (performance.now() - start) / 1000;
    return { seconds, bytes, rows: csv ? lines - 1 : null, beforeMb, peakMb, growthMb: peakMb - beforeMb };
  } finally {
    clearInterval(sampler);
  }
}
