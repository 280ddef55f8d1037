/**
 * The State Corporation's electronic queue at a branch.
 *
 *  - A ticket is taken at the branch's kiosk for a service the version in force in the branch's
 *    region renders through the State Corporation; it carries that version's maximum waiting time
 *    and maximum service time at the State Corporation with their source (e.g. 003 list annex 6,
 *    row 3, sub-pp. 2–3: "күтудің рұқсат берілетін ең ұзақ уақыты – 15 минут", "қызмет көрсетудің
 *    рұқсат берілетін ең ұзақ уақыты – 15 минут"). Numbers run per branch and day.
 *  - No priority: none of our acts names a category served out of turn, and the standards that speak
 *    of it say the reverse — reception "жеделдетілген қызмет көрсетусіз" (with no expedited
 *    service), 003 list annex 6, row 7, sub-p. 2. Tickets are called strictly in the order taken.
 *  - An operator calls the next ticket to a window (the oldest waiting one, claimed with
 *    FOR UPDATE SKIP LOCKED so two operators never call the same ticket; an operator holds at most
 *    one ticket, by a unique index), starts serving, finishes (linking the case accepted), or marks
 *    a no-show.
 *  - Waiting = called − taken (or now − taken while waiting); service = finished − started (or now −
 *    started while serving); each against the ticket's maximum.
 */
import { randomUUID } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import { z } from "zod";
import { formatLocal } from "../calendar/index.ts";
import { findService, findVersion, resolveVersion } from "../catalog/lookup.ts";
import type { Catalog, RegulationVersion, Source } from "../catalog/schema.ts";
import { linesText } from "../catalog/seed-text.ts";
import type { StaffActor } from "../core/actor.ts";
import { parseInput } from "../core/input.ts";
import { isValidIin } from "../iin/iin.ts";
import type { Database, ProviderRow, Text3 } from "../store/tables.ts";
import { queueError } from "./errors.ts";
import { type QueueTables, queueDb, type TicketRow, type TicketStatus } from "./tables.ts";

type QueueTrx = Transaction<Database & QueueTables>;

export interface QueueDeps {
  db: Kysely<Database>;
  catalog: Catalog;
  now: () => Date;
}

/** Tickets a branch's kiosk may hand out in a minute (a kiosk prints one in a few seconds). */
export const KIOSK_TICKETS_PER_MINUTE = 30;
const MINUTE = 60_000;

export interface Limits {
  maxWaitMinutes: number | null;
  maxServiceMinutes: number | null;
  /** Where the act states the maximums (with the act's words), null when it states none. */
  source: Source | null;
  /** The act of the version in force. */
  act: Text3;
  versionId: string;
}

export interface TicketView {
  id: string;
  branchId: string;
  day: string;
  number: number;
  /** As printed and shown on the board: three digits. */
  label: string;
  serviceCode: string;
  serviceTitle: Text3;
  status: TicketStatus;
  applicantIin: string | null;
  takenAt: string;
  calledAt: string | null;
  servedAt: string | null;
  finishedAt: string | null;
  window: string | null;
  operatorId: string | null;
  caseId: string | null;
  limits: Limits;
  /** Waiting so far (or until called), ms. */
  waitedMs: number;
  /** Serving so far (or until finished), ms; null before service started. */
  serviceMs: number | null;
  waitOver: boolean;
  serviceOver: boolean;
}

export const TakeInput = z.strictObject({
  serviceCode: z.string().min(1).max(100),
  /** Optional: the applicant's IIN (one open ticket per IIN and service a day). */
  iin: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
});
export const CallInput = z.strictObject({ window: z.string().trim().min(1).max(10) });
export const FinishInput = z.strictObject({ caseId: z.uuid().optional() });

const parse = <T>(schema: z.ZodType<T>, raw: unknown): T =>
  parseInput(schema, raw, (issues) => queueError("QUEUE_INPUT_INVALID", { issues }));

/** The branch's local day (Asia/Almaty), YYYY-MM-DD. */
export const localDay = (at: Date): string => formatLocal(at.getTime()).slice(0, 10);

async function branchRow(deps: QueueDeps, branchId: string): Promise<ProviderRow> {
  const row = await deps.db
    .selectFrom("providers")
    .selectAll()
    .where("id", "=", branchId)
    .where("kind", "=", "state_corporation_branch")
    .executeTakeFirst();
  if (!row) throw queueError("QUEUE_BRANCH_NOT_FOUND", { branchId });
  return row;
}

