/** Administrator settings of the registries (the agency quota, …): a key and a JSON value, with who set it. */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../store/tables.ts";

type Db = Kysely<Database> | Transaction<Database>;

export async function getSetting(db: Db, key: string): Promise<unknown> {
  const row = await db
    .selectFrom("registry_settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value;
}

export async function setSetting(
  db: Db,
  key: string,
  value: unknown,
  setBy: string,
  at: Date,
): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto("registry_settings")
    .values({ key, value: json, set_by: setBy, set_at: at })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: json, set_by: setBy, set_at: at }))
    .execute();
}
