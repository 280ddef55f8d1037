/**
 * Every denied attempt goes to the access log (issue 9): a 403 (wrong role,
 * outside the actor's provider or region, no CSRF header), and a 404 on a
 * case, task, complaint or document asked for by name by someone signed in
 * (a citizen asking for another citizen's case is told "not found", so as not
 * to confirm that it exists — but the attempt is still recorded). The entry
 * names who (staff id or citizen IIN), the route, the id asked for and the
 * problem's code. Logging never changes the answer: if the log cannot be
 * written (the database is down) the request's own problem is still sent.
 */
import type { FastifyRequest } from "fastify";
import { resolveCitizenSession } from "../citizens/index.ts";
import { logAccess } from "../history/index.ts";
import { CITIZEN_COOKIE } from "./routes/citizens.ts";

/** Path parameters that name a resource someone may try to reach. */
const RESOURCE_PARAMS = ["id", "month", "bic"] as const;

async function citizenIin(request: FastifyRequest): Promise<string | null> {
  const token = request.cookies?.[CITIZEN_COOKIE];
  if (!token) return null;
  const { deps } = request.server;
  const actor = await resolveCitizenSession(deps.store.db, token, deps.now());
  return actor?.iin ?? null;
}

export async function logDenial(
  request: FastifyRequest,
  problem: { status: number; code: string },
): Promise<void> {
  if (problem.status !== 403 && problem.status !== 404) return;
  const route = request.routeOptions?.url;
  if (!route) return; // no route matched: ROUTE_NOT_FOUND is not an attempt on anything
  const params = (request.params ?? {}) as Record<string, unknown>;
  const asked = Object.fromEntries(
    RESOURCE_PARAMS.filter((k) => typeof params[k] === "string").map((k) => [
      k,
      String(params[k]).slice(0, 200),
    ]),
  );
  const staffId = request.actor?.staffId ?? null;
  try {
    const iin = staffId ? null : await citizenIin(request);
    // A 404 counts as an attempt only when someone signed in named a resource.
    if (problem.status === 404 && (Object.keys(asked).length === 0 || (!staffId && !iin))) return;
    const id = typeof asked.id === "string" ? asked.id : null;
    await logAccess(request.server.deps.store.db, {
      at: request.server.deps.now(),
      staffId,
      citizenIin: iin,
      caseId: id && route.includes("/cases/") ? id : null,
      action: "api.denied",
      allowed: false,
      detail: { method: request.method, route, code: problem.code, status: problem.status, ...asked },
    });
  } catch (error) {
    request.log.warn({ err: error }, "could not log a denied attempt");
  }
}
