import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import type { Store } from "./store.ts";
import { openTestStore } from "./testing.ts";

describe("store", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
  });
  after(async () => store.close());

  it("migrates and runs queries as the application role", async () => {
    const { rows } = await sql<{ role: string }>`SELECT current_user AS role`.execute(store.db);
    assert.equal(rows[0]?.role, "qyzmet_app");
  });

  it("the application role cannot update or delete history (DESIGN principle 5)", async () => {
    await store.admin
      .insertInto("regions")
      .values({ code: "abai", kato: "100000000", name: JSON.stringify({ kk: "a", ru: "a", en: "a" }) })
      .execute();
    await store.admin
      .insertInto("districts")
      .values({
        id: "d1",
        region_code: "abai",
        kato: "1",
        name: JSON.stringify({ kk: "a", ru: "a", en: "a" }),
      })
      .execute();
    await store.admin
      .insertInto("providers")
      .values({
        id: "P1",
        kind: "district_education_department",
        region_code: "abai",
        district_id: "d1",
        bin: "000000000000",
        name: JSON.stringify({ kk: "a", ru: "a", en: "a" }),
        address: JSON.stringify({ kk: "a", ru: "a", en: "a" }),
      })
      .execute();
    await store.db
      .insertInto("access_log")
      .values({ at: new Date(), action: "read", allowed: true, detail: "{}" })
      .execute();
    await assert.rejects(
      store.db.updateTable("access_log").set({ action: "x" }).execute(),
      /permission denied|append-only/,
    );
    await assert.rejects(store.db.deleteFrom("access_log").execute(), /permission denied|append-only/);
    // Even the schema owner cannot rewrite history: the trigger refuses.
    await assert.rejects(store.admin.deleteFrom("access_log").execute(), /append-only/);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM access_log`.execute(store.db);
    assert.equal(rows[0]?.n, 1);
  });

  it("a failed transaction leaves nothing behind", async () => {
    await assert.rejects(
      store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("notifications")
          .values({ kind: "x", text: "{}", created_at: new Date() })
          .execute();
        throw new Error("boom");
      }),
      /boom/,
    );
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notifications`.execute(store.db);
    assert.equal(rows[0]?.n, 0);
  });
});
