/**
 * The region on each task, so a supervisor's "overdue in my region" reads one
 * partial index (region, due time) of open tasks instead of joining cases.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("tasks").addColumn("region_code", "text").execute();
  await sql`UPDATE tasks SET region_code = cases.region_code FROM cases WHERE cases.id = tasks.case_id`.execute(
    db,
  );
  await sql`ALTER TABLE tasks ALTER COLUMN region_code SET NOT NULL`.execute(db);
  await sql`CREATE INDEX tasks_open_region_due ON tasks (region_code, due_at) WHERE done_at IS NULL`.execute(
    db,
  );
}
