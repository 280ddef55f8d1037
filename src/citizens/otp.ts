/**
 * One-time passwords sent by SMS: registration confirmation, and the SMS
 * alternative to an EDS where the rules allow it (`sign_request`).
 *
 *  - 6 digits from `crypto.randomInt`; valid 5 minutes; single use;
 *  - 3 wrong entries kill the code (the third wrong one already answers
 *    OTP_TOO_MANY_ATTEMPTS); only the latest code of an IIN and purpose counts,
 *    so requesting a new one supersedes the old;
 *  - at most 3 codes per IIN (all purposes) in any 10 minutes, else 429
 *    OTP_RATE_LIMITED with `retryAfterSeconds`;
 *  - a `sign_request` code is bound to the SHA-256 of the exact request bytes
 *    it certifies (`boundTo`, column `bound_sha256`, and part of the hash): it
 *    certifies that request and no other (OTP_OTHER_REQUEST);
 *  - the table keeps `salt$sha256(salt:iin:purpose:code)`. A 6-digit code
 *    cannot be protected from offline guessing by a hash alone; the hash keeps
 *    codes out of plain sight in dumps and logs, and the real protection is the
 *    short life and the attempt limit. (The bundled SMS outbox does hold the
 *    text, by design: it stands for the phone.)
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../store/tables.ts";
import {
  accountNotReady,
  citizenExists,
  otpExpired,
  otpInvalid,
  otpMissing,
  otpOtherRequest,
  otpRateLimited,
  otpTooManyAttempts,
  otpUsed,
} from "./errors.ts";
import { sendSms } from "./sms.ts";

export type OtpPurpose = "registration" | "sign_request";
export const OTP_PURPOSES: readonly OtpPurpose[] = ["registration", "sign_request"];

export const OTP_LIFETIME_MS = 5 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 3;
export const OTP_RATE_WINDOW_MS = 10 * 60 * 1000;
export const OTP_RATE_LIMIT = 3;

export interface IssueOtpInput {
  iin: string;
  purpose: OtpPurpose;
  now: Date;
  /** `sign_request`: SHA-256 hex of the exact request bytes the code is to certify. */
  boundTo?: string;
}

/** The purpose as hashed: a bound code's hash covers the request it certifies. */
const hashedPurpose = (purpose: string, boundTo: string | null | undefined): string =>
  boundTo ? `${purpose}#${boundTo}` : purpose;

export interface IssuedOtp {
  /** When the code stops working. The code itself went by SMS only. */
  expiresAt: Date;
}

function hashCode(salt: string, iin: string, purpose: string, code: string): string {
  return createHash("sha256").update(`${salt}:${iin}:${purpose}:${code}`, "utf8").digest("hex");
}