/** The operator's own branch, or 403. */
export async function operatorBranch(deps: QueueDeps, actor: StaffActor): Promise<ProviderRow> {
  if (!actor.roles.includes("state_corporation_operator") || !actor.providerId)
    throw queueError("QUEUE_NOT_OPERATOR", { roles: actor.roles });
  const row = await deps.db
    .selectFrom("providers")
    .selectAll()
    .where("id", "=", actor.providerId)
    .where("kind", "=", "state_corporation_branch")
    .executeTakeFirst();
  if (!row) throw queueError("QUEUE_NOT_OPERATOR", { providerId: actor.providerId });
  return row;
}

function withQuote(source: Source): Source {
  if (source.quote) return source;
  try {
    return { ...source, quote: linesText(source.seed, source.lines[0], source.lines[1]).trim() };
  } catch {
    return source;
  }
}

function limitsOf(version: RegulationVersion): Limits {
  const q = version.standard.queue.find((x) => x.channel === "state_corporation");
  return {
    maxWaitMinutes: q?.maxWaitMinutes ?? null,
    maxServiceMinutes: q?.maxServiceMinutes ?? null,
    source: q ? withQuote(q.source) : null,
    act: version.act.title,
    versionId: version.id,
  };
}

/** The version in force in the region that day, if it renders the service through the State Corporation. */
function versionAtBranch(
  catalog: Catalog,
  code: string,
  region: string,
  day: string,
): RegulationVersion | null {
  let version: RegulationVersion;
  try {
    version = resolveVersion(catalog, code, region, day);
  } catch {
    return null;
  }
  return version.standard.channels.some((c) => c.channel === "state_corporation") ? version : null;
}

export interface BranchService {
  code: string;
  titles: Text3;
  limits: Limits;
}

export interface BranchInfo {
  id: string;
  name: Text3;
  address: Text3;
  regionCode: string;
  districtId: string | null;
}

const branchInfo = (b: ProviderRow): BranchInfo => ({
  id: b.id,
  name: b.name as Text3,
  address: b.address as Text3,
  regionCode: b.region_code,
  districtId: b.district_id,
});

/** The branch and the services it takes tickets for today (with each one's maximums). */
export async function branchServices(
  deps: QueueDeps,
  branchId: string,
): Promise<{ branch: BranchInfo; services: BranchService[] }> {
  const branch = await branchRow(deps, branchId);
  const day = localDay(deps.now());
  const services: BranchService[] = [];
  for (const s of deps.catalog) {
    const v = versionAtBranch(deps.catalog, s.code, branch.region_code, day);
    if (v) services.push({ code: s.code, titles: s.titles, limits: limitsOf(v) });
  }
  return { branch: branchInfo(branch), services };
}

function view(deps: QueueDeps, t: TicketRow, now: Date): TicketView {
  const service = findService(deps.catalog, t.service_code);
  const version = findVersion(service, t.version_id);
  const limits: Limits = {
    maxWaitMinutes: t.max_wait_minutes,
    maxServiceMinutes: t.max_service_minutes,
    source: t.limits_source,
    act: version.act.title,
    versionId: version.id,
  };
  const waitedMs = (t.called_at ?? now).getTime() - t.taken_at.getTime();
  const serviceMs = t.served_at ? (t.finished_at ?? now).getTime() - t.served_at.getTime() : null;
  return {
    id: t.id,
    branchId: t.branch_id,
    day: t.day,
    number: t.number,
    label: String(t.number).padStart(3, "0"),
    serviceCode: t.service_code,
    serviceTitle: service.titles,
    status: t.status,
    applicantIin: t.applicant_iin,
    takenAt: t.taken_at.toISOString(),
    calledAt: t.called_at?.toISOString() ?? null,
    servedAt: t.served_at?.toISOString() ?? null,
    finishedAt: t.finished_at?.toISOString() ?? null,
    window: t.window,
    operatorId: t.operator_id,
    caseId: t.case_id,
    limits,
    waitedMs,
    serviceMs,
    waitOver: t.max_wait_minutes !== null && waitedMs > t.max_wait_minutes * MINUTE,
    serviceOver:
      serviceMs !== null && t.max_service_minutes !== null && serviceMs > t.max_service_minutes * MINUTE,
  };
}

