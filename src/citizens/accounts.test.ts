import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { isQyzmetError } from "../core/errors.ts";
import { seedOrganisation } from "../org/index.ts";
import type { Store } from "../store/index.ts";
import { openTestStore } from "../store/testing.ts";
import {
  CITIZEN_SESSION_LIFETIME_MS,
  confirmRegistration,
  issueOtp,
  lastCodeSentTo,
  lastSmsTo,
  normalisePhone,
  OTP_LIFETIME_MS,
  passwordAcceptable,
  register,
  resolveCitizenSession,
  signInCitizen,
  signOutCitizen,
  verifyOtp,
} from "./index.ts";
import { type Person, personsWithPhone, unknownIin, withWrongCheckDigit } from "./testing.ts";

const PASSWORD = "Qyzmet2025";
const T0 = new Date("2025-03-04T05:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60 * 1000;

async function rejectsWith(promise: Promise<unknown>, code: string, status?: number): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isQyzmetError(error), `a QyzmetError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (status !== undefined) assert.equal(error.status, status);
    for (const lang of ["kk", "ru", "en"] as const) assert.ok(error.messages[lang].length > 0);
    return true;
  });
}

describe("citizen accounts", () => {
  let store: Store;
  let people: Person[];
  let next = 0;
  const person = () => {
    const p = people[next++];
    if (!p) throw new Error("out of persons");
    return p;
  };

  async function registered(p: Person, now = T0): Promise<void> {
    await register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now });
    const code = await lastCodeSentTo(store.admin, p.phone);
    assert.ok(code);
    await confirmRegistration(store.db, { iin: p.iin, code, now });
  }

  before(async () => {
    store = await openTestStore();
    await seedOrganisation(store.admin, { population: { count: 50 } });
    people = await personsWithPhone(store.admin, 14);
  });
  after(async () => {
    await store.close();
  });

  it("normalises phones and applies the password policy", () => {
    assert.equal(normalisePhone("+7 701 234 56 78"), "+77012345678");
    assert.equal(normalisePhone("8 (701) 234-56-78"), "+77012345678");
    assert.equal(normalisePhone("701 234 56 78"), null);
    assert.equal(normalisePhone("+7 701 234 56 78; drop"), null);
    assert.equal(passwordAcceptable("abcdefg1", "000000000000"), true);
    assert.equal(passwordAcceptable("abc1", "000000000000"), false);
    assert.equal(passwordAcceptable("abcdefgh", "000000000000"), false);
    assert.equal(passwordAcceptable("12345678", "000000000000"), false);
    assert.equal(passwordAcceptable("a860101300017", "860101300017"), false);
    assert.equal(passwordAcceptable("құпиясөз7", "000000000000"), true);
  });

  it("registers with the SMS code: the code goes to the phone on record, only its hash is stored", async () => {
    const p = person();
    const issued = await register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now: T0 });
    assert.equal(issued.expiresAt.getTime(), T0.getTime() + OTP_LIFETIME_MS);
    const sms = await lastSmsTo(store.admin, p.phone);
    assert.ok(sms && typeof sms.text !== "string");
    assert.equal(sms.purpose, "otp:registration");
    const code = await lastCodeSentTo(store.admin, p.phone);
    assert.match(code ?? "", /^\d{6}$/);
    for (const lang of ["kk", "ru", "en"] as const) assert.ok(sms.text[lang].includes(code ?? "-"));
    const otp = await store.admin
      .selectFrom("one_time_passwords")
      .selectAll()
      .where("iin", "=", p.iin)
      .executeTakeFirstOrThrow();
    assert.ok(!otp.code_hash.includes(code ?? "-"));
    // Not confirmed yet: no sign-in.
    await rejectsWith(
      signInCitizen(store.db, { iin: p.iin, password: PASSWORD, now: T0 }),
      "AUTH_INVALID_CREDENTIALS",
      401,
    );
    await confirmRegistration(store.db, { iin: p.iin, code: code ?? "", now: at(MIN) });
    const session = await signInCitizen(store.db, { iin: p.iin, password: PASSWORD, now: at(2 * MIN) });
    assert.equal(session.actor.iin, p.iin);
    assert.ok(session.actor.fullName.length > 0);
    const account = await store.admin
      .selectFrom("citizen_accounts")
      .selectAll()
      .where("iin", "=", p.iin)
      .executeTakeFirstOrThrow();
    assert.notEqual(account.password_hash, PASSWORD);
    assert.equal(account.phone, normalisePhone(p.phone));
  });

  it("refuses a wrong, an expired and a reused code", async () => {
    const p = person();
    await register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now: T0 });
    const code = (await lastCodeSentTo(store.admin, p.phone)) ?? "";
    const wrong = code === "000000" ? "000001" : "000000";
    await rejectsWith(
      confirmRegistration(store.db, { iin: p.iin, code: wrong, now: T0 }),
      "OTP_INVALID",
      400,
    );
    await rejectsWith(
      confirmRegistration(store.db, { iin: p.iin, code, now: at(OTP_LIFETIME_MS) }),
      "OTP_EXPIRED",
      409,
    );
    // A new code supersedes the old one, which no longer works.
    await issueOtp(store.db, { iin: p.iin, purpose: "registration", now: at(6 * MIN) });
    const fresh = (await lastCodeSentTo(store.admin, p.phone)) ?? "";
    if (fresh !== code)
      await rejectsWith(confirmRegistration(store.db, { iin: p.iin, code, now: at(6 * MIN) }), "OTP_INVALID");
    await verifyOtp(store.db, { iin: p.iin, purpose: "registration", code: fresh, now: at(7 * MIN) });
    await rejectsWith(
      verifyOtp(store.db, { iin: p.iin, purpose: "registration", code: fresh, now: at(7 * MIN) }),
      "OTP_USED",
      409,
    );
  });

  it("kills a code after 3 wrong entries, even for the right code afterwards", async () => {
    const p = person();
    await register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now: T0 });
    const code = (await lastCodeSentTo(store.admin, p.phone)) ?? "";
    const wrong = code === "111111" ? "222222" : "111111";
    await rejectsWith(confirmRegistration(store.db, { iin: p.iin, code: wrong, now: T0 }), "OTP_INVALID");
    await rejectsWith(confirmRegistration(store.db, { iin: p.iin, code: wrong, now: T0 }), "OTP_INVALID");
    await rejectsWith(
      confirmRegistration(store.db, { iin: p.iin, code: wrong, now: T0 }),
      "OTP_TOO_MANY_ATTEMPTS",
      409,
    );
    await rejectsWith(confirmRegistration(store.db, { iin: p.iin, code, now: T0 }), "OTP_TOO_MANY_ATTEMPTS");
  });

  it("limits codes to 3 per IIN in 10 minutes, with the time to wait", async () => {
    const p = person();
    await register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now: T0 });
    await issueOtp(store.db, { iin: p.iin, purpose: "registration", now: at(MIN) });
    await issueOtp(store.db, { iin: p.iin, purpose: "registration", now: at(2 * MIN) });
    await assert.rejects(
      issueOtp(store.db, { iin: p.iin, purpose: "registration", now: at(3 * MIN) }),
      (error: unknown) => {
        assert.ok(isQyzmetError(error));
        assert.equal(error.code, "OTP_RATE_LIMITED");
        assert.equal(error.status, 429);
        assert.equal(error.details.retryAfterSeconds, 7 * 60);
        return true;
      },
    );
    // Registering again is an OTP request too.
    await rejectsWith(
      register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now: at(4 * MIN) }),
      "OTP_RATE_LIMITED",
    );
    const smsCount = await store.admin
      .selectFrom("one_time_passwords")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("iin", "=", p.iin)
      .executeTakeFirstOrThrow();
    assert.equal(Number(smsCount.n), 3);
    await issueOtp(store.db, { iin: p.iin, purpose: "registration", now: at(10 * MIN + 1) });
  });

  it("refuses a bad checksum (400), a person not in the state database or another phone (422), a weak password (400), a duplicate (409)", async () => {
    const p = person();
    await rejectsWith(
      register(store.db, { iin: withWrongCheckDigit(p.iin), password: PASSWORD, phone: p.phone, now: T0 }),
      "IIN_BAD_CHECKSUM",
      400,
    );
    const stranger = await unknownIin(store.admin);
    await rejectsWith(
      register(store.db, { iin: stranger, password: PASSWORD, phone: p.phone, now: T0 }),
      "CITIZEN_NOT_CONFIRMED",
      422,
    );
    await rejectsWith(
      register(store.db, { iin: p.iin, password: PASSWORD, phone: "+7 700 000 00 01", now: T0 }),
      "CITIZEN_NOT_CONFIRMED",
      422,
    );
    await rejectsWith(
      register(store.db, { iin: p.iin, password: "password", phone: p.phone, now: T0 }),
      "PASSWORD_TOO_WEAK",
      400,
    );
    await rejectsWith(
      register(store.db, { iin: p.iin, password: PASSWORD, phone: "call me", now: T0 }),
      "PHONE_BAD_FORMAT",
      400,
    );
    const none = await store.admin
      .selectFrom("citizen_accounts")
      .select("iin")
      .where("iin", "=", p.iin)
      .execute();
    assert.equal(none.length, 0, "nothing written");
    await registered(p);
    await rejectsWith(
      register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now: T0 }),
      "CITIZEN_EXISTS",
      409,
    );
  });

  it("locks after 5 wrong passwords for 15 minutes, then lets the right one in", async () => {
    const p = person();
    await registered(p);
    for (let i = 0; i < 4; i++)
      await rejectsWith(
        signInCitizen(store.db, { iin: p.iin, password: "Wrong12345", now: T0 }),
        "AUTH_INVALID_CREDENTIALS",
        401,
      );
    await assert.rejects(
      signInCitizen(store.db, { iin: p.iin, password: "Wrong12345", now: T0 }),
      (error: unknown) => {
        assert.ok(isQyzmetError(error));
        assert.equal(error.code, "AUTH_LOCKED");
        assert.equal(error.status, 429);
        assert.equal(error.details.retryAfterSeconds, 15 * 60);
        return true;
      },
    );
    await rejectsWith(
      signInCitizen(store.db, { iin: p.iin, password: PASSWORD, now: at(14 * MIN) }),
      "AUTH_LOCKED",
      429,
    );
    const session = await signInCitizen(store.db, { iin: p.iin, password: PASSWORD, now: at(15 * MIN) });
    assert.equal(session.actor.iin, p.iin);
  });

  it("answers an unknown IIN like a wrong password", async () => {
    const stranger = await unknownIin(store.admin);
    await rejectsWith(
      signInCitizen(store.db, { iin: stranger, password: PASSWORD, now: T0 }),
      "AUTH_INVALID_CREDENTIALS",
      401,
    );
    await rejectsWith(
      signInCitizen(store.db, { iin: "x", password: PASSWORD, now: T0 }),
      "AUTH_INVALID_CREDENTIALS",
      401,
    );
  });

  it("resolves a session for 8 hours, stores only the token's hash, and signs out", async () => {
    const p = person();
    await registered(p);
    const session = await signInCitizen(store.db, { iin: p.iin, password: PASSWORD, now: T0 });
    assert.match(session.token, /^[A-Za-z0-9_-]{43}$/);
    const stored = await store.admin
      .selectFrom("citizen_sessions")
      .select("token_hash")
      .where("iin", "=", p.iin)
      .execute();
    assert.ok(stored.length === 1 && stored[0]?.token_hash !== session.token);
    const live = await resolveCitizenSession(store.db, session.token, at(CITIZEN_SESSION_LIFETIME_MS - 1));
    assert.equal(live?.iin, p.iin);
    assert.equal(await resolveCitizenSession(store.db, session.token, at(CITIZEN_SESSION_LIFETIME_MS)), null);
    assert.equal(await resolveCitizenSession(store.db, "nonsense", T0), null);
    assert.equal(await signOutCitizen(store.db, session.token), true);
    assert.equal(await resolveCitizenSession(store.db, session.token, T0), null);
    assert.equal(await signOutCitizen(store.db, session.token), false);
  });

  it("sends a sign_request code only to a confirmed account", async () => {
    const p = person();
    await register(store.db, { iin: p.iin, password: PASSWORD, phone: p.phone, now: T0 });
    await rejectsWith(
      issueOtp(store.db, { iin: p.iin, purpose: "sign_request", now: T0 }),
      "CITIZEN_ACCOUNT_NOT_FOUND",
      404,
    );
    const code = (await lastCodeSentTo(store.admin, p.phone)) ?? "";
    await confirmRegistration(store.db, { iin: p.iin, code, now: T0 });
    await issueOtp(store.db, { iin: p.iin, purpose: "sign_request", now: at(MIN) });
    const sms = await lastSmsTo(store.admin, p.phone);
    assert.equal(sms?.purpose, "otp:sign_request");
    const signCode = (await lastCodeSentTo(store.admin, p.phone)) ?? "";
    await verifyOtp(store.db, { iin: p.iin, purpose: "sign_request", code: signCode, now: at(2 * MIN) });
  });
});
