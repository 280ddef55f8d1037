/**
 * Drives a case through its procedure as the staff would: whoever holds the
 * open task completes it, decisions answered "yes" on the way to a result,
 * or the refusal track (preliminary decision, hearing, reasoned refusal).
 * The same driver runs over the engine's functions or over HTTP.
 */
import assert from "node:assert/strict";
import type { Calendar } from "../../src/calendar/index.ts";
import type { Procedure, RegulationVersion } from "../../src/catalog/schema.ts";
import type { StaffRole } from "../../src/core/actor.ts";
import { isAutomatic, noBranchKind, stepById } from "../../src/engine/procedure.ts";

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
  submit(who: Who | "portal", body: Record<string, unknown>): Promise<CaseInfo>;
  get(caseId: string, who: Who): Promise<CaseInfo>;
  complete(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  preliminaryRefusal(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  hearing(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  decide(caseId: string, who: Who, body: Record<string, unknown>): Promise<CaseInfo>;
  setNow(ms: number): void;
  now(): number;
}

/** Checks an open task's due time against the calendar: its step's own duration from its start. */
export function assertTaskDue(cal: Calendar, procedure: Procedure, c: CaseInfo): void {
  const t = c.openTask;
  if (!t) return;
  const step = stepById(procedure, t.stepId);
  const schedule = step.actor.startsWith("state_corporation") ? "state-corporation" : "provider";
  if (step.duration)
    assert.equal(t.dueAt, cal.add(t.startedAt, step.duration, schedule), `due of ${step.id}`);
  else if (c.deadline !== null && c.deadline > t.startedAt)
    assert.equal(t.dueAt, c.deadline, `due of ${step.id} (the term)`);
}

export interface RunOptions {
  client: Client;
  cal: Calendar;
  version: RegulationVersion;
  procedure: Procedure;
  caseId: string;
  /** Advance the clock by this much before each action (working progress). */
  stepMs?: number;
  refuse?: { grounds: number[] };
}

const MAX_STEPS = 60;

/** Completes tasks until the case ends; on the refusal track, goes through the hearing. Returns the final case. */
export async function runToEnd(o: RunOptions): Promise<CaseInfo> {
  const { client, procedure } = o;
  let c = await client.get(o.caseId, { orgId: "", role: "supervisor" });
  let refused = false;
  for (let i = 0; i < MAX_STEPS && c.openTask; i++) {
    const t = c.openTask;
    assertTaskDue(o.cal, procedure, c);
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
        reasoning: "Ground found on checking the documents",
        hearingAt: new Date(hearingAt).toISOString(),
        place: "Provider's office, room 1",
      });
      assert.equal(c.status === "hearing_scheduled" || c.status === "in_progress", true, c.status);
      client.setNow(hearingAt + 60_000);
      c = await client.hearing(o.caseId, executor, { attended: true, objections: "The applicant disagrees" });
      c = await client.decide(o.caseId, executor, {
        decision: "refuse",
        grounds: o.refuse.grounds,
        reasoning: "The objections do not remove the ground",
      });
      refused = true;
      continue;
    }
    const body: Record<string, unknown> = { stepId: t.stepId };
    if (step.kind === "decision") {
      const merits = noBranchKind(procedure, step) === "merits";
      body.answer = refused && merits ? "no" : "yes";
    }
    if (step.outputDocument) body.document = { number: `${step.id}-1`, title: step.outputDocument };
    c = await client.complete(o.caseId, who, body);
  }
  assert.equal(c.openTask, null, `case still open at ${c.cursor}`);
  return c;
}
