import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { defaultCalendar, parseLocalDateTime } from "../calendar/index.ts";
import { loadCatalog } from "../catalog/catalog.ts";
import { verifyById } from "../documents/index.ts";
import { verifyChains } from "../history/index.ts";
import { seedOrganisation } from "../org/index.ts";
import { createCa, makeCrl } from "../pki/index.ts";
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

  it("puts cases in every state, overdue ones included, with intact history and signed results; a second run adds nothing", async () => {
    const deps = { db: store.db, calendar: defaultCalendar(), catalog: loadCatalog() };
    const now = new Date(parseLocalDateTime("2026-11-23T11:00"));
    const ca = await createCa({ notBefore: new Date("2025-01-01T00:00:00Z") });
    const signing = { ca, trust: { roots: [ca.certificate], crls: async () => [await makeCrl(ca, [])] } };
    const report = await seedDemoCases(deps, now, signing, ["astana", "abai"]);
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
    // Every issued or refused case carries its signed document, and each verifies.
    const ended = await store.db
      .selectFrom("cases")
      .leftJoin("documents", (j) =>
        j.onRef("documents.case_id", "=", "cases.id").on("documents.status", "=", "signed"),
      )
      .select(["cases.id", "cases.status", "documents.id as documentId"])
      .where("cases.status", "in", ["issued", "refused"])
      .execute();
    assert.ok(ended.length > 0);
    for (const row of ended) {
      assert.ok(row.documentId, `${row.id} (${row.status}) has no signed document`);
      assert.equal((await verifyById(store.db, signing.trust, row.documentId)).verdict, "genuine");
    }
    const again = await seedDemoCases(deps, now, signing, ["astana", "abai"]);
    assert.equal(again.created, 0);
  });
});
