/**
 * Staff actions on a case's current step: complete it (answering a decision),
 * assign the responsible executor. Every action locks the case, checks role,
 * organisation and state, writes the new state and its event in one
 * transaction, and fails with a typed error changing nothing.
 */

import { z } from "zod";
import type { Step } from "../catalog/schema.ts";
import { type Actor, actorId } from "../core/actor.ts";
import { parseInput } from "../core/input.ts";
import { appendEvent } from "../history/index.ts";
import { transaction } from "../store/deferred.ts";
import type { CaseRow, TaskRow } from "../store/tables.ts";
import {
  openTaskOf,
  requireCaseAccess,
  requireEligible,
  requireScope,
  requireStaff,
  requireTaskHolder,
} from "./authority.ts";
import { type EngineDeps, lockCase, rulesOf, type Trx } from "./context.ts";
import { engineError } from "./errors.ts";
import {
  documentsAlong,
  END,
  isAutomatic,
  isPostHearing,
  noBranchKind,
  stepById,
  successor,
} from "./procedure.ts";
import { STAFF_ROLE_FOR } from "./roles.ts";
import { publish } from "./stages.ts";
import { isOpen, jsonOrNull, type Outcome, orgForStep, walkFrom } from "./walk.ts";

const text = z.string().trim().min(1).max(5000);

export const CompleteInput = z.strictObject({
  /** The step the client acts on; a stale or repeated request is refused rather than applied twice. */
  stepId: z.string().min(1).max(100),
  answer: z.enum(["yes", "no"]).optional(),
  note: text.optional(),
  /** The step's output document as drafted or signed (number, title, text). */
  document: z
    .strictObject({
      number: z.string().max(100).optional(),
      title: z.string().max(500).optional(),
      text: z.string().max(20000).optional(),
    })
    .optional(),
  /** Head's resolution: who takes the next step. */
  assignTo: z.string().min(1).max(100).optional(),
  resolution: text.optional(),
  /** Refusal at acceptance further down the line: the missing documents. */
  missingDocuments: z.array(z.string().min(1).max(100)).max(100).optional(),
});
export type CompleteInput = z.infer<typeof CompleteInput>;

export const AssignInput = z.strictObject({
  staffId: z.string().min(1).max(100),
  resolution: text.optional(),
});

export function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  return parseInput(schema, raw, (issues) => engineError("INPUT_INVALID", { issues }));
}

export interface HearingRecord {
  heldAt: string;
  attended: boolean;
  objections: string | null;
  decisionDue: string;
  decision?: "grant" | "refuse";
  decidedAt?: string;
  grounds?: number[];
  reasoning?: string;
}

export async function recordEvent(
  trx: Trx,
  c: CaseRow,
  actor: Actor,
  at: Date,
  action: string,
  payload: Record<string, unknown>,
) {
  await appendEvent(trx, {
    caseId: c.id,
    at,
    actorId: actorId(actor),
    actorRole: actor.kind === "staff" ? (actor.roles[0] ?? "staff") : actor.kind,
    action,
    payload,
  });
}

/** Marks the task done and records the step as completed. */
export async function finishTask(
  trx: Trx,
  c: CaseRow,
  task: TaskRow,
  step: Step,
  actor: Actor,
  at: Date,
  outcome: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await trx
    .updateTable("tasks")
    .set({ done_at: at, done_by: actorId(actor), outcome })
    .where("id", "=", task.id)
    .execute();
  await recordEvent(trx, c, actor, at, "step.completed", {
    taskId: task.id,
    stepId: step.id,
    n: step.n ?? null,
    kind: step.kind,
    outcome,
    late: task.due_at.getTime() < at.getTime(),
    ...(step.outputDocument ? { document: step.outputDocument } : {}),
    source: step.source,
    ...extra,
  });
}

