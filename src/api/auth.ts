/**
 * Staff sessions over HTTP: the `qyzmet_session` cookie, the hook that turns
 * it into `request.actor`, and the CSRF rule for state-changing requests.
 *
 * CSRF: the cookie is SameSite=Strict, and every POST/PUT/PATCH/DELETE under
 * /api/ must also carry `X-Qyzmet-CSRF: 1` — a custom header, which a
 * cross-site HTML form cannot send and cross-site `fetch` can send only after a
 * CORS preflight that this server never grants. The check runs in `onRequest`,
 * before the body is even read, and applies whether or not a cookie came with
 * the request (one simple rule for clients). Routes opt out with
 * `config: { csrf: false }`: only sign-in, which has no session to abuse yet
 * (and, being JSON-only, cannot be posted by a form either: the server accepts
 * no form or text bodies).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { resolveSession } from "../auth/sessions.ts";
import type { StaffActor } from "../core/actor.ts";
import { apiError } from "./problems.ts";

export const SESSION_COOKIE = "qyzmet_session";
export const CSRF_HEADER = "x-qyzmet-csrf";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The signed-in staff member, or a 401 UNAUTHENTICATED problem. */
export function requireStaff(request: FastifyRequest): StaffActor {
  if (!request.actor) throw apiError("UNAUTHENTICATED");
  return request.actor;
}

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/");
}

/**
 * Whether the session cookie gets `Secure`. It does, except
 *  - with QYZMET_INSECURE_COOKIES=1 (an explicit choice, e.g. a demo on a LAN over plain HTTP), or
 *  - for a plain-HTTP request to localhost: `qyzmet serve` listens on http://127.0.0.1:8080 by
 *    default, and some clients (Safari, older curl, HTTP test tools) never send a Secure cookie back
 *    over plain HTTP, which would make sign-in silently fail there. Loopback traffic does not leave
 *    the machine, so nothing is exposed.
 * Any other host name gets `Secure`: a deployment behind a TLS-terminating proxy sees `http` from
 * the proxy but the public host name in Host, so its cookie is still Secure.
 */
export function secureCookie(request: FastifyRequest, insecureCookies: boolean): boolean {
  if (insecureCookies) return false;
  return !(request.protocol === "http" && LOCAL_HOSTS.has(request.hostname.toLowerCase()));
}

/** Sets the session cookie; Max-Age is the session's life from `now` (the clock sign-in used). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  now: Date,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "strict",
    secure: secureCookie(request, request.server.deps.insecureCookies),
    path: "/",
    maxAge: Math.max(0, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "strict",
    secure: secureCookie(request, request.server.deps.insecureCookies),
    path: "/",
  });
}

/** The session token the request carries, if any. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token === undefined || token === "" ? undefined : token;
}

/** Adds the session and CSRF hooks to the root instance (after @fastify/cookie). */
export function installAuth(app: FastifyInstance): void {
  app.decorateRequest("actor", null);

  app.addHook("onRequest", async (request) => {
    if (!isApi(request)) return;
    const token = sessionToken(request);
    if (token) request.actor = await resolveSession(app.deps.store.db, token, app.deps.now());
  });

  app.addHook("onRequest", async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !isApi(request) || request.is404) return;
    if (request.routeOptions.config.csrf === false) return;
    if (request.headers[CSRF_HEADER] !== "1") throw apiError("CSRF_HEADER_MISSING");
  });
}
