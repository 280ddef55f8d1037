/**
 * A signed portal request is recorded when the portal accepts it and sends it through the gateway;
 * its case exists only once the provider's gateway workstation has registered it.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE signed_requests ALTER COLUMN case_id DROP NOT NULL`.execute(db);
}
