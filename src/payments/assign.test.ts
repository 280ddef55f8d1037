/**
 * Payment assignments created by the decisions of the nine paying services,
 * through the engine: each case walks its procedure to the issued result and
 * the afterClose hook (registryAfterClose) assigns the payment in the closing
 * transaction, from what the case carries. On PostgreSQL in CI.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { latestVersion } from "../catalog/lookup.ts";
import type { RegulationVersion } from "../catalog/schema.ts";
import { quoteFound } from "../catalog/seed-text.ts";
import { kzIban } from "../core/bank-account.ts";
import { isQyzmetError } from "../core/errors.ts";
import { type Client, runToEnd, type Who } from "../demo/autopilot.ts";
import { engineClient } from "../demo/engine-client.ts";
import type { EngineDeps } from "../engine/index.ts";
import { engineFixture, type Fixture, fullPackage, testIin } from "../engine/testing.ts";
import { localDate } from "../registries/dates.ts";
import { cite, registryAfterClose } from "../registries/index.ts";
import type { Store } from "../store/index.ts";
import type { CaseRow } from "../store/tables.ts";
import { openTestStore } from "../store/testing.ts";
import {
  assignFromCase,
  completeAssignment,
  listAssignments,
  PAYMENT_RULES,
  PAYMENT_TYPES,
  type PaymentType,
  runMonth,
  setCoefficient,
} from "./index.ts";

const DAY = 86_400_000;

/** A Monday, 10:00 local, on which the version is in force: 2 March 2026, or 6 weeks before its repeal (as test/flows). */
function startFor(v: RegulationVersion): number {
  if (v.effective.to === null) return parseLocalDateTime("2026-03-02T10:00");
  let t = Math.max(
    Date.parse(`${v.effective.to}T10:00:00+06:00`) - 42 * DAY,
    Date.parse(`${v.effective.from}T10:00:00+06:00`) + DAY,
  );
  while (new Date(t + 6 * 3_600_000).getUTCDay() !== 1) t += DAY;
  return parseLocalDateTime(`${new Date(t + 6 * 3_600_000).toISOString().slice(0, 10)}T10:00`);
}

/** YYYY-MM plus n months. */
function plusMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
}
const catalog = loadCatalog();
const BIC = "HSBKKZKX";
const IBAN = kzIban("601", "0000000000123");

