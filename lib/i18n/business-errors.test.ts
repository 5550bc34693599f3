import { describe, expect, it } from "vitest";
import { POST as closeRoute } from "@/app/api/v1/incidents/[id]/close/route";
import { PATCH as patchRoute } from "@/app/api/v1/incidents/[id]/route";
import { POST as reportRoute } from "@/app/api/v1/incidents/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/incidents/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { apiErrorText, errorText } from "./errors";

const HOUR = 3_600_000;

/** A severity-3 incident in an organisation under the cybersäkerhetslag: three NIS2 obligations open. */
async function seriousIncident() {
  const roles = await createOrgWithRoles();
  const [admin, ciso] = await Promise.all([tokenFor(roles.admin), tokenFor(roles.ciso)]);
  const settings = await callRoute(getSettings, admin, { path: "/api/v1/settings/incidents" });
  await callRoute(putSettings, admin, { method: "PUT", path: "/api/v1/settings/incidents", body: { nis2Covered: true, version: settings.json.version } });
  const detectedAt = new Date(Date.now() - 2 * HOUR);
  const filed = await callRoute(reportRoute, roles.reporter, {
    path: "/api/v1/incidents",
    body: { title: "Nätfiske", description: "Ett mejl bad om inloggning.", occurredAt: new Date(detectedAt.getTime() - HOUR).toISOString(), detectedAt: detectedAt.toISOString(), personalData: "no" },
  });
  const id: string = filed.json.id;
  const triaged = await callRoute(patchRoute, ciso, { method: "PATCH", params: { id }, body: { severity: 3, status: "triaged", version: 1 } });
  expect(triaged.status).toBe(200);
  return { ciso, id, version: triaged.json.version as number };
}

describe("business errors answer a stable code with params, worded by the UI", () => {
  it("obligations_open names the open kinds as keys, and the English UI words them in English", async () => {
    const { ciso, id, version } = await seriousIncident();
    const refused = await callRoute(closeRoute, ciso, {
      path: `/api/v1/incidents/${id}/close`,
      params: { id },
      body: { rootCause: "Bara lösenord.", obligations: [{ kind: "nis2_early_warning", reportedAt: new Date().toISOString() }], version },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: "obligations_open", params: { kinds: ["nis2_notification", "nis2_final_report"] } });
    const english = apiErrorText(refused.json.error, "en");
    expect(english).toContain("Incident notification to CERT-SE (72 h)");
    expect(english).not.toMatch(/[åäö]/);
    expect(apiErrorText(refused.json.error, "sv")).toContain("Incidentanmälan till CERT-SE (72 h)");
  });

  it("a refused status move answers status_move with from, to and the allowed statuses", async () => {
    const { ciso, id, version } = await seriousIncident();
    const refused = await callRoute(patchRoute, ciso, { method: "PATCH", params: { id }, body: { status: "closed", version } });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: "status_move", params: { from: "triaged", to: "closed", allowed: ["investigating"] } });
    expect(errorText(refused.json.error.code, refused.json.error.params, "en")).toBe("The status cannot change from Triaged to Closed. Allowed: Investigating.");
  });
});
