import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { formatLocal } from "../calendar/index.ts";
import { findService, findVersion } from "../catalog/lookup.ts";
import { isQyzmetError } from "../core/errors.ts";
import { verifyChains } from "../history/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import {
  completeStep,
  extendTerm,
  getCase,
  inbox,
  scanOverdue,
  submitApplication,
  warnRefusalDeadlines,
} from "./index.ts";
import { decideAfterHearing, recordHearing, sendPreliminaryRefusal } from "./refusal.ts";
import { engineFixture, type Fixture, fullPackage, testIin } from "./testing.ts";

const applicant = { iin: testIin(), surname: "Сейітова", givenName: "Әсел" };
const HOUR = 3_600_000;

async function rejects(p: Promise<unknown>, code: string) {
  await assert.rejects(p, (e) => {
    if (!isQyzmetError(e)) throw e;
    assert.equal(e.code, code, JSON.stringify(e.details));
    return true;
  });
}

describe("case engine", () => {
  let store: Store;
  let f: Fixture;
  let sc: string;
  let edu: string;
  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "abai");
    sc = f.providers.state_corporation_branch as string;
    edu = f.providers.district_education_department as string;
  });
  after(async () => store.close());

  const guardianship = () =>
    findVersion(findService(f.deps.catalog, "guardianship-establishment"), "national-2022");
  const submitGuardianship = (key: string) =>
    submitApplication(f.deps, f.staff(sc, "state_corporation_operator"), {
      idempotencyKey: key,
      serviceCode: "guardianship-establishment",
      channel: "state_corporation",
      regionCode: "abai",
      providerId: edu,
      applicant,
      children: [{ fullName: "Бала Баланың", birthDate: "2018-04-01" }],
      documents: fullPackage(guardianship(), "state_corporation"),
    });

  it("guardianship-establishment at the State Corporation: 19 working days from the day after acceptance (003 List annex 6, row 3), order, handed out", async () => {
    f.setNow("2026-03-02T10:00");
    const r = await submitGuardianship("guardianship-ok-1");
    assert.equal(r.created, true);
    assert.equal(r.receipt.kind, "receipt");
    assert.match(r.case.incoming_number ?? "", /^T-EDU-2026-000001$/);
    const cal = f.deps.calendar;
    const expected = cal.add(
      Date.parse("2026-03-02T05:00:00Z"),
      { value: 19, unit: "working_days" },
      "provider",
      { excludeStartDay: true },
    );
    assert.equal(r.case.deadline?.getTime(), expected);
    assert.equal(formatLocal(expected).slice(0, 16), "2026-04-02T18:30");
    assert.equal(r.case.cursor, "no-refusal-grounds");
    const executor = f.staff(edu, "responsible_executor");
    const box = await inbox(f.deps, executor);
    assert.equal(box[0]?.caseId, r.case.id);
    f.advance(HOUR);
    let c = await completeStep(f.deps, executor, r.case.id, { stepId: "no-refusal-grounds", answer: "yes" });
    assert.equal(c.cursor, "issue-order");
    const head = f.staff(edu, "head");
    c = await completeStep(f.deps, head, r.case.id, {
      stepId: "issue-order",
      document: { number: "123-о", title: "Бұйрық" },
    });
    assert.equal(c.cursor, "issue-result");
    c = await completeStep(f.deps, f.staff(sc, "state_corporation_operator"), r.case.id, {
      stepId: "issue-result",
    });
    assert.equal(c.status, "issued");
    assert.equal((await verifyChains(store.db, r.case.id)).breaks.length, 0);
  });

  it("the same idempotency key returns the same case; a different request under it is refused (409)", async () => {
    f.setNow("2026-03-02T11:00");
    const a = await submitGuardianship("guardianship-idem");
    const b = await submitGuardianship("guardianship-idem");
    assert.equal(a.case.id, b.case.id);
    assert.equal(b.created, false);
    await rejects(
      submitApplication(f.deps, f.staff(sc, "state_corporation_operator"), {
        idempotencyKey: "guardianship-idem",
        serviceCode: "guardianship-establishment",
        channel: "state_corporation",
        regionCode: "abai",
        providerId: edu,
        applicant: { ...applicant, surname: "Басқа" },
        documents: fullPackage(guardianship(), "state_corporation"),
      }),
      "IDEMPOTENCY_KEY_REUSED",
    );
  });

  it("an incomplete package is refused at acceptance with a receipt naming the missing documents (003 List annex 7; Law on State Services art. 20 p. 2)", async () => {
    f.setNow("2026-03-02T12:00");
    const r = await submitApplication(f.deps, f.staff(sc, "state_corporation_operator"), {
      idempotencyKey: "guardianship-incomplete",
      serviceCode: "guardianship-establishment",
      channel: "state_corporation",
      regionCode: "abai",
      providerId: edu,
      applicant,
      documents: [{ id: "sc-application" }],
    });
    assert.equal(r.case.status, "refused_to_accept");
    assert.equal(r.case.incoming_number, null);
    assert.equal(r.receipt.kind, "refusal_to_accept_receipt");
    assert.ok(r.receipt.missing.some((d) => d.id === "sc-income-information"));
    assert.equal(r.receipt.copies, 2);
    assert.equal(r.receipt.office, sc);
    assert.ok(r.receipt.officeAddress.kk.length > 0);
  });

  it("refusal on the merits: preliminary decision at least 3 working days before the term, hearing, reasoned refusal (APPC art. 73–74; 003 Guardianship Rules p. 11)", async () => {
    f.setNow("2026-03-03T10:00");
    const r = await submitGuardianship("guardianship-refuse");
    const executor = f.staff(edu, "responsible_executor");
    // A refusal without the hearing is not lawful.
    await rejects(
      sendPreliminaryRefusal(f.deps, executor, r.case.id, {
        grounds: [99],
        reasoning: "x",
        hearingAt: "2026-03-10T10:00",
        place: "office 1",
      }),
      "GROUND_UNKNOWN",
    );
    await rejects(
      sendPreliminaryRefusal(f.deps, executor, r.case.id, {
        grounds: [7],
        reasoning: "No permanent residence",
        hearingAt: "2026-03-02T10:00",
        place: "office 1",
      }),
      "HEARING_TIME_INVALID",
    );
    let c = await sendPreliminaryRefusal(f.deps, executor, r.case.id, {
      grounds: [7],
      reasoning: "No permanent place of residence",
      hearingAt: "2026-03-10T10:00",
      place: "Room 12",
    });
    assert.equal(c.status, "hearing_scheduled");
    assert.equal(c.cursor, "hearing");
    await rejects(recordHearing(f.deps, executor, r.case.id, { attended: true }), "HEARING_TOO_EARLY");
    f.setNow("2026-03-10T10:30");
    c = await recordHearing(f.deps, executor, r.case.id, { attended: true, objections: "I rent a flat" });
    assert.equal(c.status, "hearing_held");
    assert.equal(c.cursor, "answer-after-hearing");
    c = await decideAfterHearing(f.deps, executor, r.case.id, {
      decision: "refuse",
      grounds: [7],
      reasoning: "Rental contract expired",
    });
    assert.equal(c.cursor, "issue-result");
    c = await completeStep(f.deps, f.staff(sc, "state_corporation_operator"), r.case.id, {
      stepId: "issue-result",
    });
    assert.equal(c.status, "refused");
    const view = await getCase(f.deps, f.staff(edu, "head"), r.case.id);
    assert.ok(view.events.some((e) => e.action === "hearing.decided"));
  });

  it("a preliminary refusal later than 3 working days before the term ends is refused (APPC art. 73)", async () => {
    f.setNow("2026-03-04T10:00");
    const r = await submitGuardianship("guardianship-late");
    // Accepted Wed 4 March 2026: the term ends Mon 6 April; the last day for the preliminary decision is Wed 1 April.
    assert.equal(formatLocal(r.case.deadline?.getTime() ?? 0).slice(0, 10), "2026-04-06");
    f.setNow("2026-04-02T09:30");
    await rejects(
      sendPreliminaryRefusal(f.deps, f.staff(edu, "responsible_executor"), r.case.id, {
        grounds: [7],
        reasoning: "x",
        hearingAt: "2026-04-03T10:00",
        place: "x",
      }),
      "PRELIMINARY_REFUSAL_TOO_LATE",
    );
  });

  it("wrong role, other provider, stale step: typed errors and nothing changes", async () => {
    f.setNow("2026-03-05T10:00");
    const r = await submitGuardianship("guardianship-guards");
    const before = await store.db
      .selectFrom("events")
      .select("id")
      .where("case_id", "=", r.case.id)
      .execute();
    await rejects(
      completeStep(f.deps, f.staff(edu, "head"), r.case.id, { stepId: "no-refusal-grounds", answer: "yes" }),
      "FORBIDDEN_ROLE",
    );
    await rejects(
      completeStep(f.deps, f.staff(edu, "responsible_executor"), r.case.id, { stepId: "issue-order" }),
      "WRONG_STEP",
    );
    await rejects(
      completeStep(f.deps, f.staff(edu, "responsible_executor"), r.case.id, { stepId: "no-refusal-grounds" }),
      "ANSWER_REQUIRED",
    );
    await rejects(
      completeStep(f.deps, f.staff(edu, "responsible_executor"), r.case.id, {
        stepId: "no-refusal-grounds",
        answer: "maybe",
      }),
      "INPUT_INVALID",
    );
    const other = { ...f.staff(edu, "responsible_executor"), providerId: "T-ESP" };
    await rejects(
      completeStep(f.deps, other, r.case.id, { stepId: "no-refusal-grounds", answer: "yes" }),
      "FORBIDDEN_SCOPE",
    );
    const afterEvents = await store.db
      .selectFrom("events")
      .select("id")
      .where("case_id", "=", r.case.id)
      .execute();
    assert.equal(afterEvents.length, before.length);
  });

  it("the deadline worker marks an overdue task once, records its holder and notifies", async () => {
    f.setNow("2026-04-20T10:00");
    const first = await scanOverdue(f.deps);
    assert.ok(first.overdue >= 1);
    const second = await scanOverdue(f.deps);
    assert.equal(second.overdue, 0);
    const n = await store.db
      .selectFrom("notifications")
      .select("id")
      .where("kind", "=", "task.overdue")
      .execute();
    assert.ok(n.length >= first.overdue);
    assert.equal((await verifyChains(store.db)).breaks.length, 0);
  });
});

