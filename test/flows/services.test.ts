/**
 * Every one of the 26 services through the HTTP API, on PostgreSQL in CI:
 * from intake to the issued result on every channel its current regulation
 * version allows, and to a reasoned refusal after a hearing — each task's due
 * time checked against the calendar at every step, every history chain
 * verified at the end. Every result is issued signed (issue 7): the head of the
 * provider signs it with EDS through the API, a fully automated one carries the
 * provider's seal, and each verifies as genuine.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/api/server.ts";
import { injectSend, staffKeyOf } from "../../src/api/testing.ts";
import { defaultCalendar, parseLocalDateTime } from "../../src/calendar/index.ts";
import { loadCatalog } from "../../src/catalog/catalog.ts";
import { latestVersion } from "../../src/catalog/lookup.ts";
import type { Procedure, RegulationVersion, Service } from "../../src/catalog/schema.ts";
import { type CaseInfo, type Client, runToEnd, type Who } from "../../src/demo/autopilot.ts";
import { httpClient } from "../../src/demo/http-client.ts";
import { caStaffKeys, type StaffKeys } from "../../src/demo/staff-keys.ts";
import { caSealKeys, verifyById } from "../../src/documents/index.ts";
import { type Automation, PASSING_AUTOMATION } from "../../src/engine/index.ts";
import { isAutomatic } from "../../src/engine/procedure.ts";
import { fullPackage } from "../../src/engine/testing.ts";
import { verifyChains } from "../../src/history/index.ts";
import { nextIin } from "../../src/iin/iin.ts";
import { listDistricts, providersForService, seedOrganisation } from "../../src/org/index.ts";
import { type CertificationAuthority, createCa, makeCrl } from "../../src/pki/index.ts";
import type { Trust } from "../../src/portal/trust.ts";
import type { Store } from "../../src/store/index.ts";
import { openTestStore } from "../../src/store/testing.ts";

const catalog = loadCatalog();
const calendar = defaultCalendar();
const GATEWAY_TOKEN = "gateway-test-token-0123456789";
const DAY = 86_400_000;
const regionOf = (v: RegulationVersion) => v.issuer.region ?? "astana";

/** A Monday, 10:00 local, on which the version is in force: 2 March 2026, or 6 weeks before its repeal. */
function startFor(v: RegulationVersion): number {
  if (v.effective.to === null) return parseLocalDateTime("2026-03-02T10:00");
  let t = Math.max(
    Date.parse(`${v.effective.to}T10:00:00+06:00`) - 42 * DAY,
    Date.parse(`${v.effective.from}T10:00:00+06:00`) + DAY,
  );
  while (new Date(t + 6 * 3_600_000).getUTCDay() !== 1) t += DAY;
  return parseLocalDateTime(`${new Date(t + 6 * 3_600_000).toISOString().slice(0, 10)}T10:00`);
}

/** Each open task's due time, checked against the calendar: its step's own duration from its start, else the term. */
const dueChecker = (procedure: Procedure) => (c: CaseInfo) => {
  const t = c.openTask;
  if (!t) return;
  const step = procedure.steps.find((s) => s.id === t.stepId);
  assert.ok(step, t.stepId);
  const schedule = step.actor.startsWith("state_corporation") ? "state-corporation" : "provider";
  if (step.duration)
    assert.equal(t.dueAt, calendar.add(t.startedAt, step.duration, schedule), `due of ${step.id}`);
  else if (c.deadline !== null && c.deadline > t.startedAt)
    assert.equal(t.dueAt, c.deadline, `due of ${step.id} (the term)`);
};

/** The case's overall deadline, recomputed from the calendar: the standard's term for the channel. */
function assertDeadline(version: RegulationVersion, p: Procedure, c: CaseInfo): void {
  const term = version.standard.terms
    .filter(
      (t) =>
        (t.channel === p.channel || t.channel === null) &&
        (t.variant === undefined || t.variant === p.variant),
    )
    .sort(
      (a, b) =>
        (a.channel === p.channel ? 0 : 2) +
        (a.condition ? 1 : 0) -
        ((b.channel === p.channel ? 0 : 2) + (b.condition ? 1 : 0)),
    )[0];
  if (!term || c.deadline === null) return;
  const from = p.channel === "portal" ? calendar.received(c.submittedAt, "portal") : c.submittedAt;
  const short = term.duration.unit === "minutes" || term.duration.unit === "hours";
  const schedule = short && p.channel === "state_corporation" ? "state-corporation" : "provider";
  const expected = calendar.add(from, term.duration, schedule, {
    excludeStartDay: p.channel === "state_corporation",
  });
  assert.equal(
    c.deadline,
    expected,
    `deadline: ${term.duration.value} ${term.duration.unit} [${term.source.seed} ${term.source.ref}]`,
  );
}

