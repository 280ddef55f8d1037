/**
 * Reading cases: one case with its tasks and history (reads of a child's data
 * are logged), lists with filters, the inbox by due time, the registration
 * journal, overdue work in a region.
 */
import { sql } from "kysely";
import type { StaffActor } from "../core/actor.ts";
import { accessLogged } from "../core/errors.ts";
import { logAccess } from "../history/index.ts";
import type { CaseRow, EventRow, TaskRow } from "../store/tables.ts";
import { inScope } from "./authority.ts";
import type { EngineDeps } from "./context.ts";
import { engineError } from "./errors.ts";

export interface CaseView {
  case: CaseRow;
  tasks: TaskRow[];
  events: EventRow[];
}

export async function getCase(deps: EngineDeps, actor: StaffActor, id: string): Promise<CaseView> {
  const c = await deps.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  if (!c) throw engineError("CASE_NOT_FOUND", { caseId: id });
  // In scope, or the actor's organisation holds the case's open task (a State Corporation branch paying).
  const allowed =
    inScope(actor, c) ||
    (await deps.db
      .selectFrom("tasks")
      .select("id")
      .where("case_id", "=", id)
      .where("done_at", "is", null)
      .where("org_id", "=", actor.providerId ?? "")
      .executeTakeFirst()) !== undefined;
  if (!allowed || c.has_child_data) {
    await logAccess(deps.db, {
      at: deps.now(),
      staffId: actor.staffId,
      caseId: id,
      action: "case.read",
      allowed,
      detail: { childData: c.has_child_data },
    });
  }
  if (!allowed) throw accessLogged(engineError("FORBIDDEN_SCOPE", { caseId: id }));
  const [tasks, events] = await Promise.all([
    deps.db
      .selectFrom("tasks")
      .selectAll()
      .where("case_id", "=", id)
      .orderBy("started_at")
      .orderBy("id")
      .execute(),
    deps.db.selectFrom("events").selectAll().where("case_id", "=", id).orderBy("seq").execute(),
  ]);
  return { case: c, tasks, events };
}

export interface CaseFilter {
  status?: string;
  serviceCode?: string;
  channel?: string;
  providerId?: string;
  overdue?: boolean;
  limit?: number;
  offset?: number;
}

/** Cases the actor may see: their provider's (or branch's), a supervisor's region, or all. */
export async function listCases(deps: EngineDeps, actor: StaffActor, f: CaseFilter = {}): Promise<CaseRow[]> {
  let q = deps.db.selectFrom("cases").selectAll();
  if (actor.roles.includes("supervisor") || actor.roles.includes("administrator")) {
    if (actor.regionCode) q = q.where("region_code", "=", actor.regionCode);
  } else {
    const org = actor.providerId ?? "";
    q = q.where((eb) => eb.or([eb("provider_id", "=", org), eb("intake_office_id", "=", org)]));
  }
  if (f.status) q = q.where("status", "=", f.status);
  if (f.serviceCode) q = q.where("service_code", "=", f.serviceCode);
  if (f.channel) q = q.where("channel", "=", f.channel);
  if (f.providerId) q = q.where("provider_id", "=", f.providerId);
  if (f.overdue) q = q.where("ended_at", "is", null).where("deadline", "<", deps.now());
  return q
    .orderBy("submitted_at", "desc")
    .orderBy("id")
    .limit(Math.min(f.limit ?? 50, 500))
    .offset(f.offset ?? 0)
    .execute();
}

export interface InboxItem {
  task: TaskRow;
  caseId: string;
  incomingNumber: string | null;
  serviceCode: string;
  status: string;
  caseDeadline: Date | null;
  /** Working time left until the task is due (negative: overdue), in milliseconds. */
  remainingMs: number;
}

/**
 * My open tasks: my organisation's, in my roles, assigned to me or to nobody,
 * by due time. Read per role (a LATERAL over the roles, each an ordered range
 * of the partial index `tasks_open_inbox`), so a person with two roles costs
 * two short index reads rather than a sort of the organisation's backlog.
 */
