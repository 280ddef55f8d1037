/**
 * The transactional outbox: a message is written in the same transaction as
 * the change that causes it, so it is published if and only if the change
 * committed. `delivery.ts` then delivers it at least once.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { QyzmetError } from "../core/errors.ts";
import { deferInsert } from "../store/deferred.ts";
import type { Database } from "../store/tables.ts";

/** The topic of stage reports to the state-services monitoring information system. */
export const STAGE_TOPIC = "monitoring.stage";

const MAX_ID = 200;

export interface EnqueueInput {
  topic: string;
  /** The case the message is about; null for messages about no case. */
  caseId: string | null;
  /** A JSON object; stored with `messageId` set to the message's id. */
  payload: Record<string, unknown>;
  /** When the change happened: the message's creation time and first delivery time. */
  at: Date;
  /** Default: `payload.messageId` when it is a string, else a fresh UUID. */
  messageId?: string;
}

export interface Enqueued {
  /** The outbox row's id; null when the transaction writes it at its end (src/store/deferred.ts). */
  id: string | null;
  messageId: string;
}

/**
 * A stage report modelled on the e-government gateway message (DESIGN.md
 * "Gateway messages"): the case is the correlation id, the service code the
 * service id, the provider the sender.
 */
export type StageMessage = {
  messageId: string;
  correlationId: string;
  serviceId: string;
  /** ISO 8601, UTC. */
  messageDate: string;
  sender: string;
  stage: string;
  details: Record<string, unknown>;
};

export interface StageInput {
  caseId: string;
  serviceCode: string;
  providerId: string;
  /** The stage reached, e.g. `registered`, `result_issued`. */
  stage: string;
  at: Date;
  details?: Record<string, unknown>;
  messageId?: string;
}

function badMessage(field: string, reason: string): QyzmetError {
  return new QyzmetError(
    "MONITORING_BAD_MESSAGE",
    {
      kk: `Мониторинг хабарламасы қате: ${field} — ${reason}`,
      ru: `Неверное сообщение мониторинга: ${field} — ${reason}`,
      en: `Bad monitoring message: ${field} — ${reason}`,
    },
    { field, reason },
    400,
  );
}

function nonEmpty(value: unknown, field: string, max = MAX_ID): string {
  if (typeof value !== "string" || value.trim() === "") throw badMessage(field, "empty");
  if (value.length > max) throw badMessage(field, `longer than ${max}`);
  return value;
}

function validDate(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw badMessage(field, "not a valid Date");
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Writes a message into the outbox inside the caller's transaction. Throws
 * `MONITORING_BAD_MESSAGE` (400) for an empty topic, an invalid date, a payload
 * that is not a JSON object, or a `messageId` that disagrees with the payload's.
 */
export async function enqueue(trx: Transaction<Database>, input: EnqueueInput): Promise<Enqueued> {
  const topic = nonEmpty(input.topic, "topic");
  const at = validDate(input.at, "at");
  if (!isPlainObject(input.payload)) throw badMessage("payload", "not a JSON object");
  if (input.caseId !== null) nonEmpty(input.caseId, "caseId");
  const own = input.payload.messageId;
  if (own !== undefined && typeof own !== "string") throw badMessage("payload.messageId", "not a string");
  if (own !== undefined && input.messageId !== undefined && own !== input.messageId) {
    throw badMessage("messageId", "differs from payload.messageId");
  }
  const messageId = nonEmpty(input.messageId ?? own ?? randomUUID(), "messageId");
  let json: string;
  try {
    json = JSON.stringify({ ...input.payload, messageId });
  } catch {
    throw badMessage("payload", "not serialisable as JSON");
  }
  const values = {
    message_id: messageId,
    topic,
    case_id: input.caseId,
    payload: json,
    created_at: at,
    next_attempt_at: at,
  };
  if (deferInsert(trx, "outbox", values)) return { id: null, messageId };
  const row = await trx.insertInto("outbox").values(values).returning("id").executeTakeFirstOrThrow();
  return { id: String(row.id), messageId };
}

/** Builds the gateway-shaped stage message (pure). */
export function stageMessage(input: StageInput, messageId: string): StageMessage {
  return {
    messageId,
    correlationId: nonEmpty(input.caseId, "caseId"),
    serviceId: nonEmpty(input.serviceCode, "serviceCode"),
    messageDate: validDate(input.at, "at").toISOString(),
    sender: nonEmpty(input.providerId, "providerId"),
    stage: nonEmpty(input.stage, "stage"),
    details: input.details ?? {},
  };
}

/**
 * Reports a stage of a case to the state-services monitoring information
 * system (`SOURCES.stageEntry`), inside the transaction that changes the case.
 */
export async function publishStage(trx: Transaction<Database>, input: StageInput): Promise<Enqueued> {
  const message = stageMessage(input, input.messageId ?? randomUUID());
  return enqueue(trx, {
    topic: STAGE_TOPIC,
    caseId: input.caseId,
    payload: message,
    at: input.at,
    messageId: message.messageId,
  });
}
