/**
 * Demo cases in every state: for a few regions, every service in force and
 * every channel its version allows, cases registered over the past weeks and
 * driven by the autopilot to different points — just registered, mid-way,
 * overdue, with a hearing scheduled or held, issued, refused, not accepted.
 * Synthetic people only (the demo population). Idempotent: skipped when demo
 * cases exist.
 */
import { formatLocal, parseLocalDateTime } from "../calendar/index.ts";
import { resolveVersion } from "../catalog/lookup.ts";
import type { Procedure, RegulationVersion } from "../catalog/schema.ts";
import { caSealKeys, type DocumentsDeps, documentIssuer } from "../documents/index.ts";
import { type EngineDeps, PASSING_AUTOMATION, requiredDocuments, scanOverdue } from "../engine/index.ts";
import { listDistricts, providersForService } from "../org/index.ts";
import type { CertificationAuthority } from "../pki/index.ts";
import type { Trust } from "../portal/trust.ts";
import { registryAfterClose } from "../registries/engine-link.ts";
import { type Client, runToEnd, type Who } from "./autopilot.ts";
import { engineClient } from "./engine-client.ts";
import { caStaffKeys, type StaffKeys } from "./staff-keys.ts";

export const DEMO_REGIONS = ["kyzylorda", "astana", "almaty", "abai"] as const;

type Scenario =
  | "registered"
  | "mid"
  | "overdue"
  | "hearing_scheduled"
  | "hearing_held"
  | "issued"
  | "refused"
  | "not_accepted";
const SCENARIOS: Scenario[] = [
  "issued",
  "mid",
  "refused",
  "registered",
  "overdue",
  "hearing_scheduled",
  "not_accepted",
  "hearing_held",
];
/** Working days before now at which each scenario's case was filed. */
const FILED_DAYS_AGO: Record<Scenario, number> = {
  registered: 0,
  mid: 2,
  overdue: 30,
  hearing_scheduled: 3,
  hearing_held: 4,
  issued: 20,
  refused: 20,
  not_accepted: 1,
};

export interface DemoCaseReport {
  created: number;
  byStatus: Record<string, number>;
}

export type DemoDeps = Omit<EngineDeps, "now" | "automation">;

/** The demo's results are signed as in production: heads' keys and the providers' seals from this CA. */
export interface DemoSigning {
  ca: CertificationAuthority;
  trust: Trust;
  /** The heads' keys (shared with whoever writes them out as key files). */
  keys?: StaffKeys;
  publicUrl?: string;
}

function inForce(deps: DemoDeps, code: string, region: string, day: string): RegulationVersion | null {
  try {
    return resolveVersion(deps.catalog, code, region, day);
  } catch {
    return null;
  }
}