/** Completes the case's current step and moves the case on. */
export async function completeStep(
  deps: EngineDeps,
  actor: Actor,
  caseId: string,
  raw: unknown,
): Promise<CaseRow> {
  const input = parse(CompleteInput, raw);
  requireStaff(actor);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const c = await lockCase(trx, caseId);
    await requireCaseAccess(trx, actor, c);
    if (!isOpen(c)) throw engineError("CASE_CLOSED", { caseId, status: c.status });
    if (c.cursor !== input.stepId)
      throw engineError("WRONG_STEP", { caseId, cursor: c.cursor, stepId: input.stepId });
    const task = await openTaskOf(trx, c);
    requireTaskHolder(actor, task);
    const rules = rulesOf(deps.catalog, c);
    const { procedure } = rules;
    const step = stepById(procedure, input.stepId);
    const hearing = c.hearing as HearingRecord | null;
    if (step.outputDocument === "preliminary_refusal")
      throw engineError("WRONG_STEP", { stepId: step.id, use: "preliminary-refusal" });
    if (step.outputDocument === "hearing_protocol")
      throw engineError("WRONG_STEP", { stepId: step.id, use: "hearing" });
    if (
      c.status === "hearing_scheduled" ||
      c.status === "hearing_held" ||
      (isPostHearing(procedure, step) && hearing && !hearing.decision)
    )
      throw engineError("WRONG_STEP", { stepId: step.id, status: c.status, use: "decision-after-hearing" });

    let answer: "yes" | "no" = "yes";
    const outcome = c.outcome as Outcome | null;
    let newOutcome: Outcome | null = outcome;
    if (step.kind === "decision") {
      if (!input.answer) throw engineError("ANSWER_REQUIRED", { stepId: step.id });
      answer = input.answer;
      if (answer === "no") {
        const kind = noBranchKind(procedure, step);
        const target = successor(procedure, step, "no");
        if (kind === "merits" && !documentsAlong(procedure, target).includes("preliminary_refusal")) {
          // A refusal on the merits only after the preliminary decision and the hearing (APPC art. 73–74).
          if (hearing?.decision !== "refuse") throw engineError("HEARING_REQUIRED", { stepId: step.id });
        }
        if (kind === "not_accepted") {
          if (!input.missingDocuments?.length)
            throw engineError("INPUT_INVALID", { missingDocuments: "required" });
          newOutcome = {
            kind: "not_accepted",
            missingDocuments: input.missingDocuments,
            at: now.toISOString(),
          };
        }
        if (kind === "technical") newOutcome = { kind: "technical_refusal", at: now.toISOString() };
      }
    } else if (input.answer)
      throw engineError("INPUT_INVALID", { answer: "only decision steps take an answer" });
    if (step.outputDocument === "reasoned_refusal" && hearing?.decision !== "refuse")
      throw engineError("HEARING_REQUIRED", { stepId: step.id });

    // The head's resolution names who takes the next step.
    const nextId = successor(procedure, step, answer);
    let assignTo: { staffId: string; resolution: string | null } | undefined;
    if (input.assignTo) {
      const next = nextId === END ? null : stepById(procedure, nextId);
      const role = next && !isAutomatic(next) ? STAFF_ROLE_FOR[next.actor] : null;
      if (!next || !role)
        throw engineError("ASSIGNEE_NOT_ELIGIBLE", { staffId: input.assignTo, reason: "no next task" });
      if (!actor.roles.includes("head") && !actor.roles.includes("department_head"))
        throw engineError("FORBIDDEN_ROLE", { action: "assign" });
      await requireEligible(
        trx,
        input.assignTo,
        role,
        await orgForStep(trx, c, next, await intakeKind(trx, c)),
      );
      assignTo = { staffId: input.assignTo, resolution: input.resolution ?? null };
    }

    await finishTask(trx, c, task, step, actor, now, step.kind === "decision" ? answer : "done", {
      ...(input.note ? { note: input.note } : {}),
      ...(input.document ? { output: input.document } : {}),
      ...(input.missingDocuments ? { missingDocuments: input.missingDocuments } : {}),
    });
    const outputs = { ...(c.outputs as Record<string, unknown>) };
    if (input.document || input.note)
      outputs[step.id] = {
        ...input.document,
        note: input.note ?? null,
        by: actor.staffId,
        at: now.toISOString(),
        kind: step.outputDocument ?? null,
      };
    const updated = await trx
      .updateTable("cases")
      .set({
        outputs: JSON.stringify(outputs),
        outcome: jsonOrNull(newOutcome),
        updated_at: now,
        revision: c.revision + 1,
      })
      .where("id", "=", c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await publish(trx, updated, rules, `step:${step.id}:completed`, now, {
      answer: step.kind === "decision" ? answer : null,
    });
    return walkFrom(
      trx,
      deps,
      { c: updated, rules, now, actor, passThrough: new Set(), assignTo },
      nextId,
      await intakeKind(trx, c),
    );
  });
}

export async function intakeKind(trx: Trx, c: CaseRow): Promise<string | null> {
  if (!c.intake_office_id) return null;
  const row = await trx
    .selectFrom("providers")
    .select("kind")
    .where("id", "=", c.intake_office_id)
    .executeTakeFirst();
  return row?.kind ?? null;
}

/** The head (or a department head) gives the open task to a staff member with a resolution. */
export async function assignTask(
  deps: EngineDeps,
  actor: Actor,
  taskId: string,
  raw: unknown,
): Promise<TaskRow> {
  const input = parse(AssignInput, raw);
  requireStaff(actor);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const found = await trx.selectFrom("tasks").select("case_id").where("id", "=", taskId).executeTakeFirst();
    if (!found) throw engineError("TASK_NOT_FOUND", { taskId });
    const c = await lockCase(trx, found.case_id);
    requireScope(actor, c);
    const task = await trx.selectFrom("tasks").selectAll().where("id", "=", taskId).executeTakeFirstOrThrow();
    if (task.done_at) throw engineError("TASK_CLOSED", { taskId });
    if (!actor.roles.includes("head") && !actor.roles.includes("department_head"))
      throw engineError("FORBIDDEN_ROLE", { action: "assign" });
    if (actor.providerId !== task.org_id) throw engineError("FORBIDDEN_SCOPE", { taskId });
    await requireEligible(trx, input.staffId, task.role, task.org_id);
    const updated = await trx
      .updateTable("tasks")
      .set({ assignee_id: input.staffId })
      .where("id", "=", taskId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(trx, c, actor, now, "task.assigned", {
      taskId,
      stepId: task.step_id,
      assigneeId: input.staffId,
      resolution: input.resolution ?? null,
    });
    return updated;
  });
}