describe("payments assigned by the paying services' decisions (engine afterClose)", () => {
  let store: Store;
  const fixtures = new Map<string, Fixture>();
  const clock = { now: parseLocalDateTime("2026-03-02T10:00") };
  let serial = 300;

  before(async () => {
    store = await openTestStore();
    for (const type of PAYMENT_TYPES)
      await setCoefficient(store.db, {
        type,
        effectiveFrom: "2020-01-01",
        coefficient: 2,
        source: "test configuration",
        setBy: "admin",
        at: new Date(clock.now),
      });
  });
  after(async () => store.close());

  async function fixtureFor(region: string): Promise<Fixture> {
    let f = fixtures.get(region);
    if (!f) {
      f = await engineFixture(store, region, `P${fixtures.size}`);
      fixtures.set(region, f);
    }
    return f;
  }

  /** Submits a case of `type` on a paper channel and walks it to the issued result. */
  async function issue(
    type: PaymentType,
    opts: {
      children: { iin?: string; fullName: string; birthDate: string }[];
      form: Record<string, unknown>;
    },
  ): Promise<CaseRow> {
    const service = catalog.find((s) => s.code === type);
    assert.ok(service, type);
    const version = latestVersion(service);
    const region = version.issuer.region ?? "astana";
    const f = await fixtureFor(region);
    const deps: EngineDeps = { ...f.deps, now: () => new Date(clock.now), afterClose: [registryAfterClose] };
    const client: Client = engineClient(deps, clock);
    const procedure =
      version.procedures.find((p) => p.channel === "state_corporation") ??
      version.procedures.find((p) => p.channel !== "portal");
    assert.ok(procedure, `${type}: a paper procedure`);
    const providerKind = version.standard.provider.kinds.find((k) => f.providers[k] !== undefined);
    assert.ok(providerKind, `${type}: a provider kind of the fixture`);
    const providerId = f.providers[providerKind] as string;
    const prefix = providerId.split("-")[0];
    const who: Who =
      procedure.channel === "state_corporation"
        ? { orgId: `${prefix}-SC`, role: "state_corporation_operator" }
        : procedure.channel === "akim_office"
          ? { orgId: `${prefix}-AKIM`, role: "akim_specialist" }
          : { orgId: providerId, role: "office_clerk" };
    clock.now = startFor(version);
    const c = await client.submit(who, {
      idempotencyKey: `pay-${type}-${serial}`,
      serviceCode: type,
      channel: procedure.channel,
      ...(procedure.variant ? { variant: procedure.variant } : {}),
      regionCode: region,
      districtId: `${prefix}-d1`,
      providerId,
      applicant: { iin: testIin("1984-02-02", "f", serial++), surname: "Ахметова", givenName: "Гүлнар" },
      children: opts.children,
      form: opts.form,
      documents: fullPackage(version, procedure.channel, procedure.variant ?? null),
    });
    const end = await runToEnd({ client, cal: f.deps.calendar, procedure, caseId: c.id, stepMs: 3_600_000 });
    assert.equal(end.status, "issued", `${type}: ${procedure.id}`);
    return store.db.selectFrom("cases").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
  }

  it("every entry of the table cites its act: the quote is in the cited lines", () => {
    for (const type of PAYMENT_TYPES) {
      const r = PAYMENT_RULES[type];
      assert.ok(r.sources.length > 0, type);
      for (const s of [...r.sources, ...(r.accountDocument ? [r.accountDocument.source] : [])])
        assert.ok(quoteFound(s.seed, s.lines[0], s.lines[1], s.quote ?? ""), `${type}: ${cite(s)}`);
    }
  });

  for (const type of PAYMENT_TYPES) {
    const rule = PAYMENT_RULES[type];
    const s = rule.sources[rule.sources.length - 1];
    it(`${type} [${s ? cite(s) : ""}]: the issued decision assigns the payment from the case's data, in the closing transaction`, async () => {
      const children = rule.perChild
        ? [
            { iin: testIin("2012-07-01", "m", serial++), fullName: "Бала Бір", birthDate: "2012-07-01" },
            { fullName: "Бала Екі", birthDate: "2016-01-20" },
          ]
        : [];
      const c = await issue(type, { children, form: { bankAccount: { bic: BIC, iban: IBAN } } });
      const rows = (await listAssignments(store.db, { caseId: c.id })).sort(
        (a, b) => (a.case_child ?? -1) - (b.case_child ?? -1),
      );
      assert.equal(rows.length, rule.perChild ? 2 : 1);
      const decided = c.ended_at;
      assert.ok(decided);
      const startsOn = localDate(rule.starts === "decision" ? decided : c.submitted_at);
      for (const [i, a] of rows.entries()) {
        assert.equal(a.payment_type, type);
        assert.equal(a.recipient_iin, c.applicant_iin);
        assert.equal(a.recipient_name, "Ахметова Гүлнар");
        assert.equal(a.bank_bic, BIC);
        assert.equal(a.account, IBAN);
        assert.equal(a.region_code, c.region_code);
        assert.equal(a.starts_on, startsOn);
        assert.deepEqual((a.source as { sources: unknown }).sources, rule.sources);
        if (rule.perChild) {
          assert.equal(a.case_child, i);
          assert.equal(a.child_birth_date, children[i]?.birthDate);
          assert.equal(a.child_iin, children[i]?.iin ?? null);
        } else assert.equal(a.child_birth_date, null);
        assert.deepEqual(a.pending, rule.term === "decision" ? ["term"] : []);
      }
      // Closing again (a second hook call) assigns nothing new.
      await store.db.transaction().execute(async (trx) => assert.deepEqual(await assignFromCase(trx, c), []));
      // A refused case of the same service assigns nothing.
      await store.db
        .transaction()
        .execute(async (trx) => assert.deepEqual(await assignFromCase(trx, { ...c, status: "refused" }), []));
    });
  }

  it("child-benefit-under-18 (001 Annex 4, p. 3: 'он сегіз жасқа дейінгі'): payments stop at the 18th birthday of the child the case names", async () => {
    // The West Kazakhstan regulation was in force until June 2020: the child turns 18 on 15 June 2020.
    const c = await issue("child-benefit-under-18", {
      children: [{ fullName: "Бала Үлкен", birthDate: "2002-06-15" }],
      form: { bankAccount: { bic: BIC, iban: IBAN } },
    });
    const [a] = await listAssignments(store.db, { caseId: c.id });
    assert.ok(a);
    const first = a.starts_on.slice(0, 7);
    assert.ok(first <= "2020-06", first);
    for (let i = 0; plusMonths(first, i) <= "2020-08"; i++)
      await runMonth(store.db, plusMonths(first, i), new Date(clock.now));
    const paid = await store.db
      .selectFrom("payment_accruals")
      .select("for_month")
      .where("assignment_id", "=", a.id)
      .orderBy("for_month")
      .execute();
    const expected: string[] = [];
    for (let mo = first; mo <= "2020-06"; mo = plusMonths(mo, 1)) expected.push(mo);
    // June is paid (the ground holds on some of its days), July and August are not.
    assert.deepEqual(
      paid.map((r) => r.for_month),
      expected,
    );
  });

  it("without a bank account in the form the assignment waits for it, the run reports it and pays nothing; once staff enter it, the next run pays the months since the start as arrears", async () => {
    const c = await issue("guardian-allowance", {
      children: [{ fullName: "Бала Үш", birthDate: "2015-09-09" }],
      form: {},
    });
    const [a] = await listAssignments(store.db, { caseId: c.id });
    assert.ok(a);
    assert.deepEqual(a.pending, ["account"]);
    assert.equal(a.account, null);
    const first = a.starts_on.slice(0, 7);
    const next = plusMonths(first, 1);
    const r1 = await runMonth(store.db, next, new Date(clock.now));
    assert.deepEqual(
      r1.pending.find((p) => p.id === a.id),
      { id: a.id, missing: ["account"] },
    );
    const none = await store.db
      .selectFrom("payment_accruals")
      .select("id")
      .where("assignment_id", "=", a.id)
      .execute();
    assert.equal(none.length, 0);
    // A malformed IBAN (wrong check digits) is refused and changes nothing.
    await assert.rejects(
      store.db.transaction().execute((trx) =>
        completeAssignment(trx, a.id, {
          bankBic: BIC,
          account: "KZ00601000000000012X",
          by: "x",
          at: new Date(clock.now),
        }),
      ),
      (e) => isQyzmetError(e) && e.code === "PAYMENT_BAD_INPUT" && e.details.field === "account",
    );
    const same = await store.db
      .selectFrom("payment_assignments")
      .selectAll()
      .where("id", "=", a.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(same.pending, ["account"]);
    // The term is not what it waits for: 409.
    await assert.rejects(
      store.db
        .transaction()
        .execute((trx) =>
          completeAssignment(trx, a.id, { termEndsOn: `${next}-28`, by: "x", at: new Date(clock.now) }),
        ),
      (e) => isQyzmetError(e) && e.code === "PAYMENT_WRONG_STATE" && e.status === 409,
    );
    await store.db
      .transaction()
      .execute((trx) =>
        completeAssignment(trx, a.id, { bankBic: BIC, account: IBAN, by: "exec", at: new Date(clock.now) }),
      );
    const r2 = await runMonth(store.db, next, new Date(clock.now));
    assert.ok(!r2.pending.some((p) => p.id === a.id));
    const rows = await store.db
      .selectFrom("payment_accruals")
      .select(["for_month", "arrears", "account"])
      .where("assignment_id", "=", a.id)
      .orderBy("for_month")
      .execute();
    assert.deepEqual(rows, [
      { for_month: first, arrears: true, account: IBAN },
      { for_month: next, arrears: false, account: IBAN },
    ]);
  });

  it("targeted-social-assistance: our act states no period, so nothing is paid until staff enter the decision's term; payments stop after it", async () => {
    const c = await issue("targeted-social-assistance", {
      children: [],
      form: { bankAccount: { bic: BIC, iban: IBAN } },
    });
    const [a] = await listAssignments(store.db, { caseId: c.id });
    assert.ok(a);
    const first = a.starts_on.slice(0, 7);
    assert.ok((await runMonth(store.db, first, new Date(clock.now))).pending.some((p) => p.id === a.id));
    // The decision's term: to the end of the month after next (entered by staff).
    const last = plusMonths(first, 2);
    await store.db
      .transaction()
      .execute((trx) =>
        completeAssignment(trx, a.id, { termEndsOn: `${last}-28`, by: "exec", at: new Date(clock.now) }),
      );
    for (let i = 0; i <= 3; i++) await runMonth(store.db, plusMonths(first, i), new Date(clock.now));
    const months = await store.db
      .selectFrom("payment_accruals")
      .select("for_month")
      .where("assignment_id", "=", a.id)
      .orderBy("for_month")
      .execute();
    assert.deepEqual(
      months.map((r) => r.for_month),
      [first, plusMonths(first, 1), last],
    );
  });

  it("a malformed bank account in the form is refused at intake (typed, field named) and creates no case", async () => {
    const f = await fixtureFor("kyzylorda");
    const before = await store.db.selectFrom("cases").select("id").execute();
    const client = engineClient({ ...f.deps, now: () => new Date(clock.now) }, clock);
    await assert.rejects(
      client.submit(
        { orgId: f.providers.district_education_department as string, role: "office_clerk" },
        {
          idempotencyKey: "pay-bad-account-1",
          serviceCode: "guardian-allowance",
          channel: "provider_office",
          regionCode: "kyzylorda",
          providerId: f.providers.district_education_department,
          applicant: { iin: testIin("1980-01-01", "m", serial++), surname: "А", givenName: "Б" },
          form: { bankAccount: { bic: BIC, iban: "KZ12345" } },
        },
      ),
      (e) =>
        isQyzmetError(e) && e.status === 400 && JSON.stringify(e.details).includes("form.bankAccount.iban"),
    );
    assert.equal((await store.db.selectFrom("cases").select("id").execute()).length, before.length);
  });
});
