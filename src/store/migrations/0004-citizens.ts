/**
 * Citizen accounts of the personal cabinet (src/citizens): accounts by IIN and
 * password, their sessions, one-time passwords and the SMS outbox the bundled
 * sender writes to.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  const now = sql`now()`;
  await db.schema
    .createTable("citizen_accounts")
    .addColumn("iin", "text", (c) => c.primaryKey())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_until", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("verified_at", "timestamptz")
    .execute();
  await db.schema
    .createTable("citizen_sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.notNull().references("citizen_accounts.iin"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("citizen_sessions_iin").on("citizen_sessions").column("iin").execute();
  await db.schema
    .createTable("sms_outbox")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("text", "jsonb", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz")
    .execute();
  await db.schema.createIndex("sms_outbox_phone").on("sms_outbox").columns(["phone", "id"]).execute();
  await db.schema
    .createTable("one_time_passwords")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("iin", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("one_time_passwords_iin")
    .on("one_time_passwords")
    .columns(["iin", "created_at"])
    .execute();
}
