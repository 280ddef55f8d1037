/**
 * Issue 5's remainder:
 *  - the scope of a notarised power of attorney in ЕНИС (`powers_of_attorney.services`: the service codes
 *    it covers; null = a general power to represent the principal before state bodies);
 *  - an index for the personal cabinet's "cases where I am the representative" (`cases.representative->>'iin'`);
 *  - the bundled "Oralman" base (кандас: ethnic Kazakh returnees registered by a region's department)
 *    and the national education database (НОБД: enrolments in education organisations).
 * Dates are `YYYY-MM-DD` text, as in 0006.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("powers_of_attorney").addColumn("services", "jsonb").execute();
  await sql`CREATE INDEX cases_representative_iin ON cases ((representative->>'iin'))`.execute(db);
  await db.schema
    .createIndex("powers_of_attorney_agent")
    .on("powers_of_attorney")
    .column("agent_iin")
    .execute();

  await db.schema
    .createTable("oralman_records")
    .addColumn("iin", "text", (c) => c.primaryKey())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("district_id", "text")
    .addColumn("certificate_number", "text", (c) => c.notNull().unique())
    .addColumn("registered_on", "text", (c) => c.notNull())
    .addColumn("country_code", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("education_records")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) =>
      c.notNull().check(sql`level IN ('preschool', 'school', 'college', 'university')`),
    )
    .addColumn("organisation_id", "text")
    .addColumn("organisation_name", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("grade", "integer")
    .addColumn("enrolled_on", "text", (c) => c.notNull())
    .addColumn("left_on", "text")
    .execute();
  await db.schema.createIndex("education_records_iin").on("education_records").column("iin").execute();
}
