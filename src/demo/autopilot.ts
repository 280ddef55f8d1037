/**
 * The autopilot drives a case through its procedure as the staff would:
 * whoever holds the open task completes it, decisions answered "yes" on the
 * way to a result, or the refusal track (preliminary decision, hearing,
 * reasoned refusal). It runs over the engine's functions (demo data,
 * benchmarks) or over HTTP (the API tests), through the `Client` port.
 */
import type { Calendar } from "../calendar/index.ts";
import type { Procedure } from "../catalog/schema.ts";
import type { StaffRole } from "../core/actor.ts";
import { isAutomatic, noBranchKind, stepById } from "../engine/procedure.ts";

export interface TaskInfo {
  id: string;
  stepId: string;
  role: string;
  orgId: string;
  startedAt: number;
  dueAt: number;
}

export interface CaseInfo {
  id: string;
  status: string;
  cursor: string | null;
  deadline: number | null;
  termStart: number;
  submittedAt: number;
  openTask: TaskInfo | null;
}

/** Who acts: a staff login of the organisation in the role. */
export interface Who {
  orgId: string;
  role: StaffRole;
}

export interface Client {
  /** The head of the case's provider prepares and signs its result or reasoned refusal with EDS. */
  signResult(caseId: string, purpose: "result" | "refusal"): Promise<void>;
  submit(who: Who | "portal", body: Record<string, unknown>): Promise<CaseInfo>;
  get(caseId: string, who: Who): Promise<CaseInfo>;
  complete(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  preliminaryRefusal(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  hearing(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  decide(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  setNow(ms: number): void;
  now(): number;
}

export interface RunOptions {
  client: Client;
  cal: Calendar;
  procedure: Procedure;
  caseId: string;
  /** Advance the clock by this much before each action (working progress). */
  stepMs?: number;
  /** Take the refusal track, citing these grounds. */
  refuse?: { grounds: number[] };
  /** Called with the case before each action (tests check due times here). */
  onTask?: (c: CaseInfo) => void;
  /** Stop after this many actions (demo data: a case left mid-way). */
  maxActions?: number;
  /** Stop once the refusal track reaches this status (demo data). */
  stopAtStatus?: string;
}

const MAX_STEPS = 60;

/** The purpose of a RESULT_NOT_SIGNED refusal (engine error or API problem), else null. */
export function unsignedPurpose(error: unknown): "result" | "refusal" | null {
  const e = error as { code?: string; details?: unknown; problem?: { code?: string; details?: unknown } };
  const code = e?.code ?? e?.problem?.code;
  const details = (e?.details ?? e?.problem?.details) as { purpose?: string; reason?: string } | undefined;
  if (code !== "RESULT_NOT_SIGNED" || details?.reason) return null;
  return details?.purpose === "refusal" ? "refusal" : details?.purpose === "result" ? "result" : null;
}

/** Runs an action that may close the case; when its result is not yet signed, the head signs and it runs again. */
async function withSignature<T>(client: Client, caseId: string, act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (error) {
    const purpose = unsignedPurpose(error);
    if (!purpose) throw error;
    await client.signResult(caseId, purpose);
    return act();
  }
}

/** Completes tasks until the case ends (or a stop condition); on the refusal track, goes through the hearing. */
export async function runToEnd(o: RunOptions): Promise<CaseInfo> {
  const { client, procedure } = o;
  let c = await client.get(o.caseId, { orgId: "", role: "supervisor" });
  let refused = false;
  const limit = Math.min(o.maxActions ?? MAX_STEPS, MAX_STEPS);
  for (let i = 0; i < limit && c.openTask; i++) {
    const t = c.openTask;
    o.onTask?.(c);
    client.setNow(client.now() + (o.stepMs ?? 60_000));
    const step = stepById(procedure, t.stepId);
    const who: Who = { orgId: t.orgId, role: t.role as StaffRole };
    const hasExecutor = procedure.steps.some((s) => s.actor === "responsible_executor");
    const examines = hasExecutor
      ? step.actor === "responsible_executor"
      : !step.actor.startsWith("state_corporation") && !step.actor.startsWith("akim") && !isAutomatic(step);
    if (o.refuse && !refused && examines && c.status === "in_progress") {
      // The refusal track: preliminary decision, hearing on the next working day, reasoned refusal.
      const executor: Who = { orgId: t.orgId, role: "responsible_executor" };
      const hearingAt = o.cal.add(client.now(), { value: 60, unit: "minutes" }, "provider");
      c = await client.preliminaryRefusal(o.caseId, executor, {
        grounds: o.refuse.grounds,
        reasoning: "Құжаттарды тексеру кезінде бас тарту негізі анықталды",
        hearingAt: new Date(hearingAt).toISOString(),
        place: "Қызмет берушінің кеңсесі, 1-кабинет",
      });
      if (o.stopAtStatus === c.status) return c;
      client.setNow(hearingAt + 60_000);
      c = await client.hearing(o.caseId, executor, {
        attended: true,
        objections: "Өтініш беруші келіспейді",
      });
      if (o.stopAtStatus === c.status) return c;
      c = await withSignature(client, o.caseId, () =>
        client.decide(o.caseId, executor, {
          decision: "refuse",
          grounds: o.refuse?.grounds ?? [],
          reasoning: "Қарсылықтар бас тарту негізін жоймайды",
        }),
      );
      refused = true;
      continue;
    }
    const body: Record<string, unknown> = { stepId: t.stepId };
    if (step.kind === "decision") {
      const merits = noBranchKind(procedure, step) === "merits";
      body.answer = refused && merits ? "no" : "yes";
    }
    if (step.outputDocument) body.document = { number: `${step.id}-1`, title: step.outputDocument };
    c = await withSignature(client, o.caseId, () => client.complete(o.caseId, who, body));
  }
  return c;
}
