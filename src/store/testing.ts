/**
 * A fresh, migrated store for one test file: a new schema on the PostgreSQL of
 * TEST_DATABASE_URL (CI), otherwise PGlite in memory. Call `close()` after.
 */
import { randomBytes } from "node:crypto";
import { dropSchema, migrate, openStore, type Store } from "./store.ts";

export async function openTestStore(): Promise<Store> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const store = await openStore({ memory: true });
    await migrate(store);
    return store;
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const store = await openStore({ url, schema, poolSize: 4 });
  await migrate(store);
  return {
    ...store,
    db: store.db,
    admin: store.admin,
    async close() {
      await dropSchema(store);
      await store.close();
    },
  };
}
