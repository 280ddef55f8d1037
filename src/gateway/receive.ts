/**
 * Receiving through the gateway: the receiver's inbox (the provider's
 * regional gateway workstation, process 6 of the portal flow) stores each
 * message once per `messageId` and logs its receipt. Delivery is at least
 * once; receipt by id makes it effectively once.
 */
import type { Kysely } from "kysely";
import { isQyzmetError } from "../core/errors.ts";
import { canonicalJson } from "../history/chain.ts";
import type { Database } from "../store/tables.ts";
import { appendLog } from "./log.ts";
import { type GatewayMessage, parseGatewayMessage } from "./message.ts";
import { type GatewayReceiver, messageConflict } from "./send.ts";

export interface ReceiveOptions {
  at: Date;
  /** Throws when the message's signature is missing or does not verify (see signature.ts); nothing is stored then. */
  verifySignature?: (message: GatewayMessage) => Promise<void>;
}

export interface Received {
  messageId: string;
  /** False for a repeat of a message already received (nothing written). */
  fresh: boolean;
}

/**
 * Validates (`GATEWAY_BAD_MESSAGE`), verifies the signature when asked, and
 * stores the message in its receiver's inbox with a `received` log entry, in
 * one transaction. A repeat of the same message is `{fresh: false}`; a
 * different message under a used id is `GATEWAY_MESSAGE_CONFLICT` (409).
 */
export async function receiveMessage(
  db: Kysely<Database>,
  input: unknown,
  options: ReceiveOptions,
): Promise<Received> {
  const message = parseGatewayMessage(input);
  if (!(options.at instanceof Date) || Number.isNaN(options.at.getTime()))
    throw new RangeError("receiveMessage: bad time");
  if (options.verifySignature) await options.verifySignature(message);
  const json = JSON.stringify(message);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("gateway_inbox")
      .values({
        message_id: message.messageId,
        receiver: message.receiver,
        sender: message.sender,
        message: json,
        received_at: options.at,
      })
      .onConflict((oc) => oc.column("message_id").doNothing())
      .returning("message_id")
      .executeTakeFirst();
    if (!row) {
      const existing = await trx
        .selectFrom("gateway_inbox")
        .select("message")
        .where("message_id", "=", message.messageId)
        .executeTakeFirstOrThrow();
      if (canonicalJson(existing.message) !== canonicalJson(JSON.parse(json)))
        throw messageConflict(message.messageId, "inbox");
      return { messageId: message.messageId, fresh: false };
    }
    await appendLog(trx, [
      {
        messageId: message.messageId,
        event: "received",
        at: options.at,
        detail: {
          receiver: message.receiver,
          sender: message.sender,
          type: message.type,
          correlationId: message.correlationId,
          signed: message.signature !== undefined,
        },
      },
    ]);
    return { messageId: message.messageId, fresh: true };
  });
}

export interface InboxItem {
  messageId: string;
  message: GatewayMessage;
  receivedAt: Date;
}

/** A receiver's unprocessed messages, oldest first. */
export async function takeInbox(db: Kysely<Database>, receiver: string, limit = 50): Promise<InboxItem[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`takeInbox: bad limit ${limit}`);
  const rows = await db
    .selectFrom("gateway_inbox")
    .select(["message_id", "message", "received_at"])
    .where("receiver", "=", receiver)
    .where("processed_at", "is", null)
    .orderBy("received_at")
    .orderBy("message_id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    messageId: r.message_id,
    message: parseGatewayMessage(r.message),
    receivedAt: r.received_at,
  }));
}

/**
 * Marks a received message processed (e.g. registered as an incoming
 * e-document). Pass the caller's transaction to do it with the registration.
 * True the first time, false when already processed or not the receiver's.
 */
export async function markProcessed(
  db: Kysely<Database>,
  receiver: string,
  messageId: string,
  at: Date,
): Promise<boolean> {
  const row = await db
    .updateTable("gateway_inbox")
    .set({ processed_at: at })
    .where("message_id", "=", messageId)
    .where("receiver", "=", receiver)
    .where("processed_at", "is", null)
    .returning("message_id")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A `GatewayReceiver` that stores into this database's inbox: the bundled
 * stand-in for a provider's regional gateway workstation. A malformed message
 * or a failed signature check (any `GATEWAY_*`/`EDS_*` error) is a permanent
 * refusal; anything else (the database unavailable) is retried.
 */
export function localInbox(
  db: Kysely<Database>,
  options: { clock?: () => Date; verifySignature?: ReceiveOptions["verifySignature"] } = {},
): GatewayReceiver {
  const clock = options.clock ?? (() => new Date());
  return async (message) => {
    try {
      await receiveMessage(db, message, {
        at: clock(),
        ...(options.verifySignature ? { verifySignature: options.verifySignature } : {}),
      });
      return "ok";
    } catch (error) {
      if (isQyzmetError(error) && (error.code.startsWith("GATEWAY_") || error.code.startsWith("EDS_")))
        return { permanent: true, error: `${error.code}: ${error.message}` };
      throw error;
    }
  };
}
