/**
 * The State Corporation's electronic queue (src/queue): a ticket per applicant at a branch, numbered
 * per branch and day (the counter is a `number_sequences` row of kind `queue:<day>`), taken for a
 * service with the maximum waiting and service times of the version in force that day and their
 * source, then called to a window by an operator, served, finished or marked as a no-show.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("queue_tickets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("branch_id", "text", (c) => c.notNull().references("providers.id"))
    /** The branch's local (Asia/Almaty) day the ticket belongs to. */
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("service_code", "text", (c) => c.notNull())
    .addColumn("version_id", "text", (c) => c.notNull())
    .addColumn("applicant_iin", "text")
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status IN ('waiting', 'called', 'serving', 'done', 'no_show')`),
    )
    .addColumn("max_wait_minutes", "integer")
    .addColumn("max_service_minutes", "integer")
    /** The act's words for the two maximums ({seed, ref, lines, quote?}), null when the act states none. */
    .addColumn("limits_source", "jsonb")
    .addColumn("taken_at", "timestamptz", (c) => c.notNull())
    .addColumn("called_at", "timestamptz")
    .addColumn("served_at", "timestamptz")
    .addColumn("finished_at", "timestamptz")
    .addColumn("window", "text")
    .addColumn("operator_id", "text", (c) => c.references("staff.id"))
    .addColumn("case_id", "text", (c) => c.references("cases.id"))
    .addUniqueConstraint("queue_tickets_branch_day_number", ["branch_id", "day", "number"])
    .execute();
  // "Call the next": the oldest waiting ticket of a branch and day.
  await sql`CREATE INDEX queue_tickets_waiting ON queue_tickets (branch_id, day, taken_at)
      WHERE status = 'waiting'`.execute(db);
  // An operator has at most one ticket at the window.
  await sql`CREATE UNIQUE INDEX queue_tickets_one_per_operator ON queue_tickets (operator_id)
      WHERE status IN ('called', 'serving')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("queue_tickets").execute();
}
