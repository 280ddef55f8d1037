/**
 * What a supervisor watches, read from the engine's, complaints' and monitoring's tables (never written):
 * the on-time rate of cases closed in a period, overdue work by provider, service and channel, trends
 * per week or month, the overdue list with who holds each task now, complaints with their deadlines and
 * the delivery of stages to the monitoring system. Scope: a region, or the republic (regionCode null);
 * optional filters by provider, service and channel. No service-specific code: only the tables' facts.
 *
 * Definitions:
 * - a case is **closed** in the period when it ended (issued or refused) within [from, to) and had a
 *   deadline (a package refused at acceptance has none); **on time** when it ended no later than its deadline;
 * - a case is **overdue now** when it is still open and its deadline has passed or one of its open tasks
 *   is past its due time (the step's own term);
 * - the **overdue list** is the open tasks past due, the longest overdue first.
 * Weeks start on Monday, in Almaty time.
 */
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { StaffActor } from "../core/actor.ts";
import { engineError } from "../engine/errors.ts";
import type { Database, Text3 } from "../store/tables.ts";
import { periodInvalid } from "./errors.ts";

export interface SupervisionFilter {
  /** null: the whole republic. */
  regionCode: string | null;
  /** The period [from, to) as instants. */
  from: Date;
  to: Date;
  providerId?: string | undefined;
  serviceCode?: string | undefined;
  channel?: string | undefined;
}

const SUPERVISING = ["supervisor", "administrator"] as const;

/**
 * The region a supervisor may read: their own (asking for another is FORBIDDEN_SCOPE), or for a
 * republic-level supervisor (no region) the one asked for, else the republic (null).
 */
export function supervisionScope(actor: StaffActor, requested?: string): string | null {
  if (!actor.roles.some((r) => (SUPERVISING as readonly string[]).includes(r)))
    throw engineError("FORBIDDEN_ROLE", { roles: SUPERVISING });
  if (actor.regionCode) {
    if (requested && requested !== actor.regionCode)
      throw engineError("FORBIDDEN_SCOPE", { region: requested });
    return actor.regionCode;
  }
  return requested ?? null;
}

const DAY_MS = 86_400_000;
/** Almaty has been UTC+5 since 2024-03-01 00:00 local (UTC+6 before). */
const UTC5_SINCE = Date.UTC(2024, 1, 29, 18);
const offsetOf = (t: number) => (t < UTC5_SINCE ? 6 : 5) * 3_600_000;

/** The instant of 00:00 Almaty time on a YYYY-MM-DD day. */
export function localMidnight(day: string): Date {
  const local = Date.parse(`${day}T00:00:00Z`);
  const after = local - offsetOf(local);
  return new Date(after >= UTC5_SINCE ? after : local - 6 * 3_600_000);
}

/** The Almaty calendar day (YYYY-MM-DD) of an instant. */
export function localDay(t: Date): string {
  return new Date(t.getTime() + offsetOf(t.getTime())).toISOString().slice(0, 10);
}

/** A period of whole Almaty days, both inclusive (default: the 12 weeks up to today); at most 2 years. */
export function periodOf(now: Date, from?: string, to?: string): { from: Date; to: Date; days: number } {
  const last = to ?? localDay(now);
  const first = from ?? localDay(new Date(localMidnight(last).getTime() - 83 * DAY_MS));
  if (Number.isNaN(Date.parse(first)) || Number.isNaN(Date.parse(last)))
    throw periodInvalid({ from: first, to: last });
  const start = localMidnight(first);
  const end = new Date(localMidnight(last).getTime() + DAY_MS);
  const days = Math.round((end.getTime() - start.getTime()) / DAY_MS);
  if (days < 1 || days > 731) throw periodInvalid({ from: first, to: last, days });
  return { from: start, to: end, days };
}

/** The filter's conditions on the cases table aliased `c`. */
function caseConditions(f: SupervisionFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (f.regionCode) parts.push(sql`c.region_code = ${f.regionCode}`);
  if (f.providerId) parts.push(sql`c.provider_id = ${f.providerId}`);
  if (f.serviceCode) parts.push(sql`c.service_code = ${f.serviceCode}`);
  if (f.channel) parts.push(sql`c.channel = ${f.channel}`);
  return sql.join(parts, sql` AND `);
}

