/**
 * Staff sign-in and sessions.
 *
 *  - A session token is 32 random bytes (base64url) handed to the client once;
 *    the table keeps only its SHA-256, so a leaked table opens no session.
 *  - A session lives 8 hours from sign-in (absolute, not sliding).
 *  - Five wrong passwords in a row lock the account for 15 minutes; the fifth
 *    wrong attempt already answers AUTH_LOCKED. Locking resets the counter, so
 *    after the lock the account has five attempts again; a success resets it too.
 *  - Unknown login, wrong password and inactive account all answer
 *    AUTH_INVALID_CREDENTIALS after one scrypt verification each (unknown
 *    logins are verified against a fixed dummy hash), so neither the answer
 *    nor its time tells which logins exist. A locked account answers
 *    AUTH_LOCKED at once (it must say so, and saying so reveals the login).
 *
 * `now` is passed in (tests, and one clock per request). Session lifetime and
 * lockout are technical durations in absolute time, not legal terms, so they
 * are plain millisecond arithmetic rather than calendar-module terms.
 */
import { createHash, randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { type StaffActor, StaffRole } from "../core/actor.ts";
import type { Database } from "../store/tables.ts";
import { accountLocked, invalidCredentials } from "./errors.ts";
import { verifyPassword } from "./password.ts";

export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_DURATION_MS = 15 * 60 * 1000;

/** scrypt of a random, discarded password: the unknown-login path verifies against it. */
const DUMMY_HASH = "scrypt$15$8$1$zEEvkTZ6kICzgEZ7Ru8+Tw==$fqg2cQfEYXhOFYMgQOSnUfjFAV5gPinxFpjmQf2xNS8=";

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const MAX_LOGIN = 200;
const MAX_PASSWORD = 1024;

export interface SignInInput {
  login: string;
  password: string;
  now: Date;
}

export interface SignInResult {
  /** Give to the client (cookie); it is not stored. */
  token: string;
  actor: StaffActor;
  expiresAt: Date;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const Roles = z.array(StaffRole).min(1);

interface StaffWithProvider {
  id: string;
  login: string;
  full_name: string;
  iin: string;
  provider_id: string | null;
  region_code: string | null;
  roles: string[];
  provider_region_code: string | null;
}

/** The actor of a staff row; the region is the staff member's own, else their provider's. */
export function toStaffActor(row: StaffWithProvider): StaffActor {
  const roles = Roles.safeParse(row.roles);
  if (!roles.success)
    throw new Error(`staff ${row.id}: bad roles in the database: ${JSON.stringify(row.roles)}`);
  return {
    kind: "staff",
    staffId: row.id,
    login: row.login,
    fullName: row.full_name,
    iin: row.iin,
    roles: roles.data,
    providerId: row.provider_id,
    regionCode: row.region_code ?? row.provider_region_code,
  };
}

function staffQuery(db: Kysely<Database>) {
  return db
    .selectFrom("staff")
    .leftJoin("providers", "providers.id", "staff.provider_id")
    .select([
      "staff.id",
      "staff.login",
      "staff.full_name",
      "staff.iin",
      "staff.provider_id",
      "staff.region_code",
      "staff.roles",
      "staff.password_hash",
      "staff.failed_logins",
      "staff.locked_until",
      "staff.active",
      "providers.region_code as provider_region_code",
    ]);
}

export async function signIn(db: Kysely<Database>, input: SignInInput): Promise<SignInResult> {
  const { password, now } = input;
  const login = typeof input.login === "string" ? input.login.trim().toLowerCase() : "";
  if (
    login.length === 0 ||
    login.length > MAX_LOGIN ||
    typeof password !== "string" ||
    password.length > MAX_PASSWORD
  ) {
    await verifyPassword(typeof password === "string" ? password.slice(0, MAX_PASSWORD) : "", DUMMY_HASH);
    throw invalidCredentials();
  }
  const row = await staffQuery(db).where("staff.login", "=", login).executeTakeFirst();
  if (!row) {
    await verifyPassword(password, DUMMY_HASH);
    throw invalidCredentials();
  }
  if (row.locked_until && row.locked_until.getTime() > now.getTime())
    throw accountLocked(row.locked_until, now);
  const ok = await verifyPassword(password, row.password_hash);
  if (!row.active) throw invalidCredentials();
  if (!ok) {
    const lockUntil = new Date(now.getTime() + LOCK_DURATION_MS);
    // One statement, so concurrent failures are all counted.
    const updated = await db
      .updateTable("staff")
      .set({
        failed_logins: sql<number>`CASE WHEN failed_logins + 1 >= ${LOCK_AFTER_FAILURES} THEN 0 ELSE failed_logins + 1 END`,
        locked_until: sql<Date | null>`CASE WHEN failed_logins + 1 >= ${LOCK_AFTER_FAILURES} THEN ${lockUntil}::timestamptz ELSE locked_until END`,
      })
      .where("id", "=", row.id)
      .returning(["locked_until"])
      .executeTakeFirst();
    const lockedUntil = updated?.locked_until;
    if (lockedUntil && lockedUntil.getTime() > now.getTime()) throw accountLocked(lockedUntil, now);
    throw invalidCredentials();
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db.transaction().execute(async (trx) => {
    // Unless a concurrent attempt locked the account while the password was being checked.
    const reset = await trx
      .updateTable("staff")
      .set({ failed_logins: 0, locked_until: null })
      .where("id", "=", row.id)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
      .returning(["id"])
      .executeTakeFirst();
    if (!reset) {
      const current = await trx
        .selectFrom("staff")
        .select("locked_until")
        .where("id", "=", row.id)
        .executeTakeFirst();
      throw accountLocked(current?.locked_until ?? new Date(now.getTime() + LOCK_DURATION_MS), now);
    }
    await trx.deleteFrom("sessions").where("staff_id", "=", row.id).where("expires_at", "<=", now).execute();
    await trx
      .insertInto("sessions")
      .values({ token_hash: hashToken(token), staff_id: row.id, created_at: now, expires_at: expiresAt })
      .execute();
  });
  return { token, actor: toStaffActor(row), expiresAt };
}

/** The actor of a live session, or null (unknown token, expired, account deactivated). */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<StaffActor | null> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const row = await staffQuery(db)
    .innerJoin("sessions", "sessions.staff_id", "staff.id")
    .where("sessions.token_hash", "=", hashToken(token))
    .where("sessions.expires_at", ">", now)
    .where("staff.active", "=", true)
    .executeTakeFirst();
  return row ? toStaffActor(row) : null;
}

/** Ends the session; true when there was one. */
export async function signOut(db: Kysely<Database>, token: string): Promise<boolean> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return false;
  const result = await db
    .deleteFrom("sessions")
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Ends every session of a staff member (password change, deactivation); returns how many. */
export async function signOutEverywhere(db: Kysely<Database>, staffId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("staff_id", "=", staffId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes expired sessions (a periodic job); returns how many. */
export async function purgeExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The actor of a staff member by id, without a password (seeded demo users in
 * tests, background jobs acting for someone). Null when unknown or inactive.
 */
export async function staffActorById(db: Kysely<Database>, staffId: string): Promise<StaffActor | null> {
  const row = await staffQuery(db)
    .where("staff.id", "=", staffId)
    .where("staff.active", "=", true)
    .executeTakeFirst();
  return row ? toStaffActor(row) : null;
}
