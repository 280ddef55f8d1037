import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { defaultCalendar, parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { verifyChains } from "../history/index.ts";
import { seedOrganisation } from "../org/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import { seedDemoCases } from "./cases.ts";

describe("demo cases", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin);
  });
  after(async () => store.close());

  it("puts cases in every state, overdue ones included, with intact history; a second run adds nothing", async () => {
    const deps = { db: store.db, calendar: defaultCalendar(), catalog: loadCatalog() };
    const now = new Date(parseLocalDateTime("2026-11-23T11:00"));
    const report = await seedDemoCases(deps, now, ["astana", "abai"]);
    assert.ok(report.created >= 30, JSON.stringify(report));
    for (const status of [
      "in_progress",
      "hearing_scheduled",
      "hearing_held",
      "issued",
      "refused",
      "refused_to_accept",
    ])
      assert.ok((report.byStatus[status] ?? 0) > 0, `${status}: ${JSON.stringify(report.byStatus)}`);
    const overdue = await store.db
      .selectFrom("tasks")
      .select("id")
      .where("overdue_at", "is not", null)
      .execute();
    assert.ok(overdue.length > 0);
    assert.deepEqual((await verifyChains(store.db)).breaks, []);
    const again = await seedDemoCases(deps, now, ["astana", "abai"]);
    assert.equal(again.created, 0);
  });
});
