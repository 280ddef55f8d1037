/**
 * The deadline worker. Marks open tasks that passed their due time, records
 * who held each at that moment, and notifies the holder (or, unassigned, every
 * holder of the role) and the organisation's head; warns the executor when the
 * last day for a preliminary refusal approaches. Safe with several server
 * processes: rows are claimed with FOR UPDATE SKIP LOCKED, and each mark is
 * written once (overdue_at IS NULL).
 */
import { sql } from "kysely";
import { formatLocal } from "../calendar/index.ts";
import { appendEvent } from "../history/index.ts";
import type { EngineDeps, Trx } from "./context.ts";
import { type Notice, notify } from "./notify.ts";
import { OVERDUE_TEXT } from "./texts.ts";

export interface ScanReport {
  overdue: number;
  notified: number;
}

export async function scanOverdue(deps: EngineDeps, batch = 200): Promise<ScanReport> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom("tasks")
      .innerJoin("cases", "cases.id", "tasks.case_id")
      .select([
        "tasks.id",
        "tasks.case_id",
        "tasks.step_id",
        "tasks.role",
        "tasks.org_id",
        "tasks.assignee_id",
        "tasks.due_at",
        "cases.incoming_number",
      ])
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
  await sql`SELECT 1 FROM cases WHERE id = ${caseId} FOR UPDATE`.execute(trx);
  await appendEvent(trx, {
    caseId,
    at,
    actorId: "system:deadline-worker",
    actorRole: "system",
    action: "task.overdue",
    payload,
  });
}

export interface Worker {
  stop(): Promise<void>;
}

/** Runs the scan periodically; runs never overlap within a process. */
export function startDeadlineWorker(
  deps: EngineDeps,
  intervalMs = 60_000,
  onError?: (e: unknown) => void,
): Worker {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = scanOverdue(deps)
      .then(() => undefined)
      .catch((e) => onError?.(e))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