describe("extension of the term", () => {
  let store: Store;
  let f: Fixture;
  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "west-kazakhstan", "W");
  });
  after(async () => store.close());

  it("nuclear-test-victims: the term is extended once by 1 month for an additional inquiry (001 Annex 2, p. 3)", async () => {
    f.setNow("2016-09-05T10:00");
    const esp = f.providers.district_employment_social_department as string;
    const r = await submitApplication(f.deps, f.staff(esp, "office_clerk"), {
      idempotencyKey: "nuclear-extend-1",
      serviceCode: "nuclear-test-victims",
      variant: "recognition",
      channel: "provider_office",
      regionCode: "west-kazakhstan",
      providerId: esp,
      applicant,
    });
    const before = r.case.deadline?.getTime() ?? 0;
    assert.ok(before > 0);
    const executor = f.staff(esp, "responsible_executor");
    const c = await extendTerm(f.deps, executor, r.case.id, {
      rule: "additional-inquiry",
      reason: "Archive inquiry to Semey",
    });
    assert.equal(
      c.deadline?.getTime(),
      f.deps.calendar.add(before, { value: 1, unit: "months" }, "provider"),
    );
    await rejects(
      extendTerm(f.deps, executor, r.case.id, { rule: "additional-inquiry", reason: "again" }),
      "TERM_ALREADY_EXTENDED",
    );
    await rejects(
      extendTerm(f.deps, executor, r.case.id, { rule: "nope", reason: "x" }),
      "NO_EXTENSION_RULE",
    );
  });
});

