import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { findService, findVersion } from "../catalog/lookup.ts";
import type { Store } from "../store/index.ts";
import { openStore } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { scanOverdue, submitApplication } from "./index.ts";
import { engineFixture, type Fixture, fullPackage, testIin } from "./testing.ts";

describe("intake under concurrency", () => {
  let store: Store;
  let f: Fixture;
  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "abai", "C");
    f.setNow("2026-03-02T10:00");
  });
  after(async () => store.close());

  const body = (key: string, serial: number) => {
    const edu = f.providers.district_education_department as string;
    const version = findVersion(findService(f.deps.catalog, "school-meals"), "national-2022");
    return {
      idempotencyKey: key,
      serviceCode: "school-meals",
      channel: "provider_office",
      regionCode: "abai",
      providerId: edu,
      applicant: { iin: testIin("1984-02-02", "m", serial), surname: "Ахметов", givenName: "Ерлан" },
      children: [{ fullName: "Ахметов Нұрлан", birthDate: "2015-09-01" }],
      documents: fullPackage(version, "provider_office"),
    };
  };

  it("30 parallel registrations at one provider get incoming numbers 1–30 with no gap or repeat", async () => {
    const clerk = f.staff(f.providers.district_education_department as string, "office_clerk");
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => submitApplication(f.deps, clerk, body(`parallel-${i}`, i + 10))),
    );
    const numbers = results
      .map((r) => Number(r.case.incoming_number?.split("-").at(-1)))
      .sort((a, b) => a - b);
    assert.deepEqual(
      numbers,
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });

  it("the same idempotency key sent 10 times at once makes one case", async () => {
    const clerk = f.staff(f.providers.district_education_department as string, "office_clerk");
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submitApplication(f.deps, clerk, body("same-key", 99))),
    );
    assert.equal(new Set(results.map((r) => r.case.id)).size, 1);
    assert.equal(results.filter((r) => r.created).length, 1);
    const rows = await store.db
      .selectFrom("cases")
      .select("id")
      .where("idempotency_key", "=", "same-key")
      .execute();
    assert.equal(rows.length, 1);
  });
});

describe("the deadline worker on two nodes", () => {
  let store: Store;
  let second: Store | null = null;
  let f: Fixture;
  before(async () => {
    store = await openTestStore();
    f = await engineFixture(store, "abai", "N");
    const url = process.env.TEST_DATABASE_URL;
    // On PostgreSQL the second node has its own pool, as a second server process would.
    if (url) second = await openStore({ url, schema: store.schema, poolSize: 4 });
  });
  after(async () => {
    await second?.close();
    await store.close();
  });

  it("two workers scanning at once mark every overdue task exactly once and notify once (FOR UPDATE SKIP LOCKED)", async () => {
    f.setNow("2026-03-02T10:00");
    const clerk = f.staff(f.providers.district_education_department as string, "office_clerk");
    const version = findVersion(findService(f.deps.catalog, "school-meals"), "national-2022");
    for (let i = 0; i < 40; i++)
      await submitApplication(f.deps, clerk, {
        idempotencyKey: `two-nodes-${i}`,
        serviceCode: "school-meals",
        channel: "provider_office",
        regionCode: "abai",
        providerId: f.providers.district_education_department as string,
        applicant: { iin: testIin("1986-06-06", "f", 200 + i), surname: "Әлиева", givenName: "Дана" },
        documents: fullPackage(version, "provider_office"),
      });
    f.setNow("2026-05-04T10:00");
    const nodeB = second ? { ...f.deps, db: second.db } : f.deps;
    let marked = 0;
    for (;;) {
      const [a, b] = await Promise.all([scanOverdue(f.deps, 7), scanOverdue(nodeB, 7)]);
      marked += a.overdue + b.overdue;
      if (a.overdue === 0 && b.overdue === 0) break;
    }
    const overdue = await store.db
      .selectFrom("tasks")
      .select(["id"])
      .where("overdue_at", "is not", null)
      .execute();
    assert.equal(marked, overdue.length);
    assert.ok(marked >= 40);
    const events = await store.db
      .selectFrom("events")
      .select("payload")
      .where("action", "=", "task.overdue")
      .execute();
    assert.equal(events.length, overdue.length);
    const notes = await store.db
      .selectFrom("notifications")
      .select(["staff_id", "case_id"])
      .where("kind", "=", "task.overdue")
      .execute();
    const keys = notes.map((n) => `${n.staff_id}/${n.case_id}`);
    assert.equal(new Set(keys).size, keys.length, "no one is told twice about the same task");
  });
});
