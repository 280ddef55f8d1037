/**
 * The bundled receiver's storage: the stand-in for the monitoring system
 * keeps what it receives, once per `messageId` (delivery is at least once, so
 * the same message may arrive again).
 */
import type { Kysely } from "kysely";
import { QyzmetError } from "../core/errors.ts";
import type { Database } from "../store/tables.ts";

function badInbound(reason: string): QyzmetError {
  return new QyzmetError(
    "MONITORING_BAD_MESSAGE",
    {
      kk: `Қабылданған хабарлама қате: ${reason}`,
      ru: `Неверное входящее сообщение: ${reason}`,
      en: `Bad incoming message: ${reason}`,
    },
    { reason },
    400,
  );
}

/**
 * Stores an incoming message unless one with its `messageId` is already
 * there (and a batch repeating a `messageId` stores it once). Returns true when it was new, false for a repeat (whose payload is
 * ignored). Throws `MONITORING_BAD_MESSAGE` (400) without a usable `messageId`.
 */
export async function receive(db: Kysely<Database>, message: unknown, receivedAt: Date): Promise<boolean> {
  return (await receiveAll(db, [message], receivedAt)) === 1;
}

/** Stores a batch of incoming messages in one statement (repeats skipped); returns how many were new. */
export async function receiveAll(
  db: Kysely<Database>,
  messages: readonly unknown[],
  receivedAt: Date,
): Promise<number> {
  if (!(receivedAt instanceof Date) || Number.isNaN(receivedAt.getTime()))
    throw badInbound("bad receipt time");
  const rows = messages.map((message) => {
    if (typeof message !== "object" || message === null || Array.isArray(message))
      throw badInbound("not a JSON object");
    const messageId = (message as { messageId?: unknown }).messageId;
    if (typeof messageId !== "string" || messageId.trim() === "" || messageId.length > 200)
      throw badInbound("messageId missing, empty or longer than 200");
    return { message_id: messageId, received_at: receivedAt, payload: JSON.stringify(message) };
  });
  if (rows.length === 0) return 0;
  const stored = await db
    .insertInto("monitoring_inbox")
    .values(rows)
    .onConflict((oc) => oc.column("message_id").doNothing())
    .returning("message_id")
    .execute();
  return stored.length;
}
