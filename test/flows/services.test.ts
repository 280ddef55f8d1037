/**
 * Every one of the 26 services, from intake to result on every channel its
 * current regulation version allows, and to a reasoned refusal after a
 * hearing — task due times checked against the calendar at every step.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseLocalDateTime } from "../../src/calendar/index.ts";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { latestVersion } from "../../src/catalog/lookup.ts";
import type { Procedure, RegulationVersion, Service } from "../../src/catalog/schema.ts";
import { type CaseInfo, type Client, runToEnd, type Who } from "../../src/demo/autopilot.ts";
import { engineClient } from "../../src/demo/engine-client.ts";
import type { Automation } from "../../src/engine/index.ts";
import { isAutomatic } from "../../src/engine/procedure.ts";
import { engineFixture, type Fixture, fullPackage, testIin } from "../../src/engine/testing.ts";
import { verifyChains } from "../../src/history/index.ts";
import type { Store } from "../../src/store/index.ts";
import { openTestStore } from "../../src/store/testing.ts";

const catalog = loadCatalog();
const regionOf = (v: RegulationVersion) => v.issuer.region ?? "abai";
const START = "2026-03-02T10:00";
const DAY = 86_400_000;

/** A Monday, 10:00 local, on which the version is in force: 2 March 2026, or 6 weeks before its repeal. */
function startFor(v: RegulationVersion): number {
  if (v.effective.to === null) return parseLocalDateTime(START);
  let t = Math.max(
    Date.parse(`${v.effective.to}T10:00:00+06:00`) - 42 * DAY,
    Date.parse(`${v.effective.from}T10:00:00+06:00`) + DAY,
  );
  while (new Date(t + 6 * 3_600_000).getUTCDay() !== 1) t += DAY;
  return parseLocalDateTime(new Date(t + 6 * 3_600_000).toISOString().slice(0, 10) + "T10:00");
}

function intakeWho(f: Fixture, p: Procedure): Who | "portal" {
  switch (p.channel) {
    case "portal":
      return "portal";
    case "state_corporation":
      return { orgId: f.providers.state_corporation_branch as string, role: "state_corporation_operator" };
    case "akim_office":
      return { orgId: f.providers.akim_office as string, role: "akim_specialist" };
    case "educational_organisation":
      return { orgId: f.providers.education_organisation as string, role: "office_clerk" };
    default:
      return { orgId: "", role: "office_clerk" };
  }
}

/** Each open task's due time, checked against the calendar: its step's own duration from its start, else the term. */
const dueChecker = (f: Fixture, procedure: Procedure) => (c: CaseInfo) => {
  const t = c.openTask;
  if (!t) return;
  const step = procedure.steps.find((s) => s.id === t.stepId);
  assert.ok(step, t.stepId);
  const schedule = step.actor.startsWith("state_corporation") ? "state-corporation" : "provider";
  if (step.duration)
    assert.equal(t.dueAt, f.deps.calendar.add(t.startedAt, step.duration, schedule), `due of ${step.id}`);
  else if (c.deadline !== null && c.deadline > t.startedAt)
    assert.equal(t.dueAt, c.deadline, `due of ${step.id} (the term)`);
};

describe("all 26 services, every channel of the current version", () => {
  let store: Store;
  const fixtures = new Map<string, Fixture>();
  const clock = { now: parseLocalDateTime(START) };
  let n = 0;
  before(async () => {
    store = await openTestStore();
    const regions = [...new Set(catalog.map((s) => regionOf(latestVersion(s))))];
    for (const [i, region] of regions.entries())
      fixtures.set(region, await engineFixture(store, region, `R${i}`));
  });
  after(async () => store.close());

  const refuseAutomatically: Automation = { decide: async () => "no" };
  const clientFor = (f: Fixture, automation?: Automation): Client =>
    engineClient({ ...f.deps, now: () => new Date(clock.now), ...(automation ? { automation } : {}) }, clock);

  async function submit(service: Service, version: RegulationVersion, p: Procedure, automation?: Automation) {
    const f = fixtures.get(regionOf(version)) as Fixture;
    const client = clientFor(f, automation);
    const kinds = version.standard.provider.kinds as readonly string[];
    const providerId = Object.entries(f.providers).find(([kind]) => kinds.includes(kind))?.[1] as string;
    const who = intakeWho(f, p);
    clock.now = startFor(version);
    const c = await client.submit(
      who === "portal" || who.orgId ? who : { orgId: providerId, role: "office_clerk" },
      {
        idempotencyKey: `flow-${service.code}-${p.id}-${n++}`,
        serviceCode: service.code,
        channel: p.channel,
        ...(p.variant ? { variant: p.variant } : {}),
        regionCode: f.region,
        providerId,
        applicant: { iin: testIin("1988-07-21", "f", n), surname: "Nurlanova", givenName: "Aigerim" },
        children:
          service.sphere === "family_children" ? [{ fullName: "Child One", birthDate: "2017-05-05" }] : [],
        documents: fullPackage(version, p.channel, p.variant ?? null),
      },
    );
    // A fully automated service may end at intake (the portal answers at once).
    assert.ok(
      ["in_progress", "issued", "refused"].includes(c.status),
      `${service.code}/${p.id} registered: ${c.status}`,
    );
    return { f, client, c };
  }

  for (const service of catalog) {
    const version = latestVersion(service);
    describe(`${service.code} (${version.id}, ${version.act.kind} No. ${version.act.number} of ${version.act.date})`, () => {
      for (const p of version.procedures) {
        it(`${p.channel}${p.variant ? `/${p.variant}` : ""}: intake → issued result [${p.source.seed} ${p.source.ref}]`, async () => {
          const { f, client, c } = await submit(service, version, p);
          const end = await runToEnd({
            client,
            cal: f.deps.calendar,
            procedure: p,
            caseId: c.id,
            onTask: dueChecker(f, p),
          });
          assert.equal(end.status, "issued");
        });
      }
      const p = version.procedures[0] as Procedure;
      const automated = p.steps.every(isAutomatic);
      if (automated) {
        it(`${p.channel}: fully automated — the information system refuses, no hearing in the act [${p.source.seed} ${p.source.ref}]`, async () => {
          const { c } = await submit(service, version, p, refuseAutomatically).catch((e) => {
            throw e;
          });
          assert.equal(c.status, "refused");
        });
        return;
      }
      it(`${p.channel}: reasoned refusal after a hearing (APPC art. 73–74)`, async () => {
        const { f, client, c } = await submit(service, version, p);
        const grounds = version.standard.refusalGrounds
          .filter((g) => g.variant === undefined || g.variant === (p.variant ?? undefined))
          .slice(0, 1)
          .map((g) => g.n);
        const end = await runToEnd({
          client,
          cal: f.deps.calendar,
          procedure: p,
          caseId: c.id,
          refuse: { grounds },
          onTask: dueChecker(f, p),
        });
        assert.equal(end.status, "refused");
      });
    });
  }

  it("every history chain verifies", async () => {
    const report = await verifyChains(store.db);
    assert.ok(report.cases > 26);
    assert.deepEqual(report.breaks, []);
  });
});
