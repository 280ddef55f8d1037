import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { findService, findVersion } from "../catalog/lookup.ts";
import { isQyzmetError } from "../core/errors.ts";
import { verifyChains } from "../history/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { commitGrouped, groupCommitStats } from "./group-commit.ts";
import { submitApplication } from "./index.ts";
import { allocateNumbers } from "./numbers.ts";
import { engineFixture, type Fixture, fullPackage, testIin } from "./testing.ts";

describe("group commit of registrations", () => {
  let store: Store;
  let f: Fixture;
  let edu: string;
  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "abai", "G");
    f.setNow("2026-03-02T10:00");
    edu = f.providers.district_education_department as string;
  });
  after(async () => store.close());

  const body = (key: string, serial: number) => ({
    idempotencyKey: key,
    serviceCode: "school-meals",
    channel: "provider_office",
    regionCode: "abai",
    providerId: edu,
    applicant: { iin: testIin("1983-03-03", "f", serial), surname: "Сейітова", givenName: "Айгүл" },
    children: [{ fullName: "Сейітов Нұрлан", birthDate: "2016-09-01" }],
    documents: fullPackage(
      findVersion(findService(f.deps.catalog, "school-meals"), "national-2022"),
      "provider_office",
    ),
  });
  const seqOf = (n: string | null) => Number(n?.split("-").at(-1));

  it("registrations sent at once share transactions, and each is numbered, chained and waits on its first task", async () => {
    const clerk = f.staff(edu, "office_clerk");
    const before = groupCommitStats(store.db);
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => submitApplication(f.deps, clerk, body(`grouped-${i}`, i + 10))),
    );
    const stats = groupCommitStats(store.db);
    assert.equal(stats.writes - before.writes, 24);
    assert.ok(
      stats.transactions - before.transactions < 24,
      `24 registrations in ${stats.transactions - before.transactions} transactions`,
    );
    assert.deepEqual(
      results.map((r) => seqOf(r.case.incoming_number)).sort((a, b) => a - b),
      Array.from({ length: 24 }, (_, i) => i + 1),
    );
    const ids = results.map((r) => r.case.id);
    const stored = await store.db.selectFrom("cases").selectAll().where("id", "in", ids).execute();
    const tasks = await store.db.selectFrom("tasks").selectAll().where("case_id", "in", ids).execute();
    assert.equal(stored.length, 24);
    for (const r of results) {
      const row = stored.find((c) => c.id === r.case.id);
      const own = tasks.filter((t) => t.case_id === r.case.id);
      assert.equal(own.length, 1);
      // What the caller got is what was written: the first task's cursor and revision included.
      assert.equal(row?.cursor, own[0]?.step_id);
      assert.equal(r.case.cursor, row?.cursor);
      assert.equal(r.case.revision, row?.revision);
      assert.deepEqual(r.case.outputs, row?.outputs);
      assert.deepEqual(r.case.applicant, row?.applicant);
    }
    for (const id of ids) assert.deepEqual((await verifyChains(store.db, id)).breaks, []);
  });

  it("a member whose write fails is answered alone; the rest commit and the register stays gap-free", async () => {
    const clerk = f.staff(edu, "office_clerk");
    const first = await submitApplication(f.deps, clerk, body("reused-key", 100));
    const results = await Promise.allSettled([
      ...Array.from({ length: 6 }, (_, i) => submitApplication(f.deps, clerk, body(`member-${i}`, 200 + i))),
      // The same key with another request: refused, whichever group it lands in.
      submitApplication(f.deps, clerk, body("reused-key", 101)),
      // The same key with the same request: answered with the first case.
      submitApplication(f.deps, clerk, body("reused-key", 100)),
    ]);
    const reused = results[6] as PromiseRejectedResult;
    assert.equal(reused.status, "rejected");
    assert.ok(isQyzmetError(reused.reason) && reused.reason.code === "IDEMPOTENCY_KEY_REUSED");
    const replay = results[7] as PromiseFulfilledResult<Awaited<ReturnType<typeof submitApplication>>>;
    assert.equal(replay.value.case.id, first.case.id);
    assert.equal(replay.value.created, false);
    const numbers = results
      .slice(0, 6)
      .map((r) =>
        seqOf(
          (r as PromiseFulfilledResult<{ case: { incoming_number: string | null } }>).value.case
            .incoming_number,
        ),
      );
    const firstSeq = seqOf(first.case.incoming_number);
    assert.deepEqual(
      numbers.sort((a, b) => a - b),
      Array.from({ length: 6 }, (_, i) => firstSeq + 1 + i),
    );
  });

  it("a group that fails is rolled back and redone one by one, each with its own answer", async () => {
    const claim = { orgId: edu, year: 2031, kind: "group-test" };
    const written: number[] = [];
    const job = (fail: boolean) => ({
      numbers: [claim],
      write: async (_trx: unknown, [n]: readonly number[]) => {
        if (fail) throw new Error("this write fails");
        written.push(n as number);
        return n as number;
      },
    });
    const before = groupCommitStats(store.db);
    // Two lanes take the first two at once; the next three wait and go together.
    const answers = await Promise.allSettled(
      [false, false, false, true, false].map((fail) => commitGrouped(store.db, job(fail))),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      ["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled"],
    );
    assert.equal(((answers[3] as PromiseRejectedResult).reason as Error).message, "this write fails");
    assert.equal(groupCommitStats(store.db).redone - before.redone, 1);
    const committed = answers.flatMap((a) => (a.status === "fulfilled" ? [a.value as number] : []));
    // The failed group's numbers were given back: four writes, numbers 1–4.
    assert.deepEqual(committed.sort(), [1, 2, 3, 4]);
    const counter = await store.db
      .selectFrom("number_sequences")
      .select("last")
      .where("provider_id", "=", edu)
      .where("year", "=", 2031)
      .where("kind", "=", "group-test")
      .executeTakeFirstOrThrow();
    assert.equal(counter.last, 4);
  });

  it("one statement claims numbers from several counters, each in the order asked", async () => {
    const a = { orgId: edu, year: 2032, kind: "claims-a" };
    const b = { orgId: edu, year: 2032, kind: "claims-b" };
    const got = await store.db.transaction().execute((trx) => allocateNumbers(trx, [a, b, a, a, b]));
    assert.deepEqual(got, [1, 1, 2, 3, 2]);
    const next = await store.db.transaction().execute((trx) => allocateNumbers(trx, [b, a]));
    assert.deepEqual(next, [3, 4]);
    assert.deepEqual(await store.db.transaction().execute((trx) => allocateNumbers(trx, [])), []);
  });
});
