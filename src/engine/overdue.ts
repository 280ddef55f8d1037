/**
 * The deadline worker. Marks open tasks that passed their due time, records
 * who held each at that moment, and notifies the holder (or, unassigned, every
 * holder of the role) and the organisation's head; warns the executor when the
 * last day for a preliminary refusal approaches. Safe with several server
 * processes: rows are claimed with FOR UPDATE SKIP LOCKED, and each mark is
 * written once (overdue_at IS NULL).
 */

import { formatLocal } from "../calendar/index.ts";
import { type Periodic, startPeriodic } from "../core/periodic.ts";
import { appendEvent } from "../history/index.ts";
import { transaction } from "../store/deferred.ts";
import type { EngineDeps, Trx } from "./context.ts";
import { type Notice, notify } from "./notify.ts";
import { OPEN_TASK_COLUMNS } from "./queries.ts";
import { OVERDUE_TEXT, REFUSAL_WARNING_TEXT } from "./texts.ts";

export interface ScanReport {
  overdue: number;
  notified: number;
}

export async function scanOverdue(deps: EngineDeps, batch = 200): Promise<ScanReport> {
  const now = deps.now();
  return transaction(deps.db, async (trx) => {
    const due = await trx
      .selectFrom("tasks")
      .innerJoin("cases", "cases.id", "tasks.case_id")
      .select(OPEN_TASK_COLUMNS)
      .where("tasks.done_at", "is", null)
      .where("tasks.overdue_at", "is", null)
      .where("tasks.due_at", "<", now)
      .orderBy("tasks.due_at")
      .limit(batch)
      .forUpdate("tasks")
      .skipLocked()
      .execute();
    if (due.length === 0) return { overdue: 0, notified: 0 };
    const orgs = [...new Set(due.map((t) => t.org_id))];
    const staff = await trx
      .selectFrom("staff")
      .select(["id", "provider_id", "roles"])
      .where("provider_id", "in", orgs)
      .where("active", "=", true)
      .execute();
    const notices: Notice[] = [];
    for (const t of due) {
      await trx
        .updateTable("tasks")
        .set({ overdue_at: now, overdue_holder_id: t.assignee_id })
        .where("id", "=", t.id)
        .where("overdue_at", "is", null)
        .execute();
      const what = `${t.incoming_number ?? t.case_id}, ${t.step_id} (${formatLocal(t.due_at.getTime()).slice(0, 16)})`;
      const inOrg = staff.filter((s) => s.provider_id === t.org_id);
      const holders = t.assignee_id
        ? [t.assignee_id]
        : inOrg.filter((s) => (s.roles as string[]).includes(t.role)).map((s) => s.id);
      const heads = inOrg.filter((s) => (s.roles as string[]).includes("head")).map((s) => s.id);
      for (const staffId of new Set([...holders, ...heads]))
        notices.push({ staffId, caseId: t.case_id, kind: "task.overdue", text: OVERDUE_TEXT(what), at: now });
      await appendEventLocked(trx, t.case_id, now, {
        taskId: t.id,
        stepId: t.step_id,
        due: t.due_at.toISOString(),
        holderId: t.assignee_id,
        holders,
      });
    }
    await notify(trx, notices);
    return { overdue: due.length, notified: notices.length };
  });
}

async function appendEventLocked(
  trx: Trx,
  caseId: string,
  at: Date,
  payload: Record<string, unknown>,
): Promise<void> {
  // Serialise with actions on the same case so the history chain stays linear.
  await trx.selectFrom("cases").select("id").where("id", "=", caseId).forUpdate().execute();
  await appendEvent(trx, {
    caseId,
    at,
    actorId: "system:deadline-worker",
    actorRole: "system",
    action: "task.overdue",
    payload,
  });
}

/**
 * Warns the executors one working day before the last day on which a
 * preliminary refusal may still go out (3 working days before the term ends,
 * APPC art. 73), once per case, so a ground found late is not lost.
 */
export async function warnRefusalDeadlines(deps: EngineDeps, batch = 200): Promise<number> {
  const now = deps.now();
  const horizon = new Date(now.getTime() + 30 * 86_400_000);
  return transaction(deps.db, async (trx) => {
    const cases = await trx
      .selectFrom("cases")
      .select(["id", "provider_id", "deadline", "term_start", "incoming_number"])
      .where("status", "=", "in_progress")
      .where("preliminary_refusal", "is", null)
      .where("refusal_warned_at", "is", null)
      .where("deadline", "is not", null)
      .where("deadline", "<", horizon)
      .orderBy("deadline")
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    let warned = 0;
    for (const c of cases) {
      const deadline = (c.deadline as Date).getTime();
      let latest: number;
      let warnAt: number;
      try {
        latest = deps.calendar.preliminaryRefusalDeadline(deadline, "provider", 3);
        warnAt = deps.calendar.preliminaryRefusalDeadline(deadline, "provider", 5);
      } catch {
        continue; // a term too short to hold the notice period
      }
      if (latest < c.term_start.getTime() || now.getTime() < warnAt || now.getTime() > latest) continue;
      const executors = await trx
        .selectFrom("staff")
        .select(["id", "roles"])
        .where("provider_id", "=", c.provider_id)
        .where("active", "=", true)
        .execute();
      const open = await trx
        .selectFrom("tasks")
        .select(["assignee_id", "role"])
        .where("case_id", "=", c.id)
        .where("done_at", "is", null)
        .executeTakeFirst();
      const to = open?.assignee_id
        ? [open.assignee_id]
        : executors.filter((s) => (s.roles as string[]).includes("responsible_executor")).map((s) => s.id);
      const text = REFUSAL_WARNING_TEXT(
        `${formatLocal(latest).slice(0, 16).replace("T", " ")} (${c.incoming_number ?? c.id})`,
      );
      await notify(
        trx,
        to.map((staffId) => ({ staffId, caseId: c.id, kind: "refusal.deadline_near", text, at: now })),
      );
      await trx.updateTable("cases").set({ refusal_warned_at: now }).where("id", "=", c.id).execute();
      await appendEvent(trx, {
        caseId: c.id,
        at: now,
        actorId: "system:deadline-worker",
        actorRole: "system",
        action: "refusal.deadline_near",
        payload: { latest: new Date(latest).toISOString(), notified: to },
      });
      warned++;
    }
    return warned;
  });
}

export type Worker = Periodic;

/** Marks overdue work and warns of refusal deadlines periodically; runs never overlap within a process. */
export function startDeadlineWorker(
  deps: EngineDeps,
  intervalMs = 60_000,
  onError: (e: unknown) => void = () => {},
): Worker {
  return startPeriodic(
    async () => {
      await scanOverdue(deps);
      await warnRefusalDeadlines(deps);
    },
    intervalMs,
    onError,
  );
}
