/** Server log lines as JSON, one per line, so a log collector can parse them. */
function write(level: "info" | "warn" | "error", message: string, detail?: unknown) {
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), message };
  if (detail instanceof Error) entry.error = { name: detail.name, message: detail.message, stack: detail.stack };
  else if (detail !== undefined) entry.detail = detail;
  (level === "error" ? process.stderr : process.stdout).write(`${JSON.stringify(entry)}\n`);
}

export const logger = {
  info: (message: string, detail?: unknown) => write("info", message, detail),
  warn: (message: string, detail?: unknown) => write("warn", message, detail),
  error: (message: string, detail?: unknown) => write("error", message, detail),
};