export async function inbox(deps: EngineDeps, actor: StaffActor, limit = 100): Promise<InboxItem[]> {
  const roles = actor.roles.filter((r) => r !== "supervisor" && r !== "administrator");
  if (!actor.providerId || roles.length === 0) return [];
  const org = actor.providerId;
  const n = Math.min(limit, 500);
  const top = deps.db
    .selectFrom(sql<{ role: string }>`(SELECT unnest(${roles}::text[]) AS role)`.as("r"))
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("tasks")
          .selectAll("tasks")
          .where("tasks.org_id", "=", org)
          .whereRef("tasks.role", "=", "r.role")
          .where("tasks.done_at", "is", null)
          .where((w) =>
            w.or([w("tasks.assignee_id", "is", null), w("tasks.assignee_id", "=", actor.staffId)]),
          )
          .orderBy("tasks.due_at")
          .limit(n)
          .as("t"),
      (join) => join.onTrue(),
    )
    .selectAll("t")
    .orderBy("t.due_at")
    .limit(n);
  const rows = await deps.db
    .selectFrom(top.as("t"))
    .innerJoin("cases", "cases.id", "t.case_id")
    .selectAll("t")
    .select([
      "cases.incoming_number",
      "cases.service_code",
      "cases.status",
      "cases.deadline as case_deadline",
    ])
    .orderBy("t.due_at")
    .orderBy("t.id")
    .execute();
  const now = deps.now().getTime();
  return rows.map((r) => {
    const { incoming_number, service_code, status, case_deadline, ...task } = r;
    return {
      task,
      caseId: task.case_id,
      incomingNumber: incoming_number,
      serviceCode: service_code,
      status,
      caseDeadline: case_deadline,
      remainingMs: deps.calendar.workingTime(now, task.due_at.getTime(), "provider"),
    };
  });
}

/** What a list of open work shows of each task and its case. */
export const OPEN_TASK_COLUMNS = [
  "tasks.id",
  "tasks.case_id",
  "tasks.step_id",
  "tasks.role",
  "tasks.org_id",
  "tasks.assignee_id",
  "tasks.due_at",
  "cases.incoming_number",
] as const;

/** Open tasks past due in a region (a supervisor's view), with who holds each. */
export async function overdueInRegion(deps: EngineDeps, regionCode: string, limit = 100) {
  return deps.db
    .selectFrom("tasks")
    .innerJoin("cases", "cases.id", "tasks.case_id")
    .select([...OPEN_TASK_COLUMNS, "tasks.overdue_at", "tasks.overdue_holder_id", "cases.service_code"])
    .where("tasks.region_code", "=", regionCode)
    .where("tasks.done_at", "is", null)
    .where("tasks.due_at", "<", deps.now())
    .orderBy("tasks.due_at")
    .limit(Math.min(limit, 1000))
    .execute();
}

/** The registration journal of incoming applications of one provider and year, in number order. */
export async function journal(deps: EngineDeps, actor: StaffActor, providerId: string, year: number) {
  const provider = await deps.db
    .selectFrom("providers")
    .select("region_code")
    .where("id", "=", providerId)
    .executeTakeFirst();
  if (!provider) throw engineError("PROVIDER_NOT_FOUND", { providerId });
  if (!inScope(actor, { provider_id: providerId, intake_office_id: null, region_code: provider.region_code }))
    throw engineError("FORBIDDEN_SCOPE", { providerId });
  return deps.db
    .selectFrom("cases")
    .select([
      "incoming_number",
      "id",
      "service_code",
      "channel",
      "applicant_iin",
      "submitted_at",
      "status",
      "deadline",
      "ended_at",
    ])
    .where("provider_id", "=", providerId)
    .where("incoming_number", "like", `${providerId}-${year}-%`)
    .orderBy("incoming_number")
    .execute();
}