describe("engine: portal timing, automated decisions, refusal warning", () => {
  let store: Store;
  let f: Fixture;
  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "abai", "P");
  });
  after(async () => store.close());

  const portal = (key: string, code: string, deps = f.deps) => {
    const version = findVersion(findService(f.deps.catalog, code), "national-2022");
    return submitApplication(
      deps,
      { kind: "system", name: "gateway" },
      {
        idempotencyKey: key,
        serviceCode: code,
        channel: "portal",
        regionCode: "abai",
        providerId: f.providers.district_education_department as string,
        applicant,
        documents: fullPackage(version, "portal"),
      },
    );
  };

  it("a portal request after working hours counts from the next working day (003 standards, row 7: portal schedule)", async () => {
    // Friday 6 March 2026, 19:00; Monday 9 March is the day off for 8 March: received Tuesday 10 March.
    f.setNow("2026-03-06T19:00");
    const r = await portal("portal-after-hours", "minor-property-certificates");
    assert.equal(formatLocal(r.case.term_start.getTime()).slice(0, 16), "2026-03-10T09:00");
    assert.equal(formatLocal(r.case.deadline?.getTime() ?? 0).slice(0, 16), "2026-03-13T18:30");
  });

  it("an automated check without data falls back to a person: the executor decides", async () => {
    f.setNow("2026-03-11T10:00");
    const manual = { ...f.deps, automation: { decide: async () => "manual" as const } };
    const r = await portal("portal-manual-fallback", "guardianship-certificate", manual);
    assert.equal(r.case.status, "in_progress");
    assert.equal(r.case.cursor, "no-refusal-grounds");
    const c = await completeStep(
      f.deps,
      f.staff(f.providers.district_education_department as string, "responsible_executor"),
      r.case.id,
      {
        stepId: "no-refusal-grounds",
        answer: "yes",
      },
    );
    assert.equal(c.status, "issued");
  });

  it("the executor is warned once, a working day before the last day for a preliminary refusal (APPC art. 73)", async () => {
    f.setNow("2026-03-02T10:00");
    const sc = f.providers.state_corporation_branch as string;
    const version = findVersion(findService(f.deps.catalog, "guardianship-establishment"), "national-2022");
    const r = await submitApplication(f.deps, f.staff(sc, "state_corporation_operator"), {
      idempotencyKey: "warning-case-1",
      serviceCode: "guardianship-establishment",
      channel: "state_corporation",
      regionCode: "abai",
      providerId: f.providers.district_education_department as string,
      applicant,
      documents: fullPackage(version, "state_corporation"),
    });
    // Term ends Thu 2 April; the last day for the notice is Mon 30 March; the warning comes after Thu 26 March.
    f.setNow("2026-03-25T10:00");
    await warnRefusalDeadlines(f.deps);
    let row = await store.db
      .selectFrom("cases")
      .select("refusal_warned_at")
      .where("id", "=", r.case.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.refusal_warned_at, null);
    f.setNow("2026-03-27T10:00");
    await warnRefusalDeadlines(f.deps);
    row = await store.db
      .selectFrom("cases")
      .select("refusal_warned_at")
      .where("id", "=", r.case.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(row.refusal_warned_at, null);
    const notes = await store.db
      .selectFrom("notifications")
      .selectAll()
      .where("case_id", "=", r.case.id)
      .where("kind", "=", "refusal.deadline_near")
      .execute();
    assert.ok(notes.length >= 1);
    assert.match(String((notes[0]?.text as { en?: string } | undefined)?.en), /2026-03-30 18:30/);
    await warnRefusalDeadlines(f.deps);
    const again = await store.db
      .selectFrom("notifications")
      .select("id")
      .where("case_id", "=", r.case.id)
      .where("kind", "=", "refusal.deadline_near")
      .execute();
    assert.equal(again.length, notes.length);
  });
});
