/**
 * Delivery of the outbox, at least once, safe with several processes.
 *
 * A run claims due rows in a short transaction (`FOR UPDATE SKIP LOCKED`) and
 * pushes their `next_attempt_at` forward by a lease, commits, and only then
 * sends them, outside any transaction. While the lease runs no other run
 * claims the rows; when a process dies mid-send, the rows fall due again when
 * the lease ends (the receiver is idempotent by `messageId`). The lease must
 * outlast a batch: `leaseMs` > `batchSize` × the sender's timeout.
 *
 * On the first failure of a message a technical-problem protocol is recorded
 * in `technical_failures` (`SOURCES.failureNotice`, `SOURCES.protocol`).
 */
import type { Kysely } from "kysely";
import { formatLocal } from "../calendar/index.ts";
import { QyzmetError } from "../core/errors.ts";
import type { Database, Text3 } from "../store/tables.ts";
import { SOURCES } from "./sources.ts";

export interface OutboundMessage {
  /** The outbox row's id. */
  id: string;
  messageId: string;
  topic: string;
  caseId: string | null;
  /** The stored payload; it always carries `messageId`. */
  payload: Record<string, unknown>;
  createdAt: Date;
  /** This attempt's number, from 1. */
  attempt: number;
}

/** Delivers one message; resolves when the receiver accepted it, throws otherwise. */
export type Sender = (message: OutboundMessage) => Promise<void>;

/** Delivers a whole batch at once, all or nothing (a store that takes the batch in one statement). */
export type BatchSender = (messages: readonly OutboundMessage[]) => Promise<void>;

export interface DeliverOptions {
  /** One message at a time (an HTTP endpoint); not used when `sendAll` is given. */
  send: Sender;
  sendAll?: BatchSender;
  now: Date;
  /** Rows claimed by this run (default 50). */
  batchSize?: number;
  /** How long claimed rows stay invisible to other runs (default 60 000 ms). */
  leaseMs?: number;
}

export interface DeliveryReport {
  claimed: number;
  delivered: number;
  failed: number;
}

export const DEFAULT_BATCH_SIZE = 50;
export const DEFAULT_LEASE_MS = 60_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 3_600_000;
const MAX_ERROR_CHARS = 1_000;

