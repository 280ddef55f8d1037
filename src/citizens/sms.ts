/**
 * The SMS port. The bundled sender stores each message in `sms_outbox` and
 * leaves `sent_at` empty: a real SMS gateway adapter would read the outbox,
 * send and stamp `sent_at`; tests and the demo read the codes from there.
 */
import type { Kysely } from "kysely";
import type { Database, Text3 } from "../store/tables.ts";

/**
 * `+7XXXXXXXXXX` from what people type: spaces, dashes, brackets, a leading
 * `8` or `+7`. Null when it is not an 11-digit Kazakhstan number.
 */
export function normalisePhone(input: string): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  if (!/^[+\d\s()-]+$/.test(input)) return null;
  let digits = input.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("8")) digits = `7${digits.slice(1)}`;
  if (digits.length !== 11 || !digits.startsWith("7")) return null;
  return `+${digits}`;
}

export interface SmsMessage {
  /** `+7XXXXXXXXXX`. */
  phone: string;
  text: Text3 | string;
  /** What the message is for ("otp:registration", …). */
  purpose: string;
  now: Date;
}

/** The bundled sender: stores the message in the outbox. */
export async function sendSms(db: Kysely<Database>, message: SmsMessage): Promise<void> {
  await db
    .insertInto("sms_outbox")
    .values({
      phone: message.phone,
      text: JSON.stringify(message.text),
      purpose: message.purpose,
      created_at: message.now,
      sent_at: null,
    })
    .execute();
}

export interface StoredSms {
  id: string;
  phone: string;
  text: Text3 | string;
  purpose: string;
  createdAt: Date;
}

/** The last message stored for a phone (any spelling of it), or null. For tests and the demo. */
export async function lastSmsTo(db: Kysely<Database>, phone: string): Promise<StoredSms | null> {
  const normalised = normalisePhone(phone);
  if (!normalised) return null;
  const row = await db
    .selectFrom("sms_outbox")
    .select(["id", "phone", "text", "purpose", "created_at"])
    .where("phone", "=", normalised)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: String(row.id),
    phone: row.phone,
    text: row.text,
    purpose: row.purpose,
    createdAt: new Date(row.created_at),
  };
}

/** The 6-digit code in the last SMS to a phone, or null. For tests and the demo. */
export async function lastCodeSentTo(db: Kysely<Database>, phone: string): Promise<string | null> {
  const sms = await lastSmsTo(db, phone);
  if (!sms) return null;
  const text = typeof sms.text === "string" ? sms.text : sms.text.en;
  return /\b(\d{6})\b/.exec(text)?.[1] ?? null;
}
