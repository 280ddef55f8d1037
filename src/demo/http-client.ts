/**
 * The autopilot's client over HTTP: staff sign in with the demo password and
 * act through the API (cookie session + CSRF header); portal requests arrive
 * through the gateway port with its bearer token. Works with Fastify's
 * `inject` (tests) or a real URL (benchmarks).
 */
import type { StaffRole } from "../core/actor.ts";
import { DEMO_PASSWORD, staffLinesFor } from "../org/index.ts";
import type { KeyMaterial } from "../pki/index.ts";
import type { CaseInfo, Client, Who } from "./autopilot.ts";
import { signBase64 } from "./staff-keys.ts";

export interface HttpResponse {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body's bytes (binary answers such as a PDF). */
  raw?: Uint8Array;
}
export type Send = (req: {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}) => Promise<HttpResponse>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { code?: string; detail?: string; details?: unknown },
  ) {
    super(
      `${status} ${problem.code ?? ""}: ${problem.detail ?? ""} ${JSON.stringify(problem.details ?? {})}`,
    );
  }
}

/** The demo login of a role at an organisation (`ast-d01-edu.executor`). */
export function demoLogin(
  orgId: string,
  role: StaffRole,
  kind: "akim_office" | "state_corporation_branch" | "other",
): string {
  const lines = staffLinesFor(kind === "other" ? "district_education_department" : kind);
  const line = lines.find(([, r]) => r === role) ?? lines.find(([, , also]) => also?.includes(role));
  if (!line) throw new Error(`no demo ${role} at ${orgId}`);
  return `${orgId.toLowerCase()}.${line[0]}`;
}

interface CaseViewJson {
  case: {
    id: string;
    status: string;
    providerId: string;
    currentStep: string | null;
    deadline: string | null;
    termStart: string;
    submittedAt: string;
  };
  tasks: {
    id: string;
    stepId: string;
    role: string;
    orgId: string;
    startedAt: string;
    dueAt: string;
    doneAt: string | null;
  }[];
}

export function httpClient(
  send: Send,
  options: {
    gatewayToken: string;
    clock: { now: number };
    supervisorLogin?: string;
    /** The signing key of a staff login (a head's key file); without it, results cannot be signed. */
    keyOf?: (login: string) => Promise<KeyMaterial>;
  },
): Client {
  const cookies = new Map<string, string>();
  const call = async (
    method: "GET" | "POST",
    url: string,
    login: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const h: Record<string, string> = { ...headers };
    if (login) {
      h.cookie = await cookieFor(login);
      h["x-qyzmet-csrf"] = "1";
    }
    if (body !== undefined) h["content-type"] = "application/json";
    const res = await send({ method, url, headers: h, ...(body !== undefined ? { body } : {}) });
    const json = res.body ? JSON.parse(res.body) : {};
    if (res.status >= 400) throw new HttpError(res.status, json);
    return json;
  };
  const cookieFor = async (login: string): Promise<string> => {
    const known = cookies.get(login);
    if (known) return known;
    const res = await send({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      headers: { "content-type": "application/json" },
      body: { login, password: DEMO_PASSWORD },
    });
    if (res.status !== 200) throw new HttpError(res.status, JSON.parse(res.body));
    const set = res.headers["set-cookie"];
    const raw = (Array.isArray(set) ? set : [set ?? ""]).find((c) => c.startsWith("qyzmet_session="));
    if (!raw) throw new Error("no session cookie");
    const cookie = raw.split(";")[0] as string;
    cookies.set(login, cookie);
    return cookie;
  };
  const kindOf = (orgId: string) =>
    (/-AKIM$/.test(orgId) ? "akim_office" : /-SC$/.test(orgId) ? "state_corporation_branch" : "other") as
      | "akim_office"
      | "state_corporation_branch"
      | "other";
  const loginOf = (who: Who) => demoLogin(who.orgId, who.role, kindOf(who.orgId));
  const supervisor = options.supervisorLogin ?? "kz.supervisor";
  const info = (view: CaseViewJson): CaseInfo => {
    const open = view.tasks.find((t) => t.doneAt === null) ?? null;
    return {
      id: view.case.id,
      status: view.case.status,
      cursor: view.case.currentStep,
      deadline: view.case.deadline ? Date.parse(view.case.deadline) : null,
      termStart: Date.parse(view.case.termStart),
      submittedAt: Date.parse(view.case.submittedAt),
      openTask: open
        ? {
            id: open.id,
            stepId: open.stepId,
            role: open.role,
            orgId: open.orgId,
            startedAt: Date.parse(open.startedAt),
            dueAt: Date.parse(open.dueAt),
          }
        : null,
    };
  };
  const get = async (id: string) =>
    info((await call("GET", `/api/v1/cases/${id}`, supervisor)) as CaseViewJson);
  const act = (path: string) => async (id: string, who: Who, body: Record<string, unknown>) => {
    await call("POST", `/api/v1/cases/${id}/${path}`, loginOf(who), body);
    return get(id);
  };
  return {
    async submit(who, body) {
      const r =
        who === "portal"
          ? await call("POST", "/api/v1/gateway/portal-requests", null, body, {
              authorization: `Bearer ${options.gatewayToken}`,
            })
          : await call("POST", "/api/v1/cases", loginOf(who), body);
      return get((r as { case: { id: string } }).case.id);
    },
    get: (id) => get(id),
    complete: act("steps"),
    preliminaryRefusal: act("preliminary-refusal"),
    hearing: act("hearing"),
    decide: act("decision"),
    async signResult(caseId, purpose) {
      if (!options.keyOf)
        throw new Error(`case ${caseId}: its ${purpose} must be signed, and no key is configured`);
      const view = (await call("GET", `/api/v1/cases/${caseId}`, supervisor)) as CaseViewJson;
      const head = demoLogin(view.case.providerId, "head", kindOf(view.case.providerId));
      const prepared = (await call("POST", `/api/v1/cases/${caseId}/documents`, head, { purpose })) as {
        document: { id: string };
      };
      const id = prepared.document.id;
      const res = await send({
        method: "GET",
        url: `/api/v1/documents/${id}/pdf`,
        headers: { cookie: await cookieFor(head) },
      });
      if (res.status !== 200 || !res.raw)
        throw new HttpError(res.status, res.body ? JSON.parse(res.body) : {});
      const signature = await signBase64(await options.keyOf(head), res.raw, new Date(options.clock.now));
      await call("POST", `/api/v1/documents/${id}/signature`, head, { signature });
    },
    setNow(ms) {
      options.clock.now = ms;
    },
    now: () => options.clock.now,
  };
}
