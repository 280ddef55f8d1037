/**
 * The bundled state databases (src/statedb): civil-status records (АХАЖ:
 * births, marriages, deaths), guardianship data, notarised powers of attorney
 * (ЕНИС), criminal records and dispensary registrations. The persons
 * themselves (ГБД ФЛ) are the `citizens` table. Dates are `YYYY-MM-DD` text,
 * as in `citizens`.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("civil_records")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind IN ('birth', 'marriage', 'death')`))
    .addColumn("person_iin", "text", (c) => c.notNull())
    .addColumn("other_iin", "text")
    .addColumn("father_iin", "text")
    .addColumn("registered_on", "text", (c) => c.notNull())
    .addColumn("record_number", "text", (c) => c.notNull().unique())
    .addColumn("region_code", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("civil_records_person")
    .on("civil_records")
    .columns(["person_iin", "kind"])
    .execute();
  await db.schema
    .createIndex("civil_records_other")
    .on("civil_records")
    .columns(["other_iin", "kind"])
    .execute();
  await db.schema
    .createIndex("civil_records_father")
    .on("civil_records")
    .columns(["father_iin", "kind"])
    .execute();

  await db.schema
    .createTable("guardianship_records")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("ward_iin", "text", (c) => c.notNull())
    .addColumn("guardian_iin", "text", (c) => c.notNull())
    .addColumn("order_number", "text", (c) => c.notNull())
    .addColumn("order_date", "text", (c) => c.notNull())
    .addColumn("provider_id", "text")
    .addColumn("ended_on", "text")
    .execute();
  await db.schema
    .createIndex("guardianship_records_ward")
    .on("guardianship_records")
    .column("ward_iin")
    .execute();
  await db.schema
    .createIndex("guardianship_records_guardian")
    .on("guardianship_records")
    .column("guardian_iin")
    .execute();

  await db.schema
    .createTable("powers_of_attorney")
    .addColumn("number", "text", (c) => c.primaryKey())
    .addColumn("principal_iin", "text", (c) => c.notNull())
    .addColumn("agent_iin", "text", (c) => c.notNull())
    .addColumn("notary", "text", (c) => c.notNull())
    .addColumn("issued_on", "text", (c) => c.notNull())
    .addColumn("valid_until", "text", (c) => c.notNull())
    .addColumn("revoked", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable("criminal_records")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.notNull())
    .addColumn("article", "text", (c) => c.notNull())
    .addColumn("verdict_date", "text", (c) => c.notNull())
    .addColumn("expunged", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex("criminal_records_iin").on("criminal_records").column("iin").execute();

  await db.schema
    .createTable("dispensary_registrations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind IN ('narcological', 'psychiatric')`))
    .addColumn("registered_on", "text", (c) => c.notNull())
    .addColumn("removed_on", "text")
    .execute();
  await db.schema
    .createIndex("dispensary_registrations_iin")
    .on("dispensary_registrations")
    .column("iin")
    .execute();
}
