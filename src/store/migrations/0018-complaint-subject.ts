/**
 * Complaints filed by the citizen in the personal cabinet (src/citizens/complaints.ts):
 * - subject: which decision or action the complaint concerns (`SUBJECTS` in src/complaints), null
 *   when the office registered it without saying;
 * - filed_via: "office" (registered by the provider's office) or "portal" (the personal cabinet);
 * - complaints_complainant: "my complaints" by the complainant's IIN.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("complaints").addColumn("subject", "text").execute();
  await db.schema
    .alterTable("complaints")
    .addColumn("filed_via", "text", (c) => c.notNull().defaultTo("office"))
    .execute();
  await sql`CREATE INDEX complaints_complainant ON complaints (complainant_iin, registered_at)`.execute(db);
}
