/** When the executor was warned that the last day for a preliminary refusal is near (once per case). */
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("cases").addColumn("refusal_warned_at", "timestamptz").execute();
}
