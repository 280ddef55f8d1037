/**
 * The state of the outbox for the supervisor's dashboard. In the gateway's
 * terms: `pending` are ON_DELIVERY, `failing` NOT_DELIVERED (still retried),
 * `delivered` DELIVERED. Nothing is ever DELIVERY_STOPPED: retries go on, at
 * most an hour apart, until the message is delivered.
 */
import type { Kysely } from "kysely";
import type { Database } from "../store/tables.ts";

export interface OutboxStatus {
  /** Not delivered, no attempt failed yet. */
  pending: number;
  /** Not delivered, at least one attempt failed. */
  failing: number;
  delivered: number;
  /** Creation time of the oldest undelivered message (pending or failing); null when none. */
  oldestUndeliveredAt: Date | null;
  /** `now` − `oldestUndeliveredAt` in ms; null when none. */
  oldestUndeliveredAgeMs: number | null;
  /** Technical-problem protocols recorded. */
  technicalFailures: number;
}

export async function outboxStatus(db: Kysely<Database>, now: Date): Promise<OutboxStatus> {
  const row = await db
    .selectFrom("outbox")
    .select((eb) => [
      eb.fn
        .countAll()
        .filterWhere((w) => w.and([w("delivered_at", "is", null), w("attempts", "=", 0)]))
        .as("pending"),
      eb.fn
        .countAll()
        .filterWhere((w) => w.and([w("delivered_at", "is", null), w("attempts", ">", 0)]))
        .as("failing"),
      eb.fn.countAll().filterWhere("delivered_at", "is not", null).as("delivered"),
      eb.fn.min("created_at").filterWhere("delivered_at", "is", null).as("oldest"),
    ])
    .executeTakeFirstOrThrow();
  const failures = await db
    .selectFrom("technical_failures")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  const oldest = row.oldest === null ? null : new Date(row.oldest);
  return {
    pending: Number(row.pending),
    failing: Number(row.failing),
    delivered: Number(row.delivered),
    oldestUndeliveredAt: oldest,
    oldestUndeliveredAgeMs: oldest === null ? null : now.getTime() - oldest.getTime(),
    technicalFailures: Number(failures.n),
  };
}
