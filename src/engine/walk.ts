/**
 * Moving a case along its procedure. After a step is done the engine follows
 * the graph: automatic steps (the applicant's submission, the portal, an
 * information system) complete at once; the first step that needs a person
 * becomes a task for the step's role in the right organisation, due when the
 * calendar says; "end" closes the case with its outcome.
 */
import { randomUUID } from "node:crypto";
import type { Step } from "../catalog/schema.ts";
import type { Actor } from "../core/actor.ts";
import { actorId } from "../core/actor.ts";
import { appendEvent } from "../history/index.ts";
import { deferInsert, deferredRow, flushDeferred } from "../store/deferred.ts";
import type { CaseRow, TaskRow } from "../store/tables.ts";
import { type CaseRules, type EngineDeps, ms, type Trx } from "./context.ts";
import { stepDue } from "./deadlines.ts";
import { engineError } from "./errors.ts";
import { notify } from "./notify.ts";
import { respondToPortal } from "./portal-response.ts";
import { END, isAutomatic, noBranchKind, stepById, successor } from "./procedure.ts";
import { orgSideOf, STAFF_ROLE_FOR } from "./roles.ts";
import { publish } from "./stages.ts";
import { CLOSED_TEXT } from "./texts.ts";

/** The case's outcome as the engine records it. */
export interface Outcome {
  kind: "result" | "refusal" | "not_accepted" | "technical_refusal";
  /** Numbered grounds of the standard (refusal). */
  grounds?: number[];
  reasoning?: string;
  missingDocuments?: string[];
  /** The signed document the case was issued with (result or reasoned refusal). */
  document?: { id: string; number: string; sealed: boolean };
  at: string;
}

export const OPEN_STATUSES = ["in_progress", "hearing_scheduled", "hearing_held", "suspended"] as const;
export const ENDED_STATUSES = ["issued", "refused", "refused_to_accept"] as const;
export type CaseStatus = (typeof OPEN_STATUSES)[number] | (typeof ENDED_STATUSES)[number];

export function isOpen(c: Pick<CaseRow, "status">): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(c.status);
}

export interface WalkState {
  c: CaseRow;
  rules: CaseRules;
  now: Date;
  actor: Actor;
  /** Roles whose steps the current actor completes in passing (the intake's own steps). */
  passThrough: ReadonlySet<string>;
  /** How the intake answers its own decisions (package complete or not). */
  intakeAnswer?: (step: Step) => "yes" | "no";
  /** Staff member the next task is given to (head's resolution). */
  assignTo?: { staffId: string; resolution: string | null } | undefined;
}

/** The organisation whose staff hold a step: the provider, the State Corporation branch, the akim's office. */
export async function orgForStep(
  trx: Trx,
  c: Pick<CaseRow, "provider_id" | "intake_office_id" | "district_id" | "region_code">,
  step: Step,
  intakeKind: string | null,
): Promise<string> {
  const side = orgSideOf(step.actor);
  if (side === "akim_office" && intakeKind === "akim_office" && c.intake_office_id) return c.intake_office_id;
  if (side !== "state_corporation") return c.provider_id;
  if (c.intake_office_id && intakeKind === "state_corporation_branch") return c.intake_office_id;
  // A State Corporation step of a case filed elsewhere (e.g. it pays what the provider decided):
  // the branch of the case's district, else of its region.
  const branches = await trx
    .selectFrom("providers")
    .select(["id", "district_id"])
    .where("kind", "=", "state_corporation_branch")
    .where("region_code", "=", c.region_code)
    .orderBy("id")
    .execute();
  const branch = branches.find((b) => b.district_id === c.district_id) ?? branches[0];
  if (!branch)
    throw engineError("PROVIDER_NOT_FOUND", { kind: "state_corporation_branch", regionCode: c.region_code });
  return branch.id;
}

async function event(
  trx: Trx,
  s: WalkState,
  action: string,
  payload: Record<string, unknown>,
  actor: Actor = s.actor,
) {
  await appendEvent(trx, {
    caseId: s.c.id,
    at: s.now,
    actorId: actorId(actor),
    actorRole: actor.kind === "staff" ? (actor.roles[0] ?? "staff") : actor.kind,
    action,
    payload,
  });
}

/**
 * Follows the procedure from `nextId` until a step needs a person or the
 * process ends. Returns the updated case (already written).
 */
export async function walkFrom(
  trx: Trx,
  deps: EngineDeps,
  s: WalkState,
  nextId: string,
  intakeKind: string | null,
): Promise<CaseRow> {
  const { procedure } = s.rules;
  let id = nextId;
  const seen = new Set<string>();
  for (;;) {
    if (id === END) return closeCase(trx, deps, s);
    if (seen.has(id)) throw new Error(`procedure ${procedure.id} loops at ${id}`);
    seen.add(id);
    const step = stepById(procedure, id);
    const byIntake = s.passThrough.has(step.actor);
    const satisfied =
      (step.outputDocument === "preliminary_refusal" && s.c.preliminary_refusal !== null) ||
      (step.outputDocument === "hearing_protocol" && s.c.hearing !== null);
    if (isAutomatic(step) || byIntake || satisfied) {
      let answer: "yes" | "no" = "yes";
      if (step.kind === "decision" && byIntake && s.intakeAnswer) answer = s.intakeAnswer(step);
      if (step.kind === "decision" && isAutomatic(step) && !satisfied) {
        await flushDeferred(trx, ["cases", "tasks"]); // the automation may read the case
        const decided = await deps.automation.decide({ step, case: s.c, rules: s.rules, db: trx });
        if (decided === "manual") {
          // The data are not there: a person decides (the manual fallback of an automated step).
          await openTask(trx, deps, s, { ...step, actor: "responsible_executor" }, intakeKind);
          return s.c;
        }
        answer = decided;
      }
      if (step.kind === "decision" && satisfied) answer = "yes";
      const system: Actor = { kind: "system", name: step.actor };
      await event(
        trx,
        s,
        "step.completed",
        {
          stepId: step.id,
          n: step.n ?? null,
          kind: step.kind,
          ...(step.kind === "decision" ? { answer } : {}),
          ...(step.outputDocument ? { document: step.outputDocument } : {}),
          automatic: !byIntake,
          ...(satisfied ? { satisfiedBy: step.outputDocument } : {}),
          source: step.source,
        },
        isAutomatic(step) ? system : s.actor,
      );
      recordOutcomeOf(s, step, answer);
      id = successor(procedure, step, answer);
      continue;
    }
    await openTask(trx, deps, s, step, intakeKind);
    return s.c;
  }
}