/** The Almaty wall-clock time of a timestamptz expression, as a timestamp (for date_trunc). */
const local = (column: RawBuilder<unknown>) =>
  sql`((${column}) AT TIME ZONE 'UTC') + CASE WHEN ${column} < ${new Date(UTC5_SINCE)} THEN interval '6 hours' ELSE interval '5 hours' END`;

export interface OnTime {
  closed: number;
  onTime: number;
  late: number;
  /** onTime / closed; null when nothing closed. */
  onTimeRate: number | null;
  /** Open cases past their deadline or with a task past due, now. */
  overdueNow: number;
}

export type Dimension = "provider" | "service" | "channel";

export interface GroupRow extends OnTime {
  key: string;
  /** The provider's name (by provider); null otherwise. */
  name: Text3 | null;
}

const KEY: Record<Dimension | "all", RawBuilder<unknown>> = {
  provider: sql`c.provider_id`,
  service: sql`c.service_code`,
  channel: sql`c.channel`,
  all: sql`''`,
};

const rate = (onTime: number, closed: number) => (closed === 0 ? null : onTime / closed);

async function grouped(
  db: Kysely<Database>,
  f: SupervisionFilter,
  now: Date,
  dim: Dimension | "all",
): Promise<Array<OnTime & { key: string }>> {
  const key = KEY[dim];
  const where = caseConditions(f);
  const { rows } = await sql<{ key: string; closed: string; on_time: string; overdue_now: string }>`
    WITH closed AS (
      SELECT ${key} AS key, count(*) AS closed, count(*) FILTER (WHERE c.ended_at <= c.deadline) AS on_time
      FROM cases c
      WHERE ${where} AND c.ended_at >= ${f.from} AND c.ended_at < ${f.to} AND c.deadline IS NOT NULL
        AND c.status <> 'refused_to_accept'
      GROUP BY 1
    ), overdue AS (
      SELECT ${key} AS key, count(*) AS overdue_now
      FROM cases c
      WHERE ${where} AND c.ended_at IS NULL
        AND (c.deadline < ${now} OR EXISTS (
          SELECT 1 FROM tasks t WHERE t.case_id = c.id AND t.done_at IS NULL AND t.due_at < ${now}))
      GROUP BY 1
    )
    SELECT coalesce(closed.key, overdue.key) AS key, coalesce(closed.closed, 0) AS closed,
      coalesce(closed.on_time, 0) AS on_time, coalesce(overdue.overdue_now, 0) AS overdue_now
    FROM closed FULL JOIN overdue ON overdue.key = closed.key
  `.execute(db);
  return rows.map((r) => {
    const closed = Number(r.closed);
    const onTime = Number(r.on_time);
    return {
      key: r.key,
      closed,
      onTime,
      late: closed - onTime,
      onTimeRate: rate(onTime, closed),
      overdueNow: Number(r.overdue_now),
    };
  });
}

/** The figures of the whole scope. */
export async function summary(db: Kysely<Database>, f: SupervisionFilter, now: Date): Promise<OnTime> {
  const [row] = await grouped(db, f, now, "all");
  return row
    ? {
        closed: row.closed,
        onTime: row.onTime,
        late: row.late,
        onTimeRate: row.onTimeRate,
        overdueNow: row.overdueNow,
      }
    : { closed: 0, onTime: 0, late: 0, onTimeRate: null, overdueNow: 0 };
}

/** The figures per provider, service or channel; the most overdue now first, then the most late. */
export async function overdueBy(
  db: Kysely<Database>,
  f: SupervisionFilter,
  now: Date,
  dim: Dimension,
): Promise<GroupRow[]> {
  const rows = await grouped(db, f, now, dim);
  let names = new Map<string, Text3>();
  if (dim === "provider" && rows.length > 0) {
    const providers = await db
      .selectFrom("providers")
      .select(["id", "name"])
      .where(
        "id",
        "in",
        rows.map((r) => r.key),
      )
      .execute();
    names = new Map(providers.map((p) => [p.id, p.name]));
  }
  return rows
    .map((r) => ({ ...r, name: names.get(r.key) ?? null }))
    .sort((a, b) => b.overdueNow - a.overdueNow || b.late - a.late || a.key.localeCompare(b.key));
}

export type Bucket = "week" | "month";

export interface TrendRow {
  /** The first day of the week (Monday) or month, YYYY-MM-DD, Almaty time. */
  start: string;
  registered: number;
  closed: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
}