describe("all 26 services through the API, every channel of the current version", () => {
  let store: Store;
  const apps: FastifyInstance[] = [];
  const clock = { now: parseLocalDateTime("2026-03-02T10:00") };
  let passing: Client;
  let refusing: Client;
  let n = 0;
  let ca: CertificationAuthority;
  let trust: Trust;
  let heads: StaffKeys;

  const clientOf = async (automation: Automation) => {
    const app = await buildServer({
      store,
      calendar,
      catalog,
      now: () => new Date(clock.now),
      gatewayToken: GATEWAY_TOKEN,
      automation,
      trust,
      seals: caSealKeys(ca),
    });
    apps.push(app);
    const send = injectSend(() => app);
    const keyOf = staffKeyOf(
      () => store.db,
      () => heads,
    );
    return httpClient(send, { gatewayToken: GATEWAY_TOKEN, clock, keyOf });
  };

  before(async () => {
    store = await openTestStore();
    // Valid over every version's dates (the oldest acts are of 2015).
    ca = await createCa({
      notBefore: new Date("2010-01-01T00:00:00Z"),
      notAfter: new Date("2045-01-01T00:00:00Z"),
    });
    trust = { roots: [ca.certificate], crls: async () => [await makeCrl(ca, [])] };
    heads = caStaffKeys(ca);
    await seedOrganisation(store.admin, { population: { count: 0 } });
    passing = await clientOf(PASSING_AUTOMATION);
    refusing = await clientOf({ decide: async () => "no" });
  });
  after(async () => {
    for (const app of apps) await app.close();
    await store.close();
  });

  async function submit(client: Client, service: Service, version: RegulationVersion, p: Procedure) {
    const region = regionOf(version);
    const district = (await listDistricts(store.db, region))[0];
    assert.ok(district, region);
    const [provider] = await providersForService(store.db, {
      regionCode: region,
      districtId: district.id,
      kinds: [...version.standard.provider.kinds],
    });
    assert.ok(provider, `${service.code}: a provider in ${region}`);
    const d = district.id.toUpperCase();
    const who: Who | "portal" =
      p.channel === "portal"
        ? "portal"
        : p.channel === "state_corporation"
          ? { orgId: `${d}-SC`, role: "state_corporation_operator" }
          : p.channel === "akim_office"
            ? { orgId: `${d}-AKIM`, role: "akim_specialist" }
            : p.channel === "educational_organisation"
              ? { orgId: `${d}-SCH`, role: "office_clerk" }
              : { orgId: provider.id, role: "office_clerk" };
    clock.now = startFor(version);
    n++;
    const documents = fullPackage(version, p.channel, p.variant ?? null);
    const c = await client.submit(who, {
      idempotencyKey: `api-flow-${service.code}-${p.id}-${n}`,
      serviceCode: service.code,
      channel: p.channel,
      ...(p.variant ? { variant: p.variant } : {}),
      regionCode: region,
      districtId: district.id,
      providerId: provider.id,
      applicant: {
        iin: nextIin({ birthDate: "1988-07-21", sex: "f", serial: 100 + n }).iin,
        surname: "Нұрланова",
        givenName: "Әйгерім",
      },
      children:
        service.sphere === "family_children"
          ? [{ fullName: "Нұрланов Ерасыл", birthDate: "2017-05-05" }]
          : [],
      documents,
    });
    assertDeadline(version, p, c);
    return c;
  }

  /** The case was issued with one signed document of that purpose, and it verifies as genuine. */
  async function assertSignedDocument(caseId: string, purpose: "result" | "refusal") {
    const docs = await store.db
      .selectFrom("documents")
      .select(["id", "status"])
      .where("case_id", "=", caseId)
      .where("purpose", "=", purpose)
      .where("status", "=", "signed")
      .execute();
    assert.equal(docs.length, 1, `one signed ${purpose}`);
    const v = await verifyById(store.db, trust, docs[0]?.id ?? "");
    assert.equal(v.verdict, "genuine", v.reason ?? "");
  }

  for (const service of catalog) {
    const version = latestVersion(service);
    describe(`${service.code} (${version.id}, ${version.act.kind} No. ${version.act.number} of ${version.act.date})`, () => {
      for (const p of version.procedures) {
        it(`${p.channel}${p.variant ? `/${p.variant}` : ""}: intake → issued result [${p.source.seed} ${p.source.ref}]`, async () => {
          const c = await submit(passing, service, version, p);
          const end = await runToEnd({
            client: passing,
            cal: calendar,
            procedure: p,
            caseId: c.id,
            onTask: dueChecker(p),
          });
          assert.equal(end.status, "issued");
          assert.equal(end.openTask, null);
          await assertSignedDocument(c.id, "result");
        });
      }
      const p = version.procedures[0] as Procedure;
      if (p.steps.every(isAutomatic)) {
        it(`${p.channel}: fully automated — the information system finds a ground and refuses; the act has no hearing [${p.source.seed} ${p.source.ref}]`, async () => {
          const c = await submit(refusing, service, version, p);
          assert.equal(c.status, "refused");
        });
        return;
      }
      it(`${p.channel}: reasoned refusal after a preliminary decision and a hearing (APPC art. 73–74)`, async () => {
        const c = await submit(passing, service, version, p);
        const grounds = version.standard.refusalGrounds
          .filter((g) => g.variant === undefined || g.variant === p.variant)
          .slice(0, 1)
          .map((g) => g.n);
        const end = await runToEnd({
          client: passing,
          cal: calendar,
          procedure: p,
          caseId: c.id,
          refuse: { grounds },
          onTask: dueChecker(p),
        });
        assert.equal(end.status, "refused");
        await assertSignedDocument(c.id, "refusal");
      });
    });
  }

  it("every history chain verifies", async () => {
    const report = await verifyChains(store.db);
    assert.ok(report.cases > 26);
    assert.deepEqual(report.breaks, []);
  });
});