export async function seedDemoCases(
  deps: DemoDeps,
  now: Date,
  signing: DemoSigning,
  regions: readonly string[] = DEMO_REGIONS,
): Promise<DemoCaseReport> {
  const report: DemoCaseReport = { created: 0, byStatus: {} };
  const existing = await deps.db
    .selectFrom("cases")
    .select("id")
    .where("idempotency_key", "like", "demo-%")
    .limit(1)
    .execute();
  if (existing.length > 0) return report;
  const clock = { now: now.getTime() };
  const documents: DocumentsDeps = {
    db: deps.db,
    catalog: deps.catalog,
    now: () => new Date(clock.now),
    trust: signing.trust,
    seals: caSealKeys(signing.ca),
    publicUrl: signing.publicUrl ?? process.env.QYZMET_PUBLIC_URL ?? "http://127.0.0.1:8080",
  };
  const engine: EngineDeps = {
    ...deps,
    now: () => new Date(clock.now),
    automation: PASSING_AUTOMATION,
    issuer: documentIssuer(documents),
    afterClose: [registryAfterClose],
  };
  const keys = signing.keys ?? caStaffKeys(signing.ca);
  const client: Client = engineClient(engine, clock, { documents, keys });
  const today = formatLocal(now.getTime()).slice(0, 10);
  let n = 0;
  for (const region of regions) {
    const district = (await listDistricts(deps.db, region))[0];
    if (!district) continue;
    const people = await deps.db
      .selectFrom("citizens")
      .selectAll()
      .where("region_code", "=", region)
      .where("birth_date", "<", "2005-01-01")
      .orderBy("iin")
      .limit(200)
      .execute();
    const children = await deps.db
      .selectFrom("citizens")
      .selectAll()
      .where("region_code", "=", region)
      .where("birth_date", ">", "2010-01-01")
      .orderBy("iin")
      .limit(200)
      .execute();
    const branch = `${district.id.toUpperCase()}-SC`;
    for (const service of deps.catalog) {
      const version = inForce(deps, service.code, region, today);
      if (!version) continue;
      const [provider] = await providersForService(deps.db, {
        regionCode: region,
        districtId: district.id,
        kinds: [...version.standard.provider.kinds],
      });
      if (!provider) continue;
      for (const procedure of version.procedures) {
        const scenario = SCENARIOS[n % SCENARIOS.length] as Scenario;
        const person = people[n % Math.max(people.length, 1)];
        const child = children[n % Math.max(children.length, 1)];
        n++;
        if (!person) continue;
        if (scenario === "not_accepted" && procedure.channel === "portal") continue;
        const who = intakeWho(procedure, provider.id, district.id.toUpperCase(), branch);
        clock.now = filedAt(deps, now, FILED_DAYS_AGO[scenario]);
        const documents =
          scenario === "not_accepted"
            ? []
            : requiredDocuments(version, procedure.channel, procedure.variant ?? null).map((d) => ({
                id: d.id,
              }));
        let c = await client.submit(who, {
          idempotencyKey: `demo-${region}-${service.code}-${procedure.id}`,
          serviceCode: service.code,
          channel: procedure.channel,
          ...(procedure.variant ? { variant: procedure.variant } : {}),
          regionCode: region,
          districtId: district.id,
          providerId: provider.id,
          applicant: {
            iin: person.iin,
            surname: person.surname,
            givenName: person.given_name,
            ...(person.patronymic ? { patronymic: person.patronymic } : {}),
            ...(person.phone ? { phone: person.phone.replace(/[^\d+]/g, "") } : {}),
            address: person.address,
          },
          children:
            service.sphere === "family_children" && child
              ? [
                  {
                    iin: child.iin,
                    fullName: `${child.surname} ${child.given_name}`,
                    birthDate: child.birth_date,
                  },
                ]
              : [],
          documents,
        });
        const grounds = version.standard.refusalGrounds
          .filter((g) => g.variant === undefined || g.variant === procedure.variant)
          .slice(0, 1)
          .map((g) => g.n);
        const base = { client, cal: deps.calendar, procedure, caseId: c.id, stepMs: 2 * 3_600_000 };
        if (c.openTask) {
          if (scenario === "issued") c = await runToEnd(base);
          else if (scenario === "refused") c = await runToEnd({ ...base, refuse: { grounds } });
          else if (scenario === "mid") c = await runToEnd({ ...base, maxActions: 2 });
          else if (scenario === "overdue") c = await runToEnd({ ...base, maxActions: 1 });
          else if (scenario === "hearing_scheduled" || scenario === "hearing_held")
            c = await runToEnd({ ...base, refuse: { grounds }, stopAtStatus: scenario });
        }
        report.created++;
        report.byStatus[c.status] = (report.byStatus[c.status] ?? 0) + 1;
      }
    }
  }
  clock.now = now.getTime();
  await scanOverdue(engine, 10_000);
  return report;
}

/** 10:00 on the working day `days` working days before `now` (today if 0 and now is a working day). */
function filedAt(deps: DemoDeps, now: Date, days: number): number {
  let day = formatLocal(now.getTime()).slice(0, 10);
  let left = days;
  for (let guard = 0; guard < 400; guard++) {
    const isWorking = deps.calendar.isWorkingDay(day, "provider");
    if (isWorking && left === 0) break;
    if (isWorking) left--;
    const t = parseLocalDateTime(`${day}T12:00`) - 86_400_000;
    day = formatLocal(t).slice(0, 10);
  }
  const filed = parseLocalDateTime(`${day}T10:00`);
  return Math.min(filed, now.getTime());
}

function intakeWho(p: Procedure, providerId: string, districtPrefix: string, branch: string): Who | "portal" {
  switch (p.channel) {
    case "portal":
      return "portal";
    case "state_corporation":
      return { orgId: branch, role: "state_corporation_operator" };
    case "akim_office":
      return { orgId: `${districtPrefix}-AKIM`, role: "akim_specialist" };
    case "educational_organisation":
      return { orgId: `${districtPrefix}-SCH`, role: "office_clerk" };
    default:
      return { orgId: providerId, role: "office_clerk" };
  }
}
