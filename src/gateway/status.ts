/** The gateway's delivery status for supervisors: messages per state, the oldest undelivered, the inbox backlog. */
import type { Kysely } from "kysely";
import type { Database, GatewayDeliveryState } from "../store/tables.ts";
import { DELIVERY_STATES } from "./message.ts";

export interface GatewayStatus {
  /** Outgoing messages per delivery state. */
  states: Record<GatewayDeliveryState, number>;
  /** Undelivered (`ON_DELIVERY` + `NOT_DELIVERED`) per receiver. */
  undeliveredByReceiver: Record<string, number>;
  /** Creation time of the oldest message still `ON_DELIVERY` or `NOT_DELIVERED`; null when none. */
  oldestUndeliveredAt: Date | null;
  /** `now` − `oldestUndeliveredAt` in ms; null when none. */
  oldestUndeliveredAgeMs: number | null;
  /** Received messages not yet processed by their receiver. */
  inboxUnprocessed: number;
}

export async function gatewayStatus(db: Kysely<Database>, now: Date): Promise<GatewayStatus> {
  const perState = await db
    .selectFrom("gateway_outbox")
    .select((eb) => ["state", eb.fn.countAll().as("n")])
    .groupBy("state")
    .execute();
  const states = Object.fromEntries(DELIVERY_STATES.map((s) => [s, 0])) as Record<
    GatewayDeliveryState,
    number
  >;
  for (const row of perState) states[row.state] = Number(row.n);
  const perReceiver = await db
    .selectFrom("gateway_outbox")
    .select((eb) => ["receiver", eb.fn.countAll().as("n"), eb.fn.min("created_at").as("oldest")])
    .where("state", "in", ["ON_DELIVERY", "NOT_DELIVERED"])
    .groupBy("receiver")
    .orderBy("receiver")
    .execute();
  const undeliveredByReceiver: Record<string, number> = {};
  let oldest: Date | null = null;
  for (const row of perReceiver) {
    undeliveredByReceiver[row.receiver] = Number(row.n);
    const at = new Date(row.oldest);
    if (oldest === null || at < oldest) oldest = at;
  }
  const inbox = await db
    .selectFrom("gateway_inbox")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("processed_at", "is", null)
    .executeTakeFirstOrThrow();
  return {
    states,
    undeliveredByReceiver,
    oldestUndeliveredAt: oldest,
    oldestUndeliveredAgeMs: oldest === null ? null : now.getTime() - oldest.getTime(),
    inboxUnprocessed: Number(inbox.n),
  };
}
