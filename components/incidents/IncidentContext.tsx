"use client";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { apiFetch } from "@/lib/client/api";
import type { IncidentView } from "@/lib/incidents/schema";

interface Context {
  id: string;
  /**
   * PATCH (or a POST with `versioned`) with the incident's current version, or a POST as it is;
   * the new version is kept and the page refreshed.
   */
  send: (path: string, body: Record<string, unknown>, method?: "PATCH" | "POST", versioned?: boolean) => Promise<unknown>;
  setVersion: (version: number) => void;
}

const IncidentContext = createContext<Context | null>(null);

/**
 * The handling forms of one incident share its version: each save answers with the next one, so a
 * second form saved right after the first does not send a stale version (409).
 */
export function IncidentProvider({ id, version, children }: { id: string; version: number; children: ReactNode }) {
  const router = useRouter();
  const [current, setCurrent] = useState(version);
  useEffect(() => setCurrent((known) => Math.max(known, version)), [version]);
  const setVersion = useCallback((next: number) => setCurrent((known) => Math.max(known, next)), []);
  const send = useCallback(
    async (path: string, body: Record<string, unknown>, method: "PATCH" | "POST" = "PATCH", versioned = method === "PATCH") => {
      const result = await apiFetch<IncidentView | { incident: IncidentView }>(path, { method, body: versioned ? { ...body, version: current } : body });
      const incident = "incident" in result ? result.incident : result;
      if (incident?.version) setVersion(incident.version);
      router.refresh();
      return result;
    },
    [current, router, setVersion],
  );
  return <IncidentContext.Provider value={{ id, send, setVersion }}>{children}</IncidentContext.Provider>;
}

export function useIncident(): Context {
  const context = useContext(IncidentContext);
  if (!context) throw new Error("useIncident outside IncidentProvider");
  return context;
}