function codeMatches(stored: string, iin: string, purpose: string, code: string): boolean {
  const [salt, hash] = stored.split("$");
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, "hex");
  const actual = Buffer.from(hashCode(salt, iin, purpose, code), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function smsText(purpose: OtpPurpose, code: string) {
  return purpose === "registration"
    ? {
        kk: `Qyzmet: жеке кабинетті тіркеу коды ${code}. Код 5 минут жарамды. Ешкімге айтпаңыз.`,
        ru: `Qyzmet: код регистрации личного кабинета ${code}. Код действует 5 минут. Никому не сообщайте.`,
        en: `Qyzmet: your personal account registration code is ${code}. Valid 5 minutes. Do not share it.`,
      }
    : {
        kk: `Qyzmet: өтінішке қол қою коды ${code}. Код 5 минут жарамды. Ешкімге айтпаңыз.`,
        ru: `Qyzmet: код подписания заявления ${code}. Код действует 5 минут. Никому не сообщайте.`,
        en: `Qyzmet: your code to sign the request is ${code}. Valid 5 minutes. Do not share it.`,
      };
}

/**
 * Issues within a transaction the caller holds (registration writes the
 * account and the code together). Locks the account row so concurrent
 * requests are counted against the rate limit one after another.
 */
export async function issueOtpWithin(trx: Transaction<Database>, input: IssueOtpInput): Promise<IssuedOtp> {
  const { iin, purpose, now } = input;
  const boundTo = input.boundTo ?? null;
  const account = await trx
    .selectFrom("citizen_accounts")
    .select(["phone", "verified_at"])
    .where("iin", "=", iin)
    .forUpdate()
    .executeTakeFirst();
  if (!account) throw accountNotReady();
  if (purpose === "registration" && account.verified_at) throw citizenExists();
  if (purpose === "sign_request" && !account.verified_at) throw accountNotReady();

  const windowStart = new Date(now.getTime() - OTP_RATE_WINDOW_MS);
  const recent = await trx
    .selectFrom("one_time_passwords")
    .select("created_at")
    .where("iin", "=", iin)
    .where("created_at", ">", windowStart)
    .orderBy("created_at", "asc")
    .execute();
  if (recent.length >= OTP_RATE_LIMIT) {
    const oldest = recent[recent.length - OTP_RATE_LIMIT]?.created_at ?? now;
    throw otpRateLimited(new Date(new Date(oldest).getTime() + OTP_RATE_WINDOW_MS), now);
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const salt = randomBytes(16).toString("hex");
  const expiresAt = new Date(now.getTime() + OTP_LIFETIME_MS);
  await trx
    .insertInto("one_time_passwords")
    .values({
      iin,
      purpose,
      code_hash: `${salt}$${hashCode(salt, iin, hashedPurpose(purpose, boundTo), code)}`,
      created_at: now,
      expires_at: expiresAt,
      used_at: null,
      bound_sha256: boundTo,
    })
    .execute();
  await sendSms(trx, { phone: account.phone, text: smsText(purpose, code), purpose: `otp:${purpose}`, now });
  return { expiresAt };
}

/** Issues a code and sends it by SMS to the account's phone; returns nothing secret. */
export async function issueOtp(db: Kysely<Database>, input: IssueOtpInput): Promise<IssuedOtp> {
  return db.transaction().execute((trx) => issueOtpWithin(trx, input));
}

export interface VerifyOtpInput {
  iin: string;
  purpose: OtpPurpose;
  code: string;
  now: Date;
  /** `sign_request`: SHA-256 hex of the request being certified; must be what the code was issued for. */
  boundTo?: string;
}

/**
 * Checks the latest code of the IIN and purpose without using it up, and returns its id; throws
 * OTP_INVALID, OTP_EXPIRED, OTP_USED, OTP_TOO_MANY_ATTEMPTS or OTP_OTHER_REQUEST. A wrong code is
 * counted (that write stands even though the call throws); `consumeOtp` then uses it up, in the
 * transaction of whatever it certifies.
 */
export async function checkOtp(db: Kysely<Database>, input: VerifyOtpInput): Promise<string> {
  const { iin, purpose, now } = input;
  const boundTo = input.boundTo ?? null;
  const code = typeof input.code === "string" ? input.code.trim() : "";
  const row = await db
    .selectFrom("one_time_passwords")
    .select(["id", "code_hash", "expires_at", "attempts", "used_at", "bound_sha256"])
    .where("iin", "=", iin)
    .where("purpose", "=", purpose)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) throw otpMissing();
  if (row.used_at) throw otpUsed();
  if (row.attempts >= OTP_MAX_ATTEMPTS) throw otpTooManyAttempts();
  if (new Date(row.expires_at).getTime() <= now.getTime()) throw otpExpired();
  // Issued for other bytes: says nothing about the code, so it is not counted as a guess.
  if ((row.bound_sha256 ?? null) !== boundTo) throw otpOtherRequest();

  if (/^\d{6}$/.test(code) && codeMatches(row.code_hash, iin, hashedPurpose(purpose, boundTo), code))
    return String(row.id);
  const counted = await db
    .updateTable("one_time_passwords")
    .set({ attempts: sql<number>`attempts + 1` })
    .where("id", "=", row.id)
    .where("attempts", "<", OTP_MAX_ATTEMPTS)
    .returning("attempts")
    .executeTakeFirst();
  const attempts = counted?.attempts ?? OTP_MAX_ATTEMPTS;
  if (attempts >= OTP_MAX_ATTEMPTS) throw otpTooManyAttempts();
  throw otpInvalid(OTP_MAX_ATTEMPTS - attempts);
}

/**
 * Uses up a code `checkOtp` accepted. Single use even under concurrency: only one UPDATE finds
 * `used_at` empty (the loser gets OTP_USED); a code that expired or died meanwhile is refused too.
 */
export async function consumeOtp(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  const used = await db
    .updateTable("one_time_passwords")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("attempts", "<", OTP_MAX_ATTEMPTS)
    .where("expires_at", ">", now)
    .returning("id")
    .executeTakeFirst();
  if (!used) throw otpUsed();
}

/**
 * Whether `code` is the code of the (used) row `id`, bound to `boundTo`: an idempotent retry of a
 * request it already certified. Counts nothing and uses nothing.
 */
export async function otpWasCode(
  db: Kysely<Database>,
  input: { id: string; iin: string; purpose: OtpPurpose; code: string; boundTo: string },
): Promise<boolean> {
  const row = await db
    .selectFrom("one_time_passwords")
    .select(["code_hash", "bound_sha256", "iin", "purpose"])
    .where("id", "=", input.id)
    .executeTakeFirst();
  const code = typeof input.code === "string" ? input.code.trim() : "";
  return (
    !!row &&
    row.iin === input.iin &&
    row.purpose === input.purpose &&
    row.bound_sha256 === input.boundTo &&
    /^\d{6}$/.test(code) &&
    codeMatches(row.code_hash, input.iin, hashedPurpose(input.purpose, input.boundTo), code)
  );
}

/**
 * Checks the latest code of the IIN and purpose and uses it up; throws
 * OTP_INVALID, OTP_EXPIRED, OTP_USED, OTP_TOO_MANY_ATTEMPTS or OTP_OTHER_REQUEST. A wrong code is
 * counted (that write stands even though the call throws).
 */
export async function verifyOtp(db: Kysely<Database>, input: VerifyOtpInput): Promise<void> {
  const id = await checkOtp(db, input);
  await consumeOtp(db, id, input.now);
}
