import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { isQyzmetError, type QyzmetError } from "../core/errors.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../store/testing.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import {
  hashToken,
  LOCK_DURATION_MS,
  purgeExpiredSessions,
  resolveSession,
  SESSION_LIFETIME_MS,
  signIn,
  signOut,
  signOutEverywhere,
  staffActorById,
} from "./sessions.ts";

const T3 = JSON.stringify({ kk: "x", ru: "x", en: "x" });
const PASSWORD = "Құпия-сөз 2024";
const T0 = new Date("2025-03-03T04:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

async function rejection(p: Promise<unknown>): Promise<QyzmetError> {
  try {
    await p;
  } catch (error) {
    if (isQyzmetError(error)) return error;
    throw error;
  }
  assert.fail("expected a QyzmetError");
}

describe("passwords (scrypt N=2^15, r=8, p=1)", () => {
  it("encodes the parameters, salts every hash and verifies", async () => {
    const a = await hashPassword("secret");
    const b = await hashPassword("secret");
    assert.match(a, /^scrypt\$15\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword("secret", a), true);
    assert.equal(await verifyPassword("Secret", a), false);
    assert.equal(await verifyPassword("", a), false);
  });

  it("never matches a malformed hash or one with parameters beyond bounds", async () => {
    const h = await hashPassword("secret");
    assert.equal(await verifyPassword("secret", ""), false);
    assert.equal(await verifyPassword("secret", h.replace("scrypt$15$", "scrypt$25$")), false);
    assert.equal(await verifyPassword("secret", h.replace("scrypt$15$8$", "scrypt$15$64$")), false);
    assert.equal(await verifyPassword("secret", h.replace("scrypt", "bcrypt")), false);
    assert.equal(await verifyPassword("secret", `${h.slice(0, -6)}AAAAA=`), false);
  });

  it("Kazakh letters precomposed or with combining marks are the same password (NFC)", async () => {
    const h = await hashPassword("қазақ\u04d9");
    assert.equal(await verifyPassword("қазақ\u04d9".normalize("NFD"), h), true);
  });
});

describe("sign-in, sessions, lockout", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
    const { db } = store;
    const hash = await hashPassword(PASSWORD);
    await db.insertInto("regions").values({ code: "kyzylorda", kato: "430000000", name: T3 }).execute();
    await db
      .insertInto("providers")
      .values({
        id: "KZO-EDU",
        kind: "regional_education_department",
        region_code: "kyzylorda",
        district_id: null,
        bin: "000000000000",
        name: T3,
        address: T3,
      })
      .execute();
    const staff = (
      id: string,
      extra: { active?: boolean; provider_id?: string | null; region_code?: string | null },
    ) => ({
      id,
      login: id,
      password_hash: hash,
      full_name: `Test ${id}`,
      iin: "900101300017",
      provider_id: "KZO-EDU",
      region_code: null,
      roles: JSON.stringify(["head"]),
      ...extra,
    });
    await db
      .insertInto("staff")
      .values([
        staff("kzo-edu.head", {}),
        staff("kzo-edu.lock", {}),
        staff("kzo-edu.reset", {}),
        staff("kzo-edu.gone", { active: false }),
        { ...staff("kz.supervisor", { provider_id: null }), roles: JSON.stringify(["supervisor"]) },
      ])
      .execute();
  });
  after(async () => store.close());

  it("signs in: a 256-bit token, the actor with its provider's region, 8 hours, only the token's hash stored", async () => {
    const { token, actor, expiresAt } = await signIn(store.db, {
      login: "kzo-edu.head",
      password: PASSWORD,
      now: T0,
    });
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(token, "base64url").length, 32);
    assert.deepEqual(actor, {
      kind: "staff",
      staffId: "kzo-edu.head",
      login: "kzo-edu.head",
      fullName: "Test kzo-edu.head",
      iin: "900101300017",
      roles: ["head"],
      providerId: "KZO-EDU",
      regionCode: "kyzylorda",
    });
    assert.equal(expiresAt.getTime() - T0.getTime(), SESSION_LIFETIME_MS);
    const rows = await store.db
      .selectFrom("sessions")
      .selectAll()
      .where("staff_id", "=", "kzo-edu.head")
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.token_hash, hashToken(token));
    assert.notEqual(rows[0]?.token_hash, token);
    assert.deepEqual(await resolveSession(store.db, token, at(MIN)), actor);
  });

  it("a supervisor without a provider or region acts for the whole republic", async () => {
    const { actor } = await signIn(store.db, { login: "kz.supervisor", password: PASSWORD, now: T0 });
    assert.equal(actor.providerId, null);
    assert.equal(actor.regionCode, null);
    assert.deepEqual(actor.roles, ["supervisor"]);
  });

  it("the login is matched without case or surrounding spaces", async () => {
    const { actor } = await signIn(store.db, { login: "  KZO-EDU.Head ", password: PASSWORD, now: T0 });
    assert.equal(actor.staffId, "kzo-edu.head");
  });

  it("wrong password, unknown login and inactive account give the same AUTH_INVALID_CREDENTIALS (401)", async () => {
    const wrong = await rejection(signIn(store.db, { login: "kzo-edu.head", password: "nope", now: T0 }));
    const unknown = await rejection(signIn(store.db, { login: "nobody", password: PASSWORD, now: T0 }));
    const inactive = await rejection(
      signIn(store.db, { login: "kzo-edu.gone", password: PASSWORD, now: T0 }),
    );
    const empty = await rejection(signIn(store.db, { login: "", password: PASSWORD, now: T0 }));
    for (const e of [wrong, unknown, inactive, empty]) {
      assert.equal(e.code, "AUTH_INVALID_CREDENTIALS");
      assert.equal(e.status, 401);
      assert.deepEqual(e.messages, wrong.messages);
      assert.deepEqual(e.details, {});
    }
    // The wrong password counted; a success resets the counter.
    const row = await store.db
      .selectFrom("staff")
      .select("failed_logins")
      .where("id", "=", "kzo-edu.head")
      .executeTakeFirst();
    assert.equal(row?.failed_logins, 1);
    await signIn(store.db, { login: "kzo-edu.head", password: PASSWORD, now: T0 });
    const after = await store.db
      .selectFrom("staff")
      .select("failed_logins")
      .where("id", "=", "kzo-edu.head")
      .executeTakeFirst();
    assert.equal(after?.failed_logins, 0);
  });

  it("five wrong passwords in a row lock the account for 15 minutes (AUTH_LOCKED, 429), then it opens", async () => {
    const login = "kzo-edu.lock";
    for (let i = 1; i <= 4; i++) {
      const e = await rejection(signIn(store.db, { login, password: `wrong${i}`, now: at(i * MIN) }));
      assert.equal(e.code, "AUTH_INVALID_CREDENTIALS");
    }
    const fifth = await rejection(signIn(store.db, { login, password: "wrong5", now: at(5 * MIN) }));
    assert.equal(fifth.code, "AUTH_LOCKED");
    assert.equal(fifth.status, 429);
    const lockedUntil = at(5 * MIN + LOCK_DURATION_MS);
    assert.equal(fifth.details.lockedUntil, lockedUntil.toISOString());
    assert.equal(fifth.details.retryAfterSeconds, 900);
    // Almaty local time in the message (UTC+5): 04:05Z + 15 min → 09:20.
    assert.match(fifth.messages.ru, /09:20/);
    // Even the right password is refused while locked.
    const during = await rejection(signIn(store.db, { login, password: PASSWORD, now: at(19 * MIN) }));
    assert.equal(during.code, "AUTH_LOCKED");
    assert.equal(during.details.lockedUntil, lockedUntil.toISOString());
    assert.equal(during.details.retryAfterSeconds, 60);
    const justBefore = await rejection(
      signIn(store.db, { login, password: PASSWORD, now: new Date(lockedUntil.getTime() - 1) }),
    );
    assert.equal(justBefore.code, "AUTH_LOCKED");
    // At the end of the lock the account opens.
    const ok = await signIn(store.db, { login, password: PASSWORD, now: lockedUntil });
    assert.equal(ok.actor.staffId, login);
  });

  it("after a lock expires a wrong password starts a new count (not an instant relock)", async () => {
    const login = "kzo-edu.lock";
    const base = at(60 * MIN);
    for (let i = 0; i < 4; i++) {
      const e = await rejection(
        signIn(store.db, { login, password: "x", now: new Date(base.getTime() + i) }),
      );
      assert.equal(e.code, "AUTH_INVALID_CREDENTIALS");
    }
    const e = await rejection(signIn(store.db, { login, password: "x", now: new Date(base.getTime() + 5) }));
    assert.equal(e.code, "AUTH_LOCKED");
    const later = new Date(base.getTime() + 5 + LOCK_DURATION_MS);
    const again = await rejection(signIn(store.db, { login, password: "x", now: later }));
    assert.equal(again.code, "AUTH_INVALID_CREDENTIALS");
  });

  it("failures must be consecutive: a success in between resets the count", async () => {
    const login = "kzo-edu.reset";
    for (let i = 0; i < 4; i++) await rejection(signIn(store.db, { login, password: "x", now: T0 }));
    await signIn(store.db, { login, password: PASSWORD, now: T0 });
    for (let i = 0; i < 4; i++) {
      const e = await rejection(signIn(store.db, { login, password: "x", now: T0 }));
      assert.equal(e.code, "AUTH_INVALID_CREDENTIALS");
    }
  });

  it("a session expires 8 hours after sign-in, absolutely", async () => {
    const { token, expiresAt } = await signIn(store.db, {
      login: "kzo-edu.head",
      password: PASSWORD,
      now: T0,
    });
    assert.ok(await resolveSession(store.db, token, new Date(expiresAt.getTime() - 1)));
    assert.equal(await resolveSession(store.db, token, expiresAt), null);
    assert.equal(await resolveSession(store.db, token, at(9 * 60 * MIN)), null);
    assert.ok((await purgeExpiredSessions(store.db, at(9 * 60 * MIN))) >= 1);
    assert.equal(await resolveSession(store.db, token, at(MIN)), null);
  });

  it("signs out; unknown or malformed tokens resolve to null", async () => {
    const { token } = await signIn(store.db, { login: "kzo-edu.head", password: PASSWORD, now: T0 });
    assert.equal(await signOut(store.db, token), true);
    assert.equal(await resolveSession(store.db, token, at(MIN)), null);
    assert.equal(await signOut(store.db, token), false);
    assert.equal(await resolveSession(store.db, "x".repeat(43), at(MIN)), null);
    assert.equal(await resolveSession(store.db, "' OR 1=1 --", at(MIN)), null);
  });

  it("a deactivated account's sessions stop resolving; sign-out everywhere ends them", async () => {
    const { token } = await signIn(store.db, { login: "kzo-edu.reset", password: PASSWORD, now: T0 });
    await store.db.updateTable("staff").set({ active: false }).where("id", "=", "kzo-edu.reset").execute();
    assert.equal(await resolveSession(store.db, token, at(MIN)), null);
    assert.equal(await staffActorById(store.db, "kzo-edu.reset"), null);
    assert.equal(await signOutEverywhere(store.db, "kzo-edu.reset"), 1);
  });

  it("staffActorById builds the actor without a password", async () => {
    const actor = await staffActorById(store.db, "kzo-edu.head");
    assert.equal(actor?.regionCode, "kyzylorda");
    assert.equal(await staffActorById(store.db, "nobody"), null);
  });
});
