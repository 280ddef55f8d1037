/**
 * Who may act on a case: staff of the organisation holding the task, in the
 * step's role, and the assignee if the head named one. Supervisors read their
 * region but never act on a step.
 */
import { caseInScope } from "../auth/scope.ts";
import type { StaffActor, StaffRole } from "../core/actor.ts";
import type { CaseRow, TaskRow } from "../store/tables.ts";
import { lockCase, type Trx } from "./context.ts";
import { engineError } from "./errors.ts";
import { isOpen } from "./walk.ts";

export function requireStaff(actor: { kind: string }): asserts actor is StaffActor {
  if (actor.kind !== "staff") throw engineError("FORBIDDEN_ROLE", { actor: actor.kind });
}

/** Whether the staff member may see the case at all (the organisation's scope rules, src/auth/scope.ts). */
export function inScope(
  actor: StaffActor,
  c: Pick<CaseRow, "provider_id" | "intake_office_id" | "region_code">,
): boolean {
  return caseInScope(actor, {
    providerId: c.provider_id,
    intakeOfficeId: c.intake_office_id,
    regionCode: c.region_code,
  });
}

export function requireScope(
  actor: StaffActor,
  c: Pick<CaseRow, "id" | "provider_id" | "intake_office_id" | "region_code">,
): void {
  if (!inScope(actor, c)) throw engineError("FORBIDDEN_SCOPE", { caseId: c.id });
}

/** Scope for acting: the case is in scope, or the actor's organisation holds its open task (a State Corporation branch paying). */
export async function requireCaseAccess(trx: Trx, actor: StaffActor, c: CaseRow): Promise<void> {
  if (inScope(actor, c)) return;
  const held = await trx
    .selectFrom("tasks")
    .select("id")
    .where("case_id", "=", c.id)
    .where("done_at", "is", null)
    .where("org_id", "=", actor.providerId ?? "")
    .executeTakeFirst();
  if (!held) throw engineError("FORBIDDEN_SCOPE", { caseId: c.id });
}

/** The open task the case waits on. */
export async function openTaskOf(trx: Trx, c: CaseRow): Promise<TaskRow> {
  const task = await trx
    .selectFrom("tasks")
    .selectAll()
    .where("case_id", "=", c.id)
    .where("done_at", "is", null)
    .orderBy("started_at", "desc")
    .executeTakeFirst();
  if (!task || task.step_id !== c.cursor) throw engineError("WRONG_STEP", { caseId: c.id, cursor: c.cursor });
  return task;
}

/** The actor may perform the task: its role, its organisation, and the assignee if any (the head may always). */
export function requireTaskHolder(
  actor: StaffActor,
  task: TaskRow,
  roles: readonly StaffRole[] = [task.role as StaffRole],
): void {
  if (!actor.roles.some((r) => roles.includes(r)))
    throw engineError("FORBIDDEN_ROLE", { taskId: task.id, roles });
  if (actor.providerId !== task.org_id) throw engineError("FORBIDDEN_SCOPE", { taskId: task.id });
  if (task.assignee_id && task.assignee_id !== actor.staffId && !actor.roles.includes("head"))
    throw engineError("NOT_ASSIGNEE", { taskId: task.id });
}

/** The staff member can be given a task of this role in this organisation. */
export async function requireEligible(trx: Trx, staffId: string, role: string, orgId: string): Promise<void> {
  const row = await trx
    .selectFrom("staff")
    .select(["roles", "provider_id", "active"])
    .where("id", "=", staffId)
    .executeTakeFirst();
  if (!row) throw engineError("STAFF_NOT_FOUND", { staffId });
  const roles = row.roles as string[];
  if (!row.active || row.provider_id !== orgId || !roles.includes(role))
    throw engineError("ASSIGNEE_NOT_ELIGIBLE", { staffId, role, orgId });
}

/**
 * Locks an open case for an action of the provider's executor or head (a request for documents, an
 * extension of the term): in scope, still open, and the actor works for the case's provider in one of those roles.
 */
export async function lockForProviderAction(trx: Trx, actor: StaffActor, caseId: string): Promise<CaseRow> {
  const c = await lockCase(trx, caseId);
  requireScope(actor, c);
  if (!isOpen(c)) throw engineError("CASE_CLOSED", { caseId, status: c.status });
  if (
    actor.providerId !== c.provider_id ||
    !actor.roles.some((r) => r === "responsible_executor" || r === "head")
  )
    throw engineError("FORBIDDEN_ROLE", { roles: ["responsible_executor", "head"] });
  return c;
}
