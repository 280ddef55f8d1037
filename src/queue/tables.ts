/**
 * The queue's table (migration 0013-queue). Kept beside the capability: `db.withTables<QueueTables>()`
 * adds it to the store's Database type where the queue reads and writes.
 */
import type { ColumnType, Kysely, Selectable } from "kysely";
import type { Source } from "../catalog/schema.ts";
import type { Database } from "../store/tables.ts";

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type TicketStatus = "waiting" | "called" | "serving" | "done" | "no_show";

export type QueueTicketsTable = {
  id: string;
  branch_id: string;
  day: string;
  number: number;
  service_code: string;
  version_id: string;
  applicant_iin: string | null;
  status: TicketStatus;
  max_wait_minutes: number | null;
  max_service_minutes: number | null;
  limits_source: ColumnType<Source | null, string | null, string | null>;
  taken_at: Timestamp;
  called_at: Timestamp | null;
  served_at: Timestamp | null;
  finished_at: Timestamp | null;
  window: string | null;
  operator_id: string | null;
  case_id: string | null;
};

export type QueueTables = {
  queue_tickets: QueueTicketsTable;
};

export type TicketRow = Selectable<QueueTicketsTable>;
export type QueueDb = Kysely<Database & QueueTables>;

export function queueDb(db: Kysely<Database>): QueueDb {
  return db.withTables<QueueTables>();
}
