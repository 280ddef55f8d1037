import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import type { Kysely, Transaction } from "kysely";
import { defaultCalendar, formatLocal, parseLocalDateTime } from "../calendar/index.ts";
import { quoteFound } from "../catalog/seed-text.ts";
import { isQyzmetError } from "../core/errors.ts";
import type { Store } from "../store/store.ts";
import type { ComplaintRow, Database } from "../store/tables.ts";
import { openTestStore } from "../store/testing.ts";
import {
  type DecisionRecord,
  decideComplaint,
  forwardComplaint,
  listComplaints,
  MAX_TEXT,
  overdueComplaints,
  type RegisterComplaintInput,
  type Reviewer,
  registerComplaint,
  SOURCES,
} from "./index.ts";

/** A test title's citation: the act's reference and where it is in the seed. */
const cite = (s: { seed: string; ref: string; lines: [number, number] }) =>
  `${s.ref} (seed ${s.seed}, lines ${s.lines[0]}–${s.lines[1]})`;

const calendar = defaultCalendar();
const local = (s: string) => new Date(parseLocalDateTime(s));
const shown = (d: Date | null) => (d === null ? null : formatLocal(d.getTime()));
/** Thursday 19 March 2026, 15:00 in Almaty; 21–25 March are days off (Nauryz). */
const AT = local("2026-03-19T15:00");
const IIN = "900101300123";

const text3 = JSON.stringify({ kk: "x", ru: "x", en: "x" });

async function seedOrg(store: Store): Promise<void> {
  const { admin } = store;
  await admin
    .insertInto("regions")
    .values([
      { code: "abai", kato: "100000000", name: text3 },
      { code: "astana", kato: "710000000", name: text3 },
    ])
    .execute();
  const provider = (id: string, region: string) => ({
    id,
    kind: "district_education_department",
    region_code: region,
    bin: "000000000000",
    name: text3,
    address: text3,
  });
  await admin
    .insertInto("providers")
    .values([provider("P1", "abai"), provider("P2", "astana"), provider("SC1", "abai")])
    .execute();
  const t = new Date("2026-03-01T00:00:00Z");
  await admin
    .insertInto("cases")
    .values({
      id: "case-1",
      idempotency_key: "k1",
      request_hash: "h",
      service_code: "guardianship-establishment",
      version_id: "v",
      procedure_id: "p",
      channel: "portal",
      region_code: "abai",
      provider_id: "P1",
      intake_office_id: "SC1",
      applicant_iin: IIN,
      applicant: "{}",
      children: "[]",
      form: "{}",
      documents: "[]",
      has_child_data: false,
      status: "in_progress",
      submitted_at: t,
      term_start: t,
      term: "{}",
      outputs: "{}",
      clock: "[]",
      revision: 1,
      created_at: t,
      updated_at: t,
    })
    .execute();
}

