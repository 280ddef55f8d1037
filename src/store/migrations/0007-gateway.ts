/**
 * The e-government gateway (src/gateway): the outbox of messages to deliver
 * with their ШЭП delivery state, the inbox of messages received (once per
 * `messageId`), and the append-only, hash-chained message log with its signed
 * checkpoints. The log tables refuse UPDATE, DELETE and TRUNCATE to everyone
 * through `qyzmet_append_only()` (migration 0001).
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("gateway_outbox")
    .addColumn("message_id", "text", (c) => c.primaryKey())
    .addColumn("receiver", "text", (c) => c.notNull())
    .addColumn("message", "jsonb", (c) => c.notNull())
    .addColumn("state", "text", (c) =>
      c.notNull().check(sql`state IN ('ON_DELIVERY', 'DELIVERED', 'NOT_DELIVERED', 'DELIVERY_STOPPED')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("delivered_at", "timestamptz")
    .execute();
  // What a deliverer claims: undelivered rows by due time.
  await sql`CREATE INDEX gateway_outbox_due ON gateway_outbox (next_attempt_at)
    WHERE state IN ('ON_DELIVERY', 'NOT_DELIVERED')`.execute(db);
  await db.schema.createIndex("gateway_outbox_state").on("gateway_outbox").column("state").execute();

  await db.schema
    .createTable("gateway_inbox")
    .addColumn("message_id", "text", (c) => c.primaryKey())
    .addColumn("receiver", "text", (c) => c.notNull())
    .addColumn("sender", "text", (c) => c.notNull())
    .addColumn("message", "jsonb", (c) => c.notNull())
    .addColumn("received_at", "timestamptz", (c) => c.notNull())
    .addColumn("processed_at", "timestamptz")
    .execute();
  await sql`CREATE INDEX gateway_inbox_unprocessed ON gateway_inbox (receiver, received_at, message_id)
    WHERE processed_at IS NULL`.execute(db);

  await db.schema
    .createTable("gateway_log")
    .addColumn("seq", "bigserial", (c) => c.primaryKey())
    .addColumn("message_id", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) =>
      c.notNull().check(sql`event IN ('sent', 'delivered', 'failed', 'stopped', 'received')`),
    )
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("detail", "jsonb", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createIndex("gateway_log_message")
    .on("gateway_log")
    .columns(["message_id", "seq"])
    .execute();

  await db.schema
    .createTable("gateway_log_checkpoints")
    .addColumn("seq", "bigint", (c) => c.primaryKey())
    .addColumn("hash", "text", (c) => c.notNull())
    .addColumn("signed_at", "timestamptz", (c) => c.notNull())
    .addColumn("signature", "text", (c) => c.notNull())
    .execute();

  for (const table of ["gateway_log", "gateway_log_checkpoints"]) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION qyzmet_append_only()`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION qyzmet_append_only()`.execute(db);
  }
}
