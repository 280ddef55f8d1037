/** Test helpers over a built server: the autopilot's `Send` through `inject`, demo staff sessions, heads' keys. */
import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Send } from "../demo/http-client.ts";
import type { StaffKeys } from "../demo/staff-keys.ts";
import { DEMO_PASSWORD } from "../org/index.ts";
import type { KeyMaterial } from "../pki/index.ts";
import type { Database } from "../store/tables.ts";

/** The HTTP client's transport over `app.inject` (the body's bytes kept for binary answers). */
export function injectSend(app: () => FastifyInstance): Send {
  return async (r) => {
    const res = await app().inject({
      method: r.method,
      url: r.url,
      headers: r.headers,
      ...(r.body !== undefined ? { payload: JSON.stringify(r.body) } : {}),
    });
    return {
      status: res.statusCode,
      body: res.body,
      headers: res.headers as Record<string, string | string[] | undefined>,
      raw: new Uint8Array(res.rawPayload),
    };
  };
}

/**
 * Signs demo staff in (password DEMO_PASSWORD) once each; returns the cookie and CSRF headers.
 * `.clear()` forgets the sessions (after the clock jumps past their 8 hours).
 */
export function staffSessions(
  app: () => FastifyInstance,
): ((login: string) => Promise<Record<string, string>>) & { clear(): void } {
  const cookies = new Map<string, string>();
  const signIn = async (login: string) => {
    let cookie = cookies.get(login);
    if (!cookie) {
      const res = await app().inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { login, password: DEMO_PASSWORD },
      });
      assert.equal(res.statusCode, 200, res.body);
      cookie = String(res.headers["set-cookie"]).split(";")[0] as string;
      cookies.set(login, cookie);
    }
    return { cookie, "x-qyzmet-csrf": "1" };
  };
  return Object.assign(signIn, { clear: () => cookies.clear() });
}

/** The signing key of a staff login, issued for their IIN and their provider's BIN. */
export function staffKeyOf(
  db: () => Kysely<Database>,
  keys: () => StaffKeys,
): (login: string) => Promise<KeyMaterial> {
  return async (login) => {
    const s = await db()
      .selectFrom("staff")
      .innerJoin("providers", "providers.id", "staff.provider_id")
      .select(["staff.id", "staff.iin", "staff.full_name", "providers.bin", "providers.name"])
      .where("staff.login", "=", login)
      .executeTakeFirstOrThrow();
    return keys().keyFor(
      { staffId: s.id, iin: s.iin, fullName: s.full_name },
      { bin: s.bin, name: s.name.ru },
    );
  };
}