function input(overrides: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput {
  return {
    caseId: "case-1",
    providerId: "P1",
    complainantIin: IIN,
    complainantName: "Айгүл Серікқызы",
    text: "Құжаттарым қабылданбады.",
    reviewer: "provider",
    at: AT,
    calendar,
    ...overrides,
  };
}

function code(expected: string, status?: number) {
  return (error: unknown) =>
    isQyzmetError(error) && error.code === expected && (status === undefined || error.status === status);
}

describe("complaints", () => {
  let store: Store;
  let db: Kysely<Database>;
  const tx = <T>(fn: (trx: Transaction<Database>) => Promise<T>) => db.transaction().execute(fn);
  const register = (overrides: Partial<RegisterComplaintInput> = {}) =>
    tx((trx) => registerComplaint(trx, input(overrides)));

  before(async () => {
    store = await openTestStore();
    db = store.db;
    await seedOrg(store);
  });
  after(async () => store.close());
  beforeEach(async () => {
    await store.admin.deleteFrom("complaints").execute();
    await store.admin.deleteFrom("number_sequences").execute();
  });

  it("the sources quote the act (seed 003)", () => {
    for (const source of Object.values(SOURCES)) {
      assert.ok(quoteFound(source.seed, source.lines[0], source.lines[1], source.quote), source.ref);
    }
    const { seed, lines } = SOURCES.providerReview;
    assert.ok(quoteFound(seed, lines[0], lines[1], "(бес) жұмыс күні ішінде қаралуға жатады"));
  });

  it(`${cite(SOURCES.providerReview)}: a complaint to the provider is to be reviewed within 5 working days of registration`, async () => {
    const c = await register();
    assert.equal(c.number, "P1-C-2026-000001");
    assert.equal(c.status, "registered");
    assert.equal(c.reviewer, "provider");
    assert.equal(c.case_id, "case-1");
    assert.equal(c.complainant_name, "Айгүл Серікқызы");
    assert.equal(c.registered_at.getTime(), AT.getTime());
    // Fri 20; 21–25 March off; Thu 26, Fri 27, Mon 30, Tue 31.
    assert.equal(shown(c.review_due), "2026-03-31T18:30:00+05:00");
    assert.equal(c.forwarded_at, null);
    assert.equal(c.decided_at, null);
    assert.equal(c.decision, null);
  });

  it(`${cite(SOURCES.reviewBodyReview)} and ${cite(SOURCES.forward)}: a complaint to the review body: forward within 3, review within 15 working days`, async () => {
    const c = await register({ reviewer: "review_body" });
    assert.equal(shown(c.forward_due), "2026-03-27T18:30:00+05:00");
    assert.equal(shown(c.review_due), "2026-04-14T18:30:00+05:00");
  });

  it("complaint numbers are gap-free per provider and Almaty calendar year; a rolled-back registration takes no number", async () => {
    assert.equal((await register()).number, "P1-C-2026-000001");
    assert.equal((await register({ caseId: null })).number, "P1-C-2026-000002");
    assert.equal((await register({ providerId: "P2", caseId: null })).number, "P2-C-2026-000001");
    await assert.rejects(
      tx(async (trx) => {
        await registerComplaint(trx, input());
        throw new Error("the caller failed after registering");
      }),
      /the caller failed/,
    );
    assert.equal((await register()).number, "P1-C-2026-000003");
    // 02:00 on 1 January 2027 in Almaty is still 2026 in UTC: the legal (local) year counts.
    const newYear = local("2027-01-01T02:00");
    assert.equal(newYear.getUTCFullYear(), 2026);
    assert.equal((await register({ at: newYear })).number, "P1-C-2027-000001");
    const all = await listComplaints(db, { providerId: "P1" });
    assert.deepEqual(
      all.map((c) => c.number),
      ["P1-C-2026-000001", "P1-C-2026-000002", "P1-C-2026-000003", "P1-C-2027-000001"],
    );
  });

  it("concurrent registrations get consecutive numbers without gaps or duplicates", async () => {
    const rows = await Promise.all(Array.from({ length: 20 }, () => register({ caseId: null })));
    const numbers = rows.map((c) => c.number).sort();
    assert.deepEqual(
      numbers,
      Array.from({ length: 20 }, (_, i) => `P1-C-2026-${String(i + 1).padStart(6, "0")}`),
    );
  });

  it("bad input is refused with COMPLAINT_BAD_INPUT naming the field, and writes nothing", async () => {
    const cases: [Partial<RegisterComplaintInput>, string][] = [
      [{ text: "" }, "text"],
      [{ text: "  \n " }, "text"],
      [{ text: "ә".repeat(MAX_TEXT + 1) }, "text"],
      [{ complainantIin: "12345678901" }, "complainantIin"],
      [{ complainantIin: "12345678901a" }, "complainantIin"],
      [{ complainantIin: "1234567890123" }, "complainantIin"],
      [{ complainantName: " " }, "complainantName"],
      [{ reviewer: "court" as unknown as Reviewer }, "reviewer"],
      [{ at: new Date(Number.NaN) }, "at"],
      [{ providerId: "" }, "providerId"],
      [{ providerId: "NOPE" }, "providerId"],
      [{ caseId: "no-such-case" }, "caseId"],
      [{ caseId: "case-1", providerId: "P2" }, "caseId"],
    ];
    for (const [overrides, field] of cases) {
      await assert.rejects(register(overrides), (error: unknown) => {
        assert.ok(isQyzmetError(error), String(error));
        assert.equal(error.code, "COMPLAINT_BAD_INPUT");
        assert.equal(error.status, 400);
        assert.equal(error.details.field, field, JSON.stringify(overrides).slice(0, 80));
        assert.ok(error.messages.kk && error.messages.ru && error.messages.en);
        return true;
      });
    }
    assert.equal((await listComplaints(db)).length, 0);
    assert.equal((await db.selectFrom("number_sequences").selectAll().execute()).length, 0);
    // The limit itself is allowed; so is the State Corporation branch that took the case in.
    const long = await register({ text: "ә".repeat(MAX_TEXT) });
    assert.equal(long.text.length, MAX_TEXT);
    assert.equal((await register({ providerId: "SC1" })).number, "SC1-C-2026-000001");
  });

  it(`${cite(SOURCES.forward)}: forwarding to the review body; its 15 working days run from then (${cite(SOURCES.reviewBodyReview)})`, async () => {
    const c = await register({ reviewer: "review_body" });
    const at = local("2026-03-26T11:00");
    const f = await tx((trx) => forwardComplaint(trx, c.id, { at, calendar }));
    assert.equal(f.status, "forwarded");
    assert.equal(f.forwarded_at?.getTime(), at.getTime());
    assert.equal(shown(f.review_due), "2026-04-16T18:30:00+05:00");
    assert.equal(shown(f.forward_due), "2026-03-27T18:30:00+05:00");
    const d = await tx((trx) =>
      decideComplaint(trx, c.id, {
        decision: "partially_satisfied",
        reasoning: "Ішінара негізді.",
        at: local("2026-04-10T12:00"),
      }),
    );
    assert.equal(d.status, "partially_satisfied");
    const record = d.decision as DecisionRecord;
    assert.deepEqual(record, {
      decision: "partially_satisfied",
      reasoning: "Ішінара негізді.",
      decidedBy: "review_body",
      late: false,
    });
  });

  it(`${cite(SOURCES.satisfiedInFull)}: the provider may satisfy a complaint to the review body in full instead of forwarding it, but not reject it`, async () => {
    const c = await register({ reviewer: "review_body" });
    await assert.rejects(
      tx((trx) => decideComplaint(trx, c.id, { decision: "rejected", reasoning: "Негізсіз.", at: AT })),
      (error: unknown) => {
        assert.ok(isQyzmetError(error));
        assert.equal(error.code, "COMPLAINT_WRONG_STATE");
        assert.equal(error.status, 409);
        assert.equal(error.details.source, SOURCES.satisfiedInFull.ref);
        return true;
      },
    );
    await assert.rejects(
      tx((trx) =>
        decideComplaint(trx, c.id, { decision: "partially_satisfied", reasoning: "Ішінара.", at: AT }),
      ),
      code("COMPLAINT_WRONG_STATE", 409),
    );
    const d = await tx((trx) =>
      decideComplaint(trx, c.id, {
        decision: "satisfied",
        reasoning: "Құжаттар қабылданды.",
        at: local("2026-03-26T10:00"),
      }),
    );
    assert.equal(d.status, "satisfied");
    assert.equal(d.forwarded_at, null);
    assert.deepEqual(d.decision, {
      decision: "satisfied",
      reasoning: "Құжаттар қабылданды.",
      decidedBy: "provider",
      late: false,
    });
  });

  it("wrong transitions are refused with COMPLAINT_WRONG_STATE (409); unknown complaints with COMPLAINT_NOT_FOUND (404)", async () => {
    const own = await register();
    // A complaint addressed to the provider is reviewed by it (SOURCES.providerReview), never forwarded.
    await assert.rejects(
      tx((trx) => forwardComplaint(trx, own.id, { at: AT, calendar })),
      code("COMPLAINT_WRONG_STATE", 409),
    );
    const decided = await tx((trx) =>
      decideComplaint(trx, own.id, {
        decision: "rejected",
        reasoning: "Негізсіз.",
        at: local("2026-04-01T10:00"),
      }),
    );
    assert.deepEqual(decided.decision, {
      decision: "rejected",
      reasoning: "Негізсіз.",
      decidedBy: "provider",
      late: true,
    });
    await assert.rejects(
      tx((trx) => decideComplaint(trx, own.id, { decision: "satisfied", reasoning: "Қайта.", at: AT })),
      code("COMPLAINT_WRONG_STATE", 409),
    );

    const body = await register({ reviewer: "review_body" });
    await tx((trx) => forwardComplaint(trx, body.id, { at: AT, calendar }));
    await assert.rejects(
      tx((trx) => forwardComplaint(trx, body.id, { at: AT, calendar })),
      code("COMPLAINT_WRONG_STATE", 409),
    );
    await tx((trx) =>
      decideComplaint(trx, body.id, { decision: "rejected", reasoning: "Негізсіз.", at: AT }),
    );
    await assert.rejects(
      tx((trx) => forwardComplaint(trx, body.id, { at: AT, calendar })),
      code("COMPLAINT_WRONG_STATE", 409),
    );

    // Forwarding after a decision (satisfied in full by the provider).
    const satisfied = await register({ reviewer: "review_body" });
    await tx((trx) =>
      decideComplaint(trx, satisfied.id, { decision: "satisfied", reasoning: "Иә.", at: AT }),
    );
    await assert.rejects(
      tx((trx) => forwardComplaint(trx, satisfied.id, { at: AT, calendar })),
      code("COMPLAINT_WRONG_STATE", 409),
    );

    const missing = "00000000-0000-0000-0000-000000000000";
    await assert.rejects(
      tx((trx) => forwardComplaint(trx, missing, { at: AT, calendar })),
      code("COMPLAINT_NOT_FOUND", 404),
    );
    await assert.rejects(
      tx((trx) => decideComplaint(trx, missing, { decision: "rejected", reasoning: "x", at: AT })),
      code("COMPLAINT_NOT_FOUND", 404),
    );
  });

  it("a decision needs a known decision, a reasoning and a time not before registration", async () => {
    const c = await register();
    const bad: [Parameters<typeof decideComplaint>[2], string][] = [
      [{ decision: "maybe" as unknown as "rejected", reasoning: "x", at: AT }, "decision"],
      [{ decision: "rejected", reasoning: " ", at: AT }, "reasoning"],
      [{ decision: "rejected", reasoning: "x".repeat(MAX_TEXT + 1), at: AT }, "reasoning"],
      [{ decision: "rejected", reasoning: "x", at: new Date(AT.getTime() - 1) }, "at"],
    ];
    for (const [decision, field] of bad) {
      await assert.rejects(
        tx((trx) => decideComplaint(trx, c.id, decision)),
        (error: unknown) => {
          assert.ok(isQyzmetError(error) && error.code === "COMPLAINT_BAD_INPUT");
          assert.equal(error.details.field, field);
          return true;
        },
      );
    }
    const body = await register({ reviewer: "review_body" });
    await assert.rejects(
      tx((trx) => forwardComplaint(trx, body.id, { at: new Date(AT.getTime() - 1), calendar })),
      code("COMPLAINT_BAD_INPUT", 400),
    );
    const unchanged = await listComplaints(db, { status: "registered" });
    assert.equal(unchanged.length, 2);
  });

  it("lists by provider, by the provider's region and by status", async () => {
    const a = await register();
    const b = await register({ reviewer: "review_body", at: local("2026-03-20T10:00") });
    const c = await register({ providerId: "P2", caseId: null, at: local("2026-03-26T10:00") });
    await tx((trx) => forwardComplaint(trx, b.id, { at: local("2026-03-26T10:00"), calendar }));
    const numbers = (rows: ComplaintRow[]) => rows.map((r) => r.number);
    assert.deepEqual(numbers(await listComplaints(db)), [a.number, b.number, c.number]);
    assert.deepEqual(numbers(await listComplaints(db, { providerId: "P2" })), [c.number]);
    assert.deepEqual(numbers(await listComplaints(db, { regionCode: "abai" })), [a.number, b.number]);
    assert.deepEqual(numbers(await listComplaints(db, { regionCode: "astana" })), [c.number]);
    assert.deepEqual(numbers(await listComplaints(db, { status: "forwarded" })), [b.number]);
    assert.deepEqual(numbers(await listComplaints(db, { status: ["registered", "forwarded"], limit: 2 })), [
      a.number,
      b.number,
    ]);
    assert.deepEqual(numbers(await listComplaints(db, { status: [] })), []);
    assert.deepEqual(numbers(await listComplaints(db, { regionCode: "abai", status: "registered" })), [
      a.number,
    ]);
  });

  it(`${cite(SOURCES.forward)}, ${cite(SOURCES.providerReview)}: overdue complaints — not forwarded within 3 or not reviewed within 5 working days`, async () => {
    const own = await register(); // review due 31 March 18:30
    const body = await register({ reviewer: "review_body" }); // forward due 27 March 18:30
    const forwarded = await register({ reviewer: "review_body", caseId: null });
    await tx((trx) => forwardComplaint(trx, forwarded.id, { at: local("2026-03-20T10:00"), calendar }));
    const other = await register({ providerId: "P2", caseId: null });

    const onTime = local("2026-03-27T18:30");
    assert.deepEqual(await overdueComplaints(db, onTime), []);
    assert.deepEqual(await listComplaints(db, { overdueAt: onTime }), []);

    const afterForwardDue = local("2026-03-27T18:31");
    const late = await overdueComplaints(db, afterForwardDue);
    assert.deepEqual(
      late.map((c) => [c.number, c.overdue, shown(c.dueAt)]),
      [[body.number, "forward", "2026-03-27T18:30:00+05:00"]],
    );

    const afterReviewDue = local("2026-04-01T09:00");
    const all = await overdueComplaints(db, afterReviewDue);
    assert.deepEqual(
      all.map((c) => [c.number, c.overdue]),
      [
        [body.number, "forward"],
        [own.number, "review"],
        [other.number, "review"],
      ],
    );
    assert.deepEqual(
      (await overdueComplaints(db, afterReviewDue, { regionCode: "astana" })).map((c) => c.number),
      [other.number],
    );
    assert.deepEqual(
      (await listComplaints(db, { overdueAt: afterReviewDue, providerId: "P1" })).map((c) => c.number),
      [own.number, body.number],
    );

    // A decided complaint is no longer overdue; the forwarded one falls due 15 working days after forwarding.
    await tx((trx) =>
      decideComplaint(trx, own.id, { decision: "satisfied", reasoning: "Иә.", at: afterReviewDue }),
    );
    const f = (await listComplaints(db, { status: "forwarded" }))[0]!;
    assert.equal(shown(f.review_due), "2026-04-15T18:30:00+05:00");
    assert.equal((await overdueComplaints(db, local("2026-04-15T18:30"), { status: "forwarded" })).length, 0);
    const later = await overdueComplaints(db, local("2026-04-16T09:00"), { providerId: "P1" });
    assert.deepEqual(
      later.map((c) => [c.number, c.overdue]),
      [
        [body.number, "forward"],
        [forwarded.number, "review"],
      ],
    );
  });
});
