/**
 * Citizen accounts of the personal cabinet: registration by IIN and password
 * confirmed with an SMS code, sign-in, sessions.
 *
 * Registration (`register`, then `confirmRegistration`):
 *  - the IIN must be well formed with a valid check digit (400 IIN_*), and the
 *    person must be in the state database of individuals (the `citizens` table,
 *    the local adapter of ГБД ФЛ) with a phone equal to the one given, compared
 *    after normalisation to `+7XXXXXXXXXX`; otherwise 422 CITIZEN_NOT_CONFIRMED,
 *    one answer for "no such person", "no phone on record" and "other phone",
 *    so the endpoint does not tell which IINs exist. The code goes to the phone
 *    on record, never to a number only the requester supplied;
 *  - password: 8 to 1024 characters with at least one letter and one digit,
 *    not containing the IIN (400 PASSWORD_TOO_WEAK);
 *  - an IIN with a confirmed account: 409 CITIZEN_EXISTS. An unconfirmed one
 *    may register again (new password, new code), within the OTP rate limit;
 *  - `register` writes the unconfirmed account and sends the code in one
 *    transaction; `confirmRegistration` checks the code and confirms.
 *
 * Sign-in and sessions follow the staff rules (src/auth/sessions.ts): a token of
 * 32 random bytes of which only the SHA-256 is stored, 8-hour sessions, 5 wrong
 * passwords lock for 15 minutes (429 AUTH_LOCKED), unknown or unconfirmed IINs
 * are verified against a dummy hash and answer like a wrong password.
 */
import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { accountLocked } from "../auth/errors.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { hashToken, LOCK_AFTER_FAILURES, LOCK_DURATION_MS, SESSION_LIFETIME_MS } from "../auth/sessions.ts";
import type { CitizenActor } from "../core/actor.ts";
import { parseIin } from "../iin/index.ts";
import type { Database } from "../store/tables.ts";
import {
  badPhone,
  citizenExists,
  identityNotConfirmed,
  invalidCitizenCredentials,
  weakPassword,
} from "./errors.ts";
import { type IssuedOtp, issueOtpWithin, verifyOtp } from "./otp.ts";
import { normalisePhone } from "./sms.ts";

export const CITIZEN_SESSION_LIFETIME_MS = SESSION_LIFETIME_MS;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

/** Same parameters as the staff dummy: an unknown IIN costs one scrypt like a known one. */
const DUMMY_HASH = "scrypt$15$8$1$zEEvkTZ6kICzgEZ7Ru8+Tw==$fqg2cQfEYXhOFYMgQOSnUfjFAV5gPinxFpjmQf2xNS8=";
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const IIN_SHAPE = /^\d{12}$/;

/** Whether a password satisfies the policy (see the module comment). */
export function passwordAcceptable(password: string, iin: string): boolean {
  if (typeof password !== "string") return false;
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return false;
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return false;
  return !password.includes(iin);
}

export interface RegisterInput {
  iin: string;
  password: string;
  phone: string;
  now: Date;
}

/** Writes the unconfirmed account and sends the code by SMS to the phone on record. */
export async function register(db: Kysely<Database>, input: RegisterInput): Promise<IssuedOtp> {
  const { now } = input;
  const iin = parseIin(typeof input.iin === "string" ? input.iin.trim() : "").iin;
  const phone = normalisePhone(input.phone);
  if (!phone) throw badPhone();
  if (!passwordAcceptable(input.password, iin)) throw weakPassword();
  const person = await db.selectFrom("citizens").select("phone").where("iin", "=", iin).executeTakeFirst();
  const onRecord = person?.phone ? normalisePhone(person.phone) : null;
  // Hash whatever the outcome, so the answer's time does not tell a known IIN from an unknown one.
  const passwordHash = await hashPassword(input.password);
  if (!onRecord || onRecord !== phone) throw identityNotConfirmed();

  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("citizen_accounts")
      .select("verified_at")
      .where("iin", "=", iin)
      .forUpdate()
      .executeTakeFirst();
    if (existing?.verified_at) throw citizenExists();
    if (existing) {
      await trx
        .updateTable("citizen_accounts")
        .set({ password_hash: passwordHash, phone: onRecord, failed_logins: 0, locked_until: null })
        .where("iin", "=", iin)
        .execute();
    } else {
      await trx
        .insertInto("citizen_accounts")
        .values({
          iin,
          password_hash: passwordHash,
          phone: onRecord,
          email: null,
          locked_until: null,
          verified_at: null,
          created_at: now,
        })
        .execute();
    }
    return issueOtpWithin(trx, { iin, purpose: "registration", now });
  });
}

export interface ConfirmInput {
  iin: string;
  code: string;
  now: Date;
}