/** Tickets waiting before this one (same branch and day). */
async function aheadOf(deps: QueueDeps, t: TicketRow): Promise<number> {
  const row = await queueDb(deps.db)
    .selectFrom("queue_tickets")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("branch_id", "=", t.branch_id)
    .where("day", "=", t.day)
    .where("status", "=", "waiting")
    .where("taken_at", "<", t.taken_at)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The kiosk: a ticket for a service at the branch. */
export async function takeTicket(
  deps: QueueDeps,
  branchId: string,
  raw: unknown,
): Promise<{ ticket: TicketView; ahead: number }> {
  const input = parse(TakeInput, raw);
  if (input.iin !== undefined && !isValidIin(input.iin)) throw queueError("QUEUE_IIN_INVALID");
  const branch = await branchRow(deps, branchId);
  const now = deps.now();
  const day = localDay(now);
  const version = versionAtBranch(deps.catalog, input.serviceCode, branch.region_code, day);
  if (!version)
    throw queueError("QUEUE_SERVICE_NOT_AT_BRANCH", {
      serviceCode: input.serviceCode,
      regionCode: branch.region_code,
    });
  const limits = limitsOf(version);
  const row = await queueDb(deps.db)
    .transaction()
    .execute(async (trx) => {
      // The counter row serialises the branch's kiosks for the day; the rate check reads after it.
      const seq = await trx
        .insertInto("number_sequences")
        .values({ provider_id: branch.id, year: Number(day.slice(0, 4)), kind: `queue:${day}`, last: 1 })
        .onConflict((oc) =>
          oc.columns(["provider_id", "year", "kind"]).doUpdateSet({ last: sql`number_sequences.last + 1` }),
        )
        .returning("last")
        .executeTakeFirstOrThrow();
      const recent = await trx
        .selectFrom("queue_tickets")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("branch_id", "=", branch.id)
        .where("taken_at", ">", new Date(now.getTime() - MINUTE))
        .executeTakeFirstOrThrow();
      if (Number(recent.n) >= KIOSK_TICKETS_PER_MINUTE)
        throw queueError("QUEUE_RATE_LIMITED", { perMinute: KIOSK_TICKETS_PER_MINUTE });
      if (input.iin) {
        const open = await trx
          .selectFrom("queue_tickets")
          .select("id")
          .where("branch_id", "=", branch.id)
          .where("day", "=", day)
          .where("applicant_iin", "=", input.iin)
          .where("service_code", "=", input.serviceCode)
          .where("status", "in", ["waiting", "called", "serving"])
          .executeTakeFirst();
        if (open) throw queueError("QUEUE_ALREADY_WAITING", { ticketId: open.id });
      }
      return trx
        .insertInto("queue_tickets")
        .values({
          id: randomUUID(),
          branch_id: branch.id,
          day,
          number: seq.last,
          service_code: input.serviceCode,
          version_id: version.id,
          applicant_iin: input.iin ?? null,
          status: "waiting",
          max_wait_minutes: limits.maxWaitMinutes,
          max_service_minutes: limits.maxServiceMinutes,
          limits_source: limits.source ? JSON.stringify(limits.source) : null,
          taken_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  return { ticket: view(deps, row, now), ahead: await aheadOf(deps, row) };
}

/** A ticket by id (its holder follows it on the kiosk's screen): state and place in the queue. */
export async function ticketStatus(
  deps: QueueDeps,
  id: string,
): Promise<{ ticket: TicketView; ahead: number }> {
  const row = await queueDb(deps.db)
    .selectFrom("queue_tickets")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw queueError("QUEUE_TICKET_NOT_FOUND", { id });
  return {
    ticket: view(deps, row, deps.now()),
    ahead: row.status === "waiting" ? await aheadOf(deps, row) : 0,
  };
}

/** The hall's board: tickets called to a window now, and how many wait. */
export async function board(
  deps: QueueDeps,
  branchId: string,
): Promise<{ called: { label: string; window: string; status: TicketStatus }[]; waiting: number }> {
  const branch = await branchRow(deps, branchId);
  const day = localDay(deps.now());
  const db = queueDb(deps.db);
  const called = await db
    .selectFrom("queue_tickets")
    .select(["number", "window", "status"])
    .where("branch_id", "=", branch.id)
    .where("day", "=", day)
    .where("status", "in", ["called", "serving"])
    .orderBy("called_at", "desc")
    .execute();
  const waiting = await db
    .selectFrom("queue_tickets")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("branch_id", "=", branch.id)
    .where("day", "=", day)
    .where("status", "=", "waiting")
    .executeTakeFirstOrThrow();
  return {
    called: called.map((c) => ({
      label: String(c.number).padStart(3, "0"),
      window: c.window ?? "",
      status: c.status,
    })),
    waiting: Number(waiting.n),
  };
}

export interface DeskView {
  branch: BranchInfo;
  day: string;
  waiting: TicketView[];
  /** The ticket at this operator's window, if any. */
  mine: TicketView | null;
  /** The other windows' tickets. */
  atWindows: TicketView[];
}

/** The operator's view of the branch's queue today. */
export async function deskView(deps: QueueDeps, actor: StaffActor): Promise<DeskView> {
  const branch = await operatorBranch(deps, actor);
  const now = deps.now();
  const day = localDay(now);
  const rows = await queueDb(deps.db)
    .selectFrom("queue_tickets")
    .selectAll()
    .where("branch_id", "=", branch.id)
    .where("day", "=", day)
    .where("status", "in", ["waiting", "called", "serving"])
    .orderBy("taken_at")
    .orderBy("number")
    .execute();
  const views = rows.map((r) => view(deps, r, now));
  return {
    branch: branchInfo(branch),
    day,
    waiting: views.filter((v) => v.status === "waiting"),
    mine: views.find((v) => v.status !== "waiting" && v.operatorId === actor.staffId) ?? null,
    atWindows: views.filter((v) => v.status !== "waiting" && v.operatorId !== actor.staffId),
  };
}

/** Calls the oldest waiting ticket of the operator's branch today to the operator's window. */
export async function callNext(deps: QueueDeps, actor: StaffActor, raw: unknown): Promise<TicketView> {
  const input = parse(CallInput, raw);
  const branch = await operatorBranch(deps, actor);
  const now = deps.now();
  const day = localDay(now);
  try {
    const row = await queueDb(deps.db)
      .transaction()
      .execute(async (trx) => {
        const busy = await trx
          .selectFrom("queue_tickets")
          .select("id")
          .where("operator_id", "=", actor.staffId)
          .where("status", "in", ["called", "serving"])
          .executeTakeFirst();
        if (busy) throw queueError("QUEUE_OPERATOR_BUSY", { ticketId: busy.id });
        const next = await trx
          .selectFrom("queue_tickets")
          .select("id")
          .where("branch_id", "=", branch.id)
          .where("day", "=", day)
          .where("status", "=", "waiting")
          .orderBy("taken_at")
          .orderBy("number")
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!next) throw queueError("QUEUE_EMPTY", { branchId: branch.id });
        return trx
          .updateTable("queue_tickets")
          .set({ status: "called", called_at: now, window: input.window, operator_id: actor.staffId })
          .where("id", "=", next.id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    return view(deps, row, now);
  } catch (error) {
    // Two calls of the same operator at once: the unique index lets one through.
    if ((error as { code?: string }).code === "23505") throw queueError("QUEUE_OPERATOR_BUSY");
    throw error;
  }
}

async function move(
  deps: QueueDeps,
  actor: StaffActor,
  id: string,
  from: TicketStatus,
  set: (now: Date) => Partial<{
    status: TicketStatus;
    served_at: Date;
    finished_at: Date;
    case_id: string | null;
  }>,
  check?: (t: TicketRow, trx: QueueTrx) => Promise<void>,
): Promise<TicketView> {
  const branch = await operatorBranch(deps, actor);
  const now = deps.now();
  const row = await queueDb(deps.db)
    .transaction()
    .execute(async (trx) => {
      const t = await trx
        .selectFrom("queue_tickets")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (!t) throw queueError("QUEUE_TICKET_NOT_FOUND", { id });
      if (t.branch_id !== branch.id) throw queueError("QUEUE_OTHER_BRANCH", { id });
      if (t.operator_id !== actor.staffId) throw queueError("QUEUE_NOT_YOUR_TICKET", { id });
      if (t.status !== from) throw queueError("QUEUE_WRONG_STATE", { id, status: t.status, expected: from });
      await check?.(t, trx);
      return trx
        .updateTable("queue_tickets")
        .set(set(now))
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  return view(deps, row, now);
}

/** The applicant came to the window: service starts. */
export const startService = (deps: QueueDeps, actor: StaffActor, id: string): Promise<TicketView> =>
  move(deps, actor, id, "called", (now) => ({ status: "serving", served_at: now }));

/** The called applicant did not come. */
export const markNoShow = (deps: QueueDeps, actor: StaffActor, id: string): Promise<TicketView> =>
  move(deps, actor, id, "called", (now) => ({ status: "no_show", finished_at: now }));

/** Service done; `caseId`: the case accepted (or refused at acceptance) for this ticket, at this branch. */
export async function finishService(
  deps: QueueDeps,
  actor: StaffActor,
  id: string,
  raw: unknown,
): Promise<TicketView> {
  const input = parse(FinishInput, raw ?? {});
  return move(
    deps,
    actor,
    id,
    "serving",
    (now) => ({ status: "done", finished_at: now, case_id: input.caseId ?? null }),
    async (t, trx) => {
      if (!input.caseId) return;
      const c = await trx
        .selectFrom("cases")
        .select(["intake_office_id", "service_code"])
        .where("id", "=", input.caseId)
        .executeTakeFirst();
      if (!c || c.intake_office_id !== t.branch_id)
        throw queueError("QUEUE_CASE_MISMATCH", { caseId: input.caseId });
    },
  );
}

export interface ServiceStats {
  serviceCode: string;
  serviceTitle: Text3;
  limits: Limits;
  taken: number;
  waiting: number;
  served: number;
  noShow: number;
  /** Minutes, over tickets called (waiting) or finished (service); null when none. */
  avgWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  overWait: number;
  avgServiceMinutes: number | null;
  maxServiceMinutes: number | null;
  overService: number;
}

export interface DayStats {
  branch: BranchInfo;
  day: string;
  totals: Omit<ServiceStats, "serviceCode" | "serviceTitle" | "limits">;
  services: ServiceStats[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function summarise(views: TicketView[]): DayStats["totals"] {
  const waits = views.filter((v) => v.calledAt !== null).map((v) => v.waitedMs / MINUTE);
  const services = views
    .filter((v) => v.status === "done" && v.serviceMs !== null)
    .map((v) => (v.serviceMs ?? 0) / MINUTE);
  const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
  const max = (xs: number[]) => (xs.length ? round1(Math.max(...xs)) : null);
  return {
    taken: views.length,
    waiting: views.filter((v) => v.status === "waiting").length,
    served: views.filter((v) => v.status === "done").length,
    noShow: views.filter((v) => v.status === "no_show").length,
    avgWaitMinutes: avg(waits),
    maxWaitMinutes: max(waits),
    // Waiting still going on counts once it has passed the maximum.
    overWait: views.filter((v) => v.waitOver).length,
    avgServiceMinutes: avg(services),
    maxServiceMinutes: max(services),
    overService: views.filter((v) => v.serviceOver).length,
  };
}

/** A day's statistics of the operator's branch, per service and in total. */
export async function dayStats(deps: QueueDeps, actor: StaffActor, day?: string): Promise<DayStats> {
  const branch = await operatorBranch(deps, actor);
  const now = deps.now();
  const d = day ?? localDay(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw queueError("QUEUE_INPUT_INVALID", { day: d });
  const rows = await queueDb(deps.db)
    .selectFrom("queue_tickets")
    .selectAll()
    .where("branch_id", "=", branch.id)
    .where("day", "=", d)
    .orderBy("number")
    .execute();
  const views = rows.map((r) => view(deps, r, now));
  const codes = [...new Set(views.map((v) => v.serviceCode))].sort();
  return {
    branch: branchInfo(branch),
    day: d,
    totals: summarise(views),
    services: codes.map((code) => {
      const mine = views.filter((v) => v.serviceCode === code);
      const first = mine[mine.length - 1] as TicketView;
      return {
        serviceCode: code,
        serviceTitle: first.serviceTitle,
        limits: first.limits,
        ...summarise(mine),
      };
    }),
  };
}
