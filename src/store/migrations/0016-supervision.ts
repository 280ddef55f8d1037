/**
 * The supervisor's dashboard (src/supervision): cases closed in a period, open cases and stages delivered
 * in a period, each one index range instead of a scan of every case or message.
 * - cases_region_ended: closed cases by region and end time (on-time rate, trends);
 * - cases_region_submitted: cases registered by region and time (trends; the case lists' order);
 * - cases_open_region: open cases by region ("overdue now");
 * - outbox_delivered: stages delivered by time.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX cases_region_ended ON cases (region_code, ended_at) WHERE ended_at IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX cases_region_submitted ON cases (region_code, submitted_at)`.execute(db);
  await sql`CREATE INDEX cases_open_region ON cases (region_code, deadline) WHERE ended_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX outbox_delivered ON outbox (delivered_at) WHERE delivered_at IS NOT NULL`.execute(
    db,
  );
}