/** Checks the registration code and confirms the account (then it can sign in). */
export async function confirmRegistration(db: Kysely<Database>, input: ConfirmInput): Promise<void> {
  const iin = parseIin(typeof input.iin === "string" ? input.iin.trim() : "").iin;
  const account = await db
    .selectFrom("citizen_accounts")
    .select("verified_at")
    .where("iin", "=", iin)
    .executeTakeFirst();
  if (account?.verified_at) throw citizenExists();
  await verifyOtp(db, { iin, purpose: "registration", code: input.code, now: input.now });
  await db
    .updateTable("citizen_accounts")
    .set({ verified_at: input.now })
    .where("iin", "=", iin)
    .where("verified_at", "is", null)
    .execute();
}

export interface CitizenSignInInput {
  iin: string;
  password: string;
  now: Date;
}

export interface CitizenSession {
  /** Give to the client (cookie); it is not stored. */
  token: string;
  actor: CitizenActor;
  expiresAt: Date;
}

function fullName(row: { surname: string; given_name: string; patronymic: string | null }): string {
  return [row.surname, row.given_name, row.patronymic].filter((p) => p).join(" ");
}

function accountQuery(db: Kysely<Database>) {
  return db
    .selectFrom("citizen_accounts")
    .innerJoin("citizens", "citizens.iin", "citizen_accounts.iin")
    .select([
      "citizen_accounts.iin",
      "citizen_accounts.password_hash",
      "citizen_accounts.failed_logins",
      "citizen_accounts.locked_until",
      "citizen_accounts.verified_at",
      "citizens.surname",
      "citizens.given_name",
      "citizens.patronymic",
    ]);
}

export async function signInCitizen(
  db: Kysely<Database>,
  input: CitizenSignInInput,
): Promise<CitizenSession> {
  const { password, now } = input;
  const iin = typeof input.iin === "string" ? input.iin.trim() : "";
  if (!IIN_SHAPE.test(iin) || typeof password !== "string" || password.length > PASSWORD_MAX) {
    await verifyPassword(typeof password === "string" ? password.slice(0, PASSWORD_MAX) : "", DUMMY_HASH);
    throw invalidCitizenCredentials();
  }
  const row = await accountQuery(db).where("citizen_accounts.iin", "=", iin).executeTakeFirst();
  if (!row?.verified_at) {
    await verifyPassword(password, DUMMY_HASH);
    throw invalidCitizenCredentials();
  }
  if (row.locked_until && new Date(row.locked_until).getTime() > now.getTime())
    throw accountLocked(new Date(row.locked_until), now);
  const ok = await verifyPassword(password, row.password_hash);
  if (!ok) {
    const lockUntil = new Date(now.getTime() + LOCK_DURATION_MS);
    const updated = await db
      .updateTable("citizen_accounts")
      .set({
        failed_logins: sql<number>`CASE WHEN failed_logins + 1 >= ${LOCK_AFTER_FAILURES} THEN 0 ELSE failed_logins + 1 END`,
        locked_until: sql<Date | null>`CASE WHEN failed_logins + 1 >= ${LOCK_AFTER_FAILURES} THEN ${lockUntil}::timestamptz ELSE locked_until END`,
      })
      .where("iin", "=", iin)
      .returning(["locked_until"])
      .executeTakeFirst();
    const lockedUntil = updated?.locked_until ? new Date(updated.locked_until) : null;
    if (lockedUntil && lockedUntil.getTime() > now.getTime()) throw accountLocked(lockedUntil, now);
    throw invalidCitizenCredentials();
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + CITIZEN_SESSION_LIFETIME_MS);
  await db.transaction().execute(async (trx) => {
    const reset = await trx
      .updateTable("citizen_accounts")
      .set({ failed_logins: 0, locked_until: null })
      .where("iin", "=", iin)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
      .returning(["iin"])
      .executeTakeFirst();
    if (!reset) {
      const current = await trx
        .selectFrom("citizen_accounts")
        .select("locked_until")
        .where("iin", "=", iin)
        .executeTakeFirst();
      const until = current?.locked_until ? new Date(current.locked_until) : null;
      throw accountLocked(until ?? new Date(now.getTime() + LOCK_DURATION_MS), now);
    }
    await trx.deleteFrom("citizen_sessions").where("iin", "=", iin).where("expires_at", "<=", now).execute();
    await trx
      .insertInto("citizen_sessions")
      .values({ token_hash: hashToken(token), iin, created_at: now, expires_at: expiresAt })
      .execute();
  });
  return { token, actor: { kind: "citizen", iin, fullName: fullName(row) }, expiresAt };
}

/** The citizen of a live session, or null (unknown token, expired). */
export async function resolveCitizenSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<CitizenActor | null> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const row = await accountQuery(db)
    .innerJoin("citizen_sessions", "citizen_sessions.iin", "citizen_accounts.iin")
    .where("citizen_sessions.token_hash", "=", hashToken(token))
    .where("citizen_sessions.expires_at", ">", now)
    .executeTakeFirst();
  return row ? { kind: "citizen", iin: row.iin, fullName: fullName(row) } : null;
}

/** Ends the session; true when there was one. */
export async function signOutCitizen(db: Kysely<Database>, token: string): Promise<boolean> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return false;
  const result = await db
    .deleteFrom("citizen_sessions")
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