/** A refusal-to-accept receipt or a reasoned refusal on the path sets the outcome the case will close with. */
function recordOutcomeOf(s: WalkState, step: Step, answer: "yes" | "no"): void {
  const at = s.now.toISOString();
  // A refusal receipt keeps an outcome already recorded (the missing documents named at intake or by the clerk).
  if (step.outputDocument === "refusal_to_accept_receipt" && !s.c.outcome)
    s.c.outcome = { kind: "not_accepted", at } satisfies Outcome;
  // An automated step that issues a reasoned refusal (the information system found a ground).
  if (step.outputDocument === "reasoned_refusal" && isAutomatic(step) && !s.c.outcome)
    s.c.outcome = { kind: "refusal", reasoning: "automated", at } satisfies Outcome;
  if (step.kind === "decision" && answer === "no" && noBranchKind(s.rules.procedure, step) === "technical")
    s.c.outcome = { kind: "technical_refusal", at } satisfies Outcome;
}

export async function openTask(
  trx: Trx,
  deps: EngineDeps,
  s: WalkState,
  step: Step,
  intakeKind: string | null,
): Promise<TaskRow> {
  const role = STAFF_ROLE_FOR[step.actor];
  if (!role) throw new Error(`step ${step.id} has no staff role`);
  const started = ms(s.now);
  const due = stepDue(deps.calendar, step, started, s.c.deadline ? ms(new Date(s.c.deadline)) : null);
  const orgId = await orgForStep(trx, s.c, step, intakeKind);
  const assignee = s.assignTo ?? null;
  const task: TaskRow = {
    id: randomUUID(),
    case_id: s.c.id,
    step_id: step.id,
    step_n: step.n ?? null,
    kind: step.kind,
    role,
    org_id: orgId,
    region_code: s.c.region_code,
    assignee_id: assignee?.staffId ?? null,
    started_at: s.now,
    due_at: new Date(due),
    done_at: null,
    done_by: null,
    outcome: null,
    overdue_at: null,
    overdue_holder_id: null,
  };
  s.assignTo = undefined;
  const change = { cursor: step.id, updated_at: s.now, revision: s.c.revision + 1 };
  const unwritten = deferredRow(trx, "cases", s.c.id);
  if (unwritten) {
    // A case registered in this transaction and not yet written: it is written with this cursor,
    // and its task after it (nothing can have read either).
    Object.assign(unwritten, change, { outcome: jsonOrNull(s.c.outcome) });
    s.c = { ...s.c, ...change };
    deferInsert(trx, "tasks", task);
  } else {
    await trx.insertInto("tasks").values(task).execute();
    s.c = await trx
      .updateTable("cases")
      .set({ ...change, outcome: jsonOrNull(s.c.outcome) })
      .where("id", "=", s.c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  await event(trx, s, "task.opened", {
    taskId: task.id,
    stepId: step.id,
    n: step.n ?? null,
    role,
    orgId,
    assigneeId: task.assignee_id,
    ...(assignee?.resolution ? { resolution: assignee.resolution } : {}),
    due: task.due_at instanceof Date ? task.due_at.toISOString() : task.due_at,
    duration: step.duration,
    source: step.source,
  });
  await publish(trx, s.c, s.rules, `step:${step.id}:started`, s.now, {
    role,
    orgId,
    due: new Date(due).toISOString(),
  });
  return task;
}

export function jsonOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : JSON.stringify(v);
}

async function closeCase(trx: Trx, deps: EngineDeps, s: WalkState): Promise<CaseRow> {
  await flushDeferred(trx, ["cases", "tasks"]); // a case registered in this transaction is updated below
  const outcome = (s.c.outcome as Outcome | null) ?? { kind: "result", at: s.now.toISOString() };
  const issued = deps.issuer ? await deps.issuer.issue(trx, s.c, s.rules, outcome, s.now) : null;
  if (issued) outcome.document = issued;
  const status =
    outcome.kind === "result" ? "issued" : outcome.kind === "not_accepted" ? "refused_to_accept" : "refused";
  s.c = await trx
    .updateTable("cases")
    .set({
      status,
      cursor: null,
      outcome: JSON.stringify(outcome),
      ended_at: s.now,
      updated_at: s.now,
      revision: s.c.revision + 1,
    })
    .where("id", "=", s.c.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await event(trx, s, "case.closed", { status, outcome });
  await publish(trx, s.c, s.rules, `case:${status}`, s.now, { outcome: outcome.kind });
  await respondToPortal(trx, s.c, s.rules, s.now);
  await notify(trx, [
    {
      citizenIin: s.c.applicant_iin,
      caseId: s.c.id,
      kind: `case.${status}`,
      text: CLOSED_TEXT[status],
      at: s.now,
    },
  ]);
  for (const hook of deps.afterClose ?? []) await hook(trx, s.c, s.rules);
  return s.c;
}
