/**
 * Sending through the gateway: a transactional outbox delivered at least once.
 *
 * `sendMessage` writes the message (state `ON_DELIVERY`) in the caller's
 * transaction, so it leaves if and only if the change that caused it commits.
 * `deliverGateway` then claims due rows in a short transaction
 * (`FOR UPDATE SKIP LOCKED`, `next_attempt_at` pushed forward by a lease),
 * calls the receiver outside any transaction, and records the outcome fenced
 * by that lease: `DELIVERED`; `NOT_DELIVERED` with back-off (30 s × 2^(n−1),
 * at most 1 h) after a failed attempt; `DELIVERY_STOPPED` after `maxAttempts`
 * failures or a permanent refusal. Every attempt and outcome is appended to
 * the hash-chained log (log.ts). A row is never deleted: an unreachable
 * receiver delays a message, never loses it.
 */
import type { Kysely, Transaction } from "kysely";
import { QyzmetError } from "../core/errors.ts";
import { canonicalJson } from "../history/chain.ts";
import { backoffMs, describeError } from "../monitoring/index.ts";
import type { Database, GatewayDeliveryState } from "../store/tables.ts";
import { appendLog, type LogEntry } from "./log.ts";
import { type GatewayMessage, parseGatewayMessage } from "./message.ts";

export { backoffMs };

export interface Sent {
  messageId: string;
  /** False when a message with this id was already in the outbox (the same message: nothing written). */
  fresh: boolean;
}

function conflict(messageId: string, where: "outbox" | "inbox"): QyzmetError {
  return new QyzmetError(
    "GATEWAY_MESSAGE_CONFLICT",
    {
      kk: `${messageId} идентификаторымен басқа хабарлама бұрыннан бар`,
      ru: `Другое сообщение с идентификатором ${messageId} уже есть`,
      en: `A different message with id ${messageId} already exists`,
    },
    { messageId, where },
    409,
  );
}

export { conflict as messageConflict };

/**
 * Puts a message into the outbox inside the caller's transaction (state
 * `ON_DELIVERY`, due at `at`, default its `messageDate`). Sending the same
 * message again is a no-op (`fresh: false`); a different message under a used
 * id is `GATEWAY_MESSAGE_CONFLICT` (409). A malformed message is
 * `GATEWAY_BAD_MESSAGE` (400).
 */
export async function sendMessage(
  trx: Transaction<Database>,
  input: GatewayMessage,
  options: { at?: Date } = {},
): Promise<Sent> {
  const message = parseGatewayMessage(input);
  const at = options.at ?? new Date(message.messageDate);
  if (Number.isNaN(at.getTime())) throw new RangeError("sendMessage: bad time");
  const json = JSON.stringify(message);
  const row = await trx
    .insertInto("gateway_outbox")
    .values({
      message_id: message.messageId,
      receiver: message.receiver,
      message: json,
      state: "ON_DELIVERY",
      next_attempt_at: at,
      created_at: at,
    })
    .onConflict((oc) => oc.column("message_id").doNothing())
    .returning("message_id")
    .executeTakeFirst();
  if (row) return { messageId: message.messageId, fresh: true };
  const existing = await trx
    .selectFrom("gateway_outbox")
    .select("message")
    .where("message_id", "=", message.messageId)
    .executeTakeFirstOrThrow();
  if (canonicalJson(existing.message) !== canonicalJson(JSON.parse(json)))
    throw conflict(message.messageId, "outbox");
  return { messageId: message.messageId, fresh: false };
}

/** A refusal that retrying cannot change (the receiver rejected the message itself). */
export interface PermanentRefusal {
  permanent: true;
  error: string;
}

export type DeliveryResult = "ok" | PermanentRefusal;

/**
 * Delivers one message to its receiver. Resolve `"ok"` when accepted, a
 * `PermanentRefusal` when it will never be accepted; throw (or reject) for a
 * failure worth retrying — unreachable, timeout, 5xx.
 */
export type GatewayReceiver = (
  message: GatewayMessage,
  context: { attempt: number },
) => Promise<DeliveryResult>;

export interface DeliverGatewayOptions {
  /** Routes by `message.receiver`; rows for receivers not listed are left for another deliverer. */
  receivers: Readonly<Record<string, GatewayReceiver>>;
  now: Date;
  /** Rows claimed by this run (default 50). */
  batchSize?: number;
  /** How long claimed rows stay invisible to other runs; must outlast a batch (default 60 000 ms). */
  leaseMs?: number;
  /** Failed attempts after which a message is `DELIVERY_STOPPED` (default 10). */
  maxAttempts?: number;
}

export interface GatewayDeliveryReport {
  claimed: number;
  delivered: number;
  /** Failed attempts that will be retried (`NOT_DELIVERED`). */
  failed: number;
  /** Messages given up on in this run (`DELIVERY_STOPPED`). */
  stopped: number;
  /** Outcomes not recorded because the lease ran out and another run took the row. */
  lost: number;
}

export const DEFAULT_BATCH_SIZE = 50;
/**
 * 60 s, or QYZMET_GATEWAY_LEASE_MS: how long a claimed message is held before another run may retry it,
 * also for the portal route's at-once attempt. A process killed mid-delivery delays that message by this.
 */
export const DEFAULT_LEASE_MS =
  Number(process.env.QYZMET_GATEWAY_LEASE_MS) > 0 ? Number(process.env.QYZMET_GATEWAY_LEASE_MS) : 60_000;
export const DEFAULT_MAX_ATTEMPTS = 10;
const RETRYABLE: GatewayDeliveryState[] = ["ON_DELIVERY", "NOT_DELIVERED"];