/** The first days of every week or month that meets [from, to). */
export function bucketStarts(from: Date, to: Date, bucket: Bucket): string[] {
  const first = localDay(from);
  const d = new Date(`${first}T00:00:00Z`);
  if (bucket === "week") d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  else d.setUTCDate(1);
  const last = localDay(new Date(to.getTime() - 1));
  const out: string[] = [];
  while (d.toISOString().slice(0, 10) <= last) {
    out.push(d.toISOString().slice(0, 10));
    if (bucket === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/** Registered and closed (on time, late) per week or month of the period, every bucket present. */
export async function trends(
  db: Kysely<Database>,
  f: SupervisionFilter,
  bucket: Bucket,
): Promise<TrendRow[]> {
  const where = caseConditions(f);
  const unit = sql.lit(bucket);
  const { rows } = await sql<{ start: string; registered: string; closed: string; on_time: string }>`
    SELECT to_char(b, 'YYYY-MM-DD') AS start, sum(registered) AS registered, sum(closed) AS closed,
      sum(on_time) AS on_time
    FROM (
      SELECT date_trunc(${unit}, ${local(sql`c.submitted_at`)}) AS b, 1 AS registered, 0 AS closed, 0 AS on_time
      FROM cases c WHERE ${where} AND c.submitted_at >= ${f.from} AND c.submitted_at < ${f.to}
      UNION ALL
      SELECT date_trunc(${unit}, ${local(sql`c.ended_at`)}), 0, 1, CASE WHEN c.ended_at <= c.deadline THEN 1 ELSE 0 END
      FROM cases c WHERE ${where} AND c.ended_at >= ${f.from} AND c.ended_at < ${f.to}
        AND c.deadline IS NOT NULL AND c.status <> 'refused_to_accept'
    ) x
    GROUP BY b ORDER BY b
  `.execute(db);
  const byStart = new Map(rows.map((r) => [r.start, r]));
  return bucketStarts(f.from, f.to, bucket).map((start) => {
    const r = byStart.get(start);
    const closed = Number(r?.closed ?? 0);
    const onTime = Number(r?.on_time ?? 0);
    return {
      start,
      registered: Number(r?.registered ?? 0),
      closed,
      onTime,
      late: closed - onTime,
      onTimeRate: rate(onTime, closed),
    };
  });
}

export interface OverdueTask {
  taskId: string;
  caseId: string;
  incomingNumber: string | null;
  serviceCode: string;
  channel: string;
  providerId: string;
  providerName: Text3;
  applicantIin: string;
  caseDeadline: Date | null;
  stepId: string;
  role: string;
  /** The organisation whose staff hold the task. */
  orgId: string;
  orgName: Text3;
  /** The staff member it is assigned to; null: every holder of the role in the organisation. */
  holder: { staffId: string; fullName: string; login: string } | null;
  /** Since when the holder has it: the assignment, else the task's start. */
  heldSince: Date;
  dueAt: Date;
  /** When the deadline worker marked it overdue (and notified the holder and the head); null: not yet. */
  markedAt: Date | null;
}

/** Open tasks past due in the scope, the longest overdue first, with who holds each now. */
export async function overdueList(
  db: Kysely<Database>,
  f: Omit<SupervisionFilter, "from" | "to">,
  now: Date,
  limit = 200,
): Promise<OverdueTask[]> {
  const parts: RawBuilder<unknown>[] = [sql`t.done_at IS NULL`, sql`t.due_at < ${now}`];
  // The task's own region column: one range of the partial index tasks_open_region_due.
  if (f.regionCode) parts.push(sql`t.region_code = ${f.regionCode}`);
  if (f.providerId) parts.push(sql`c.provider_id = ${f.providerId}`);
  if (f.serviceCode) parts.push(sql`c.service_code = ${f.serviceCode}`);
  if (f.channel) parts.push(sql`c.channel = ${f.channel}`);
  const { rows } = await sql<{
    task_id: string;
    case_id: string;
    incoming_number: string | null;
    service_code: string;
    channel: string;
    provider_id: string;
    provider_name: Text3;
    applicant_iin: string;
    deadline: Date | null;
    step_id: string;
    role: string;
    org_id: string;
    org_name: Text3;
    assignee_id: string | null;
    full_name: string | null;
    login: string | null;
    started_at: Date;
    assigned_at: Date | null;
    due_at: Date;
    overdue_at: Date | null;
  }>`
    SELECT t.id AS task_id, c.id AS case_id, c.incoming_number, c.service_code, c.channel, c.provider_id,
      p.name AS provider_name, c.applicant_iin, c.deadline, t.step_id, t.role, t.org_id, o.name AS org_name,
      t.assignee_id, s.full_name, s.login, t.started_at, t.due_at, t.overdue_at,
      (SELECT max(e.at) FROM events e WHERE e.case_id = t.case_id AND e.action = 'task.assigned'
         AND e.payload->>'taskId' = t.id) AS assigned_at
    FROM tasks t
    JOIN cases c ON c.id = t.case_id
    JOIN providers p ON p.id = c.provider_id
    JOIN providers o ON o.id = t.org_id
    LEFT JOIN staff s ON s.id = t.assignee_id
    WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY t.due_at, t.id
    LIMIT ${Math.min(Math.max(limit, 1), 1000)}
  `.execute(db);
  return rows.map((r) => ({
    taskId: r.task_id,
    caseId: r.case_id,
    incomingNumber: r.incoming_number,
    serviceCode: r.service_code,
    channel: r.channel,
    providerId: r.provider_id,
    providerName: r.provider_name,
    applicantIin: r.applicant_iin,
    caseDeadline: r.deadline ? new Date(r.deadline) : null,
    stepId: r.step_id,
    role: r.role,
    orgId: r.org_id,
    orgName: r.org_name,
    holder:
      r.assignee_id && r.full_name && r.login
        ? { staffId: r.assignee_id, fullName: r.full_name, login: r.login }
        : null,
    heldSince: new Date(r.assigned_at ?? r.started_at),
    dueAt: new Date(r.due_at),
    markedAt: r.overdue_at ? new Date(r.overdue_at) : null,
  }));
}

export interface SupervisedComplaint {
  id: string;
  number: string;
  caseId: string | null;
  incomingNumber: string | null;
  serviceCode: string | null;
  providerId: string;
  providerName: Text3;
  complainantIin: string;
  reviewer: string;
  status: string;
  registeredAt: Date;
  forwardDue: Date;
  reviewDue: Date;
  forwardedAt: Date | null;
  decidedAt: Date | null;
  /** Which term is missed now: forwarding (still with the provider), review (undecided); null: none. */
  overdue: "forward" | "review" | null;
}

/** Complaints in the scope registered in the period or still open, the nearest review term first. */
export async function complaintsList(
  db: Kysely<Database>,
  f: SupervisionFilter,
  now: Date,
  limit = 500,
): Promise<SupervisedComplaint[]> {
  const parts: RawBuilder<unknown>[] = [
    sql`((co.registered_at >= ${f.from} AND co.registered_at < ${f.to}) OR co.status IN ('registered', 'forwarded'))`,
  ];
  if (f.regionCode) parts.push(sql`p.region_code = ${f.regionCode}`);
  if (f.providerId) parts.push(sql`co.provider_id = ${f.providerId}`);
  if (f.serviceCode) parts.push(sql`c.service_code = ${f.serviceCode}`);
  if (f.channel) parts.push(sql`c.channel = ${f.channel}`);
  const { rows } = await sql<{
    id: string;
    number: string;
    case_id: string | null;
    incoming_number: string | null;
    service_code: string | null;
    provider_id: string;
    provider_name: Text3;
    complainant_iin: string;
    reviewer: string;
    status: string;
    registered_at: Date;
    forward_due: Date;
    review_due: Date;
    forwarded_at: Date | null;
    decided_at: Date | null;
  }>`
    SELECT co.id, co.number, co.case_id, c.incoming_number, c.service_code, co.provider_id, p.name AS provider_name,
      co.complainant_iin, co.reviewer, co.status, co.registered_at, co.forward_due, co.review_due,
      co.forwarded_at, co.decided_at
    FROM complaints co
    JOIN providers p ON p.id = co.provider_id
    LEFT JOIN cases c ON c.id = co.case_id
    WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY (co.status IN ('registered', 'forwarded')) DESC, co.review_due, co.number
    LIMIT ${Math.min(Math.max(limit, 1), 1000)}
  `.execute(db);
  const t = now.getTime();
  return rows.map((r) => {
    const open = r.status === "registered" || r.status === "forwarded";
    const forwardDue = new Date(r.forward_due);
    const reviewDue = new Date(r.review_due);
    const overdue =
      r.status === "registered" && r.reviewer === "review_body" && forwardDue.getTime() < t
        ? "forward"
        : open && reviewDue.getTime() < t
          ? "review"
          : null;
    return {
      id: r.id,
      number: r.number,
      caseId: r.case_id,
      incomingNumber: r.incoming_number,
      serviceCode: r.service_code,
      providerId: r.provider_id,
      providerName: r.provider_name,
      complainantIin: r.complainant_iin,
      reviewer: r.reviewer,
      status: r.status,
      registeredAt: new Date(r.registered_at),
      forwardDue,
      reviewDue,
      forwardedAt: r.forwarded_at ? new Date(r.forwarded_at) : null,
      decidedAt: r.decided_at ? new Date(r.decided_at) : null,
      overdue: overdue as SupervisedComplaint["overdue"],
    };
  });
}

export interface Delivery {
  /** Not delivered, no attempt failed yet (ON_DELIVERY). */
  pending: number;
  /** Not delivered, at least one attempt failed; retried (NOT_DELIVERED). */
  failed: number;
  /** Delivered within the period (DELIVERED). */
  delivered: number;
  oldestUndeliveredAt: Date | null;
  /** Technical-problem protocols recorded within the period (the whole system: they name no case). */
  technicalFailures: number;
}

export interface UndeliveredMessage {
  messageId: string;
  topic: string;
  caseId: string | null;
  incomingNumber: string | null;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
}

const scoped = (f: SupervisionFilter) => !!(f.regionCode || f.providerId || f.serviceCode || f.channel);

/** Stages to the monitoring system from the scope's cases (the republic unfiltered: every message). */
export async function deliveryStatus(db: Kysely<Database>, f: SupervisionFilter): Promise<Delivery> {
  const join = scoped(f) ? sql`JOIN cases c ON c.id = o.case_id AND ${caseConditions(f)}` : sql``;
  // Undelivered: the partial index outbox_pending; delivered in the period: outbox_delivered (0016).
  const { rows } = await sql<{ pending: string; failed: string; oldest: Date | null; delivered: string }>`
    SELECT
      (SELECT count(*) FROM outbox o ${join} WHERE o.delivered_at IS NULL AND o.attempts = 0) AS pending,
      (SELECT count(*) FROM outbox o ${join} WHERE o.delivered_at IS NULL AND o.attempts > 0) AS failed,
      (SELECT min(o.created_at) FROM outbox o ${join} WHERE o.delivered_at IS NULL) AS oldest,
      (SELECT count(*) FROM outbox o ${join} WHERE o.delivered_at >= ${f.from} AND o.delivered_at < ${f.to}) AS delivered
  `.execute(db);
  const failures = await db
    .selectFrom("technical_failures")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("at", ">=", f.from)
    .where("at", "<", f.to)
    .executeTakeFirstOrThrow();
  const r = rows[0];
  return {
    pending: Number(r?.pending ?? 0),
    failed: Number(r?.failed ?? 0),
    delivered: Number(r?.delivered ?? 0),
    oldestUndeliveredAt: r?.oldest ? new Date(r.oldest) : null,
    technicalFailures: Number(failures.n),
  };
}

/** The undelivered messages of the scope, failed ones first, then the oldest. */
export async function undeliveredMessages(
  db: Kysely<Database>,
  f: SupervisionFilter,
  limit = 200,
): Promise<UndeliveredMessage[]> {
  const join = scoped(f)
    ? sql`JOIN cases c ON c.id = o.case_id AND ${caseConditions(f)}`
    : sql`LEFT JOIN cases c ON c.id = o.case_id`;
  const { rows } = await sql<{
    message_id: string;
    topic: string;
    case_id: string | null;
    incoming_number: string | null;
    created_at: Date;
    attempts: number;
    next_attempt_at: Date;
    last_error: string | null;
  }>`
    SELECT o.message_id, o.topic, o.case_id, c.incoming_number, o.created_at, o.attempts, o.next_attempt_at, o.last_error
    FROM outbox o ${join}
    WHERE o.delivered_at IS NULL
    ORDER BY (o.attempts > 0) DESC, o.created_at, o.id
    LIMIT ${Math.min(Math.max(limit, 1), 1000)}
  `.execute(db);
  return rows.map((r) => ({
    messageId: r.message_id,
    topic: r.topic,
    caseId: r.case_id,
    incomingNumber: r.incoming_number,
    createdAt: new Date(r.created_at),
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at),
    lastError: r.last_error,
  }));
}