/** The wait after the `attempts`-th failed attempt: 30 s × 2^(attempts−1), at most 1 h. */
export function backoffMs(attempts: number): number {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be ≥ 1: ${attempts}`);
  if (attempts > 20) return MAX_RETRY_MS;
  return Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);
}

function badOptions(field: string, reason: string): QyzmetError {
  return new QyzmetError(
    "MONITORING_BAD_OPTIONS",
    {
      kk: `Жеткізу параметрі қате: ${field} — ${reason}`,
      ru: `Неверный параметр доставки: ${field} — ${reason}`,
      en: `Bad delivery option: ${field} — ${reason}`,
    },
    { field, reason },
    400,
  );
}

function positiveInt(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) throw badOptions(field, "not a positive integer");
  return value;
}

/** A short, single-line description of why a send failed. */
export function describeError(error: unknown): string {
  let text: string;
  if (error instanceof Error) {
    text = error.message || error.name;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) {
      const code = (cause as { code?: unknown }).code;
      text += `: ${typeof code === "string" ? code : cause.message}`;
    }
  } else text = String(error);
  text = text.replace(/\s+/g, " ").trim() || "unknown error";
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}

interface ProtocolInput {
  at: Date;
  topic: string;
  messageId: string;
  caseId: string | null;
  error: string;
}

/**
 * The text of the technical-problem protocol of a failed delivery, in Kazakh,
 * Russian and English: what failed, when (Almaty time), the message, that the
 * ICT unit was informed, and the provision it follows.
 */
export function technicalProtocol(p: ProtocolInput): Text3 {
  const when = formatLocal(p.at.getTime());
  const { seed, lines } = SOURCES.protocol;
  const where = `seed ${seed}, lines ${SOURCES.failureNotice.lines[0]}–${lines[1]}`;
  const kkCase = p.caseId ? `, іс ${p.caseId}` : "";
  const ruCase = p.caseId ? `, дело ${p.caseId}` : "";
  const enCase = p.caseId ? `, case ${p.caseId}` : "";
  return {
    kk:
      `Техникалық проблема туралы хаттама. ${when}: «${p.topic}» хабарламасы (${p.messageId}${kkCase}) ` +
      `мемлекеттік қызметтер көрсету мониторингінің ақпараттық жүйесіне жеткізілмеді. Қате: ${p.error}. ` +
      "Ақпараттық-коммуникациялық инфрақұрылымға жауапты құрылымдық бөлімшенің қызметкері осы хаттама арқылы хабардар етілді; " +
      "хабарлама жеткізілгенге дейін қайта жіберіледі. Хаттамаға көрсетілетін қызметті беруші қол қояды. " +
      `Негіз: «Жетім балаға (жетім балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қамқоршылық немесе қорғаншылық белгілеу» мемлекеттік қызметті көрсету қағидаларының 16-1-тармағы (Оқу-ағарту министрінің 2022 жылғы 3 қазандағы № 414 бұйрығының редакциясында; ${where}).`,
    ru:
      `Протокол о технической проблеме. ${when}: сообщение «${p.topic}» (${p.messageId}${ruCase}) ` +
      `не доставлено в информационную систему мониторинга оказания государственных услуг. Ошибка: ${p.error}. ` +
      "Работник структурного подразделения, ответственного за информационно-коммуникационную инфраструктуру, уведомлен настоящим протоколом; " +
      "сообщение будет отправляться повторно до доставки. Протокол подписывается услугодателем. " +
      `Основание: пункт 16-1 Правил оказания государственной услуги «Установление опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей» (в редакции приказа Министра просвещения от 3 октября 2022 года № 414; ${where}).`,
    en:
      `Technical-problem protocol. ${when}: the message "${p.topic}" (${p.messageId}${enCase}) ` +
      `was not delivered to the state-services monitoring information system. Error: ${p.error}. ` +
      "The employee of the unit responsible for the ICT infrastructure has been informed by this protocol; " +
      "the message will be resent until it is delivered. The protocol is to be signed by the provider. " +
      `Basis: p. 16-1 of the Rules of the state service "Establishing guardianship or trusteeship over an orphan or a child left without parental care" (as restated by order No. 414 of the Minister of Enlightenment of 3 October 2022; ${where}).`,
  };
}

interface Claimed {
  id: string;
  message_id: string;
  topic: string;
  case_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
}

async function claim(db: Kysely<Database>, now: Date, leaseUntil: Date, limit: number): Promise<Claimed[]> {
  const rows = await db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom("outbox")
      .select("id")
      .where("delivered_at", "is", null)
      .where("next_attempt_at", "<=", now)
      .orderBy("id")
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return trx
      .updateTable("outbox")
      .set({ next_attempt_at: leaseUntil })
      .where(
        "id",
        "in",
        due.map((r) => r.id),
      )
      .returning(["id", "message_id", "topic", "case_id", "payload", "created_at", "attempts"])
      .execute();
  });
  return rows
    .map((r) => ({ ...r, id: String(r.id), attempts: Number(r.attempts) }))
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}

/**
 * Claims up to `batchSize` due messages, sends each (in id order) or the
 * whole batch (`sendAll`), and records the outcome. Returns how many were claimed, delivered and failed.
 */
export async function deliverPending(db: Kysely<Database>, options: DeliverOptions): Promise<DeliveryReport> {
  const { send, now } = options;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw badOptions("now", "not a valid Date");
  const batchSize = positiveInt(options.batchSize ?? DEFAULT_BATCH_SIZE, "batchSize");
  const leaseMs = positiveInt(options.leaseMs ?? DEFAULT_LEASE_MS, "leaseMs");
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await claim(db, now, leaseUntil, batchSize);
  const report: DeliveryReport = { claimed: rows.length, delivered: 0, failed: 0 };
  const messages: OutboundMessage[] = rows.map((row) => ({
    id: row.id,
    messageId: row.message_id,
    topic: row.topic,
    caseId: row.case_id,
    payload: row.payload,
    createdAt: row.created_at,
    attempt: row.attempts + 1,
  }));
  /** Why each message that was not accepted failed, by outbox id. */
  const failures = new Map<string, string>();
  if (options.sendAll && messages.length > 0) {
    try {
      await options.sendAll(messages);
    } catch (error) {
      for (const m of messages) failures.set(m.id, describeError(error));
    }
  } else
    for (const m of messages) {
      try {
        await send(m);
      } catch (error) {
        failures.set(m.id, describeError(error));
      }
    }
  const delivered = messages.filter((m) => !failures.has(m.id)).map((m) => m.id);
  report.delivered = delivered.length;
  if (delivered.length > 0)
    // One statement for the batch: a crash before it only means the batch is sent again (at least once).
    await db
      .updateTable("outbox")
      .set((eb) => ({ delivered_at: now, attempts: eb("attempts", "+", 1) }))
      .where("id", "in", delivered)
      .where("delivered_at", "is", null)
      .execute();
  for (const row of rows) {
    const error = failures.get(row.id);
    if (error === undefined) continue;
    const attempt = row.attempts + 1;
    report.failed++;
    await db.transaction().execute(async (trx) => {
      // Fenced by the lease: if it ran out and another run re-claimed the row, that run records.
      const updated = await trx
        .updateTable("outbox")
        .set((eb) => ({
          attempts: eb("attempts", "+", 1),
          last_error: error,
          next_attempt_at: new Date(now.getTime() + backoffMs(attempt)),
        }))
        .where("id", "=", row.id)
        .where("delivered_at", "is", null)
        .where("next_attempt_at", "=", leaseUntil)
        .returning("attempts")
        .executeTakeFirst();
      if (!updated || Number(updated.attempts) !== 1) return;
      const protocol = technicalProtocol({
        at: now,
        topic: row.topic,
        messageId: row.message_id,
        caseId: row.case_id,
        error,
      });
      await trx
        .insertInto("technical_failures")
        .values({
          at: now,
          topic: row.topic,
          message_id: row.message_id,
          error,
          protocol: JSON.stringify(protocol),
        })
        .execute();
    });
  }
  return report;
}