function badOptions(field: string, reason: string): QyzmetError {
  return new QyzmetError(
    "GATEWAY_BAD_OPTIONS",
    {
      kk: `Шлюз жеткізу параметрі қате: ${field} — ${reason}`,
      ru: `Неверный параметр доставки шлюза: ${field} — ${reason}`,
      en: `Bad gateway delivery option: ${field} — ${reason}`,
    },
    { field, reason },
    400,
  );
}

function positiveInt(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) throw badOptions(field, "not a positive integer");
  return value;
}

interface Claimed {
  messageId: string;
  receiver: string;
  message: Record<string, unknown>;
  attempt: number;
}

async function claim(
  db: Kysely<Database>,
  receivers: string[],
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<Claimed[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom("gateway_outbox")
      .select("message_id")
      .where("state", "in", RETRYABLE)
      .where("next_attempt_at", "<=", now)
      .where("receiver", "in", receivers)
      .orderBy("next_attempt_at")
      .orderBy("message_id")
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    const rows = await trx
      .updateTable("gateway_outbox")
      .set({ next_attempt_at: leaseUntil })
      .where(
        "message_id",
        "in",
        due.map((r) => r.message_id),
      )
      .returning(["message_id", "receiver", "message", "attempts", "created_at"])
      .execute();
    rows.sort(
      (a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.message_id < b.message_id ? -1 : 1),
    );
    const claimed = rows.map((r) => ({
      messageId: r.message_id,
      receiver: r.receiver,
      message: r.message,
      attempt: Number(r.attempts) + 1,
    }));
    await appendLog(
      trx,
      claimed.map((c) => ({
        messageId: c.messageId,
        event: "sent",
        at: now,
        detail: { receiver: c.receiver, attempt: c.attempt },
      })),
    );
    return claimed;
  });
}

type Outcome = { kind: "delivered" } | { kind: "failed"; error: string } | { kind: "refused"; error: string };

async function attempt(row: Claimed, receiver: GatewayReceiver): Promise<Outcome> {
  let message: GatewayMessage;
  try {
    message = parseGatewayMessage(row.message);
  } catch (error) {
    return { kind: "refused", error: `stored message unreadable: ${describeError(error)}` };
  }
  try {
    const result = await receiver(message, { attempt: row.attempt });
    if (result === "ok") return { kind: "delivered" };
    return { kind: "refused", error: describeError(result.error) };
  } catch (error) {
    return { kind: "failed", error: describeError(error) };
  }
}

/**
 * Claims up to `batchSize` due messages for the given receivers, delivers each
 * (oldest first) and records the outcome with its log entries.
 */
export async function deliverGateway(
  db: Kysely<Database>,
  options: DeliverGatewayOptions,
): Promise<GatewayDeliveryReport> {
  const { now, receivers } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw badOptions("now", "not a valid Date");
  const batchSize = positiveInt(options.batchSize ?? DEFAULT_BATCH_SIZE, "batchSize");
  const leaseMs = positiveInt(options.leaseMs ?? DEFAULT_LEASE_MS, "leaseMs");
  const maxAttempts = positiveInt(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, "maxAttempts");
  const report: GatewayDeliveryReport = { claimed: 0, delivered: 0, failed: 0, stopped: 0, lost: 0 };
  const routes = Object.keys(receivers);
  if (routes.length === 0) return report;
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await claim(db, routes, now, leaseUntil, batchSize);
  report.claimed = rows.length;
  for (const row of rows) {
    const receiver = receivers[row.receiver];
    if (!receiver) continue; // not claimable: claim() filters by the routes
    const outcome = await attempt(row, receiver);
    const recorded = await db.transaction().execute(async (trx) => {
      let state: GatewayDeliveryState;
      const entries: LogEntry[] = [];
      const detail = { receiver: row.receiver, attempt: row.attempt };
      let nextAttemptAt = leaseUntil;
      if (outcome.kind === "delivered") {
        state = "DELIVERED";
        entries.push({ messageId: row.messageId, event: "delivered", at: now, detail });
      } else if (outcome.kind === "refused") {
        state = "DELIVERY_STOPPED";
        entries.push({
          messageId: row.messageId,
          event: "stopped",
          at: now,
          detail: { ...detail, reason: "refused", error: outcome.error },
        });
      } else {
        entries.push({
          messageId: row.messageId,
          event: "failed",
          at: now,
          detail: { ...detail, error: outcome.error },
        });
        if (row.attempt >= maxAttempts) {
          state = "DELIVERY_STOPPED";
          entries.push({
            messageId: row.messageId,
            event: "stopped",
            at: now,
            detail: { ...detail, reason: "max_attempts", maxAttempts },
          });
        } else {
          state = "NOT_DELIVERED";
          nextAttemptAt = new Date(now.getTime() + backoffMs(row.attempt));
          const last = entries[entries.length - 1];
          if (last) last.detail = { ...last.detail, nextAttemptAt: nextAttemptAt.toISOString() };
        }
      }
      // Fenced by the lease: if it ran out and another run re-claimed the row, that run records.
      const updated = await trx
        .updateTable("gateway_outbox")
        .set({
          state,
          attempts: row.attempt,
          next_attempt_at: nextAttemptAt,
          ...(outcome.kind === "delivered" ? { delivered_at: now } : { last_error: outcome.error }),
        })
        .where("message_id", "=", row.messageId)
        .where("state", "in", RETRYABLE)
        .where("next_attempt_at", "=", leaseUntil)
        .returning("state")
        .executeTakeFirst();
      if (!updated) return null;
      await appendLog(trx, entries);
      return state;
    });
    if (recorded === null) report.lost++;
    else if (recorded === "DELIVERED") report.delivered++;
    else if (recorded === "NOT_DELIVERED") report.failed++;
    else report.stopped++;
  }
  return report;
}
