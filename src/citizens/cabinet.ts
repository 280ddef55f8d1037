/**
 * What the personal cabinet reads: the citizen's own cases (summary fields
 * only, nothing of other persons: no applicant, children, form or documents)
 * and the citizen's notifications. Every query is bound to the actor's IIN.
 *
 * "My cases" are the cases where I am the applicant and the cases I filed as
 * a representative under a power of attorney (`cases.representative.iin`,
 * indexed by migration 0014); each says which (`role`). Both see the same
 * stages and timeline; notifications go to the applicant (README.md).
 */
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { CitizenActor } from "../core/actor.ts";
import type { Database, Text3 } from "../store/tables.ts";

export interface CitizenCaseSummary {
  id: string;
  incomingNumber: string | null;
  serviceCode: string;
  status: string;
  submittedAt: Date;
  deadline: Date | null;
  /** The step the case waits on; null once it has ended. */
  currentStep: string | null;
  /** Whether I am the applicant or the representative who filed it for the applicant. */
  role: "applicant" | "representative";
}

/** The cases of `iin` as applicant or as representative. */
export const mine = (iin: string) => (eb: ExpressionBuilder<Database, "cases">) =>
  eb.or([eb("applicant_iin", "=", iin), eb(sql<string>`representative->>'iin'`, "=", iin)]);
const roleOf = (iin: string, applicantIin: string): CitizenCaseSummary["role"] =>
  applicantIin === iin ? "applicant" : "representative";

export async function citizenCases(
  db: Kysely<Database>,
  actor: CitizenActor,
  limit = 100,
): Promise<CitizenCaseSummary[]> {
  const rows = await db
    .selectFrom("cases")
    .select([
      "id",
      "incoming_number",
      "service_code",
      "status",
      "submitted_at",
      "deadline",
      "cursor",
      "applicant_iin",
    ])
    .where(mine(actor.iin))
    .orderBy("submitted_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    incomingNumber: r.incoming_number,
    serviceCode: r.service_code,
    status: r.status,
    submittedAt: new Date(r.submitted_at),
    deadline: r.deadline ? new Date(r.deadline) : null,
    currentStep: r.cursor,
    role: roleOf(actor.iin, r.applicant_iin),
  }));
}

export interface CitizenNotification {
  id: string;
  caseId: string | null;
  kind: string;
  text: Text3;
  createdAt: Date;
  readAt: Date | null;
}

export async function citizenNotifications(
  db: Kysely<Database>,
  actor: CitizenActor,
  limit = 100,
): Promise<CitizenNotification[]> {
  const rows = await db
    .selectFrom("notifications")
    .select(["id", "case_id", "kind", "text", "created_at", "read_at"])
    .where("citizen_iin", "=", actor.iin)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    caseId: r.case_id,
    kind: r.kind,
    text: r.text,
    createdAt: new Date(r.created_at),
    readAt: r.read_at ? new Date(r.read_at) : null,
  }));
}

/** The events of a case a citizen may see in the timeline (no staff identities, no internal payloads). */
export const TIMELINE_ACTIONS = [
  "case.registered",
  "case.not_accepted",
  "step.completed",
  "task.opened",
  "refusal.preliminary",
  "hearing.notice",
  "hearing.held",
  "hearing.decided",
  "term.extended",
  "case.closed",
] as const;

export interface CitizenCaseDetail extends CitizenCaseSummary {
  versionId: string;
  procedureId: string;
  channel: string;
  endedAt: Date | null;
  /** Each stage handled by a person: the step, when it started, when it is due, when done, whether overdue. */
  stages: {
    stepId: string;
    n: string | null;
    startedAt: Date;
    dueAt: Date;
    doneAt: Date | null;
    overdue: boolean;
  }[];
  /** What happened, oldest first. */
  timeline: { action: string; at: Date; stepId: string | null; n: string | null; answer: string | null }[];
  /** The hearing notice of a preliminary decision to refuse, while there is one; else null. */
  hearing: CitizenHearing | null;
}

/**
 * The preliminary decision to refuse with its hearing notice (APPC art. 73), as the engine records it
 * (`cases.preliminary_refusal`, src/engine/refusal.ts), and the hearing once held (`cases.hearing`).
 */
export interface CitizenHearing {
  sentAt: Date;
  hearingAt: Date;
  /** Where or how the hearing is held, as the provider wrote it. */
  place: string;
  /** The provider's reasoning, as written. */
  reasoning: string;
  /** The standard's numbered grounds cited. */
  grounds: { n: number; text: Text3 }[];
  /** Where the grounds live when the act only refers to them. */
  groundsRef: Text3 | null;
  /** Objections in writing until the hearing begins, or orally at it (the notice's own words). */
  objectionsBy: Date;
  /** The hearing as held; null until then. */
  held: {
    heldAt: Date;
    attended: boolean;
    decisionDue: Date;
    decision: "grant" | "refuse" | null;
    decidedAt: Date | null;
  } | null;
}

interface PreliminaryRecord {
  grounds?: { n: number; text: Text3 }[];
  groundsRef?: { text: Text3 } | null;
  reasoning?: string;
  sentAt?: string;
  hearingAt?: string;
  place?: string;
}

interface HeldRecord {
  heldAt?: string;
  attended?: boolean;
  decisionDue?: string;
  decision?: "grant" | "refuse";
  decidedAt?: string;
}

function hearingOf(pre: unknown, held: unknown): CitizenHearing | null {
  const p = pre as PreliminaryRecord | null;
  if (!p?.hearingAt || !p.sentAt) return null;
  const h = held as HeldRecord | null;
  const hearingAt = new Date(p.hearingAt);
  return {
    sentAt: new Date(p.sentAt),
    hearingAt,
    place: p.place ?? "",
    reasoning: p.reasoning ?? "",
    grounds: (p.grounds ?? []).map((g) => ({ n: g.n, text: g.text })),
    groundsRef: p.groundsRef?.text ?? null,
    objectionsBy: hearingAt,
    held:
      h?.heldAt && h.decisionDue
        ? {
            heldAt: new Date(h.heldAt),
            attended: h.attended === true,
            decisionDue: new Date(h.decisionDue),
            decision: h.decision ?? null,
            decidedAt: h.decidedAt ? new Date(h.decidedAt) : null,
          }
        : null,
  };
}

/** One of the citizen's own cases (as applicant or representative) with its stages and timeline, or null. */
export async function citizenCase(
  db: Kysely<Database>,
  actor: CitizenActor,
  caseId: string,
): Promise<CitizenCaseDetail | null> {
  const c = await db
    .selectFrom("cases")
    .select([
      "id",
      "incoming_number",
      "service_code",
      "status",
      "submitted_at",
      "deadline",
      "cursor",
      "version_id",
      "procedure_id",
      "channel",
      "ended_at",
      "applicant_iin",
      "preliminary_refusal",
      "hearing",
    ])
    .where("id", "=", caseId)
    .where(mine(actor.iin))
    .executeTakeFirst();
  if (!c) return null;
  const tasks = await db
    .selectFrom("tasks")
    .select(["step_id", "step_n", "started_at", "due_at", "done_at", "overdue_at"])
    .where("case_id", "=", c.id)
    .orderBy("started_at")
    .orderBy("id")
    .execute();
  const events = await db
    .selectFrom("events")
    .select(["action", "at", "payload"])
    .where("case_id", "=", c.id)
    .where("action", "in", [...TIMELINE_ACTIONS])
    .orderBy("seq")
    .execute();
  const text = (v: unknown): string | null => (typeof v === "string" ? v : null);
  return {
    id: c.id,
    incomingNumber: c.incoming_number,
    serviceCode: c.service_code,
    status: c.status,
    submittedAt: new Date(c.submitted_at),
    deadline: c.deadline ? new Date(c.deadline) : null,
    currentStep: c.cursor,
    role: roleOf(actor.iin, c.applicant_iin),
    versionId: c.version_id,
    procedureId: c.procedure_id,
    channel: c.channel,
    endedAt: c.ended_at ? new Date(c.ended_at) : null,
    stages: tasks.map((t) => ({
      stepId: t.step_id,
      n: t.step_n,
      startedAt: new Date(t.started_at),
      dueAt: new Date(t.due_at),
      doneAt: t.done_at ? new Date(t.done_at) : null,
      overdue: t.overdue_at !== null,
    })),
    timeline: events.map((e) => ({
      action: e.action,
      at: new Date(e.at),
      stepId: text(e.payload.stepId),
      n: text(e.payload.n),
      answer: text(e.payload.answer),
    })),
    hearing: hearingOf(c.preliminary_refusal, c.hearing),
  };
}

/**
 * My role on a case (applicant, or the representative who filed it), or null when it is not mine. The
 * representative receives the result as the applicant does: the acts issue it "to the applicant or to a
 * representative with a notarised power of attorney" (002, the guardianship-certificate regulation, p. 6, sub-p. 9, line 129).
 */
export async function citizenCaseRole(
  db: Kysely<Database>,
  actor: CitizenActor,
  caseId: string,
): Promise<CitizenCaseSummary["role"] | null> {
  const c = await db
    .selectFrom("cases")
    .select("applicant_iin")
    .where("id", "=", caseId)
    .where(mine(actor.iin))
    .executeTakeFirst();
  return c ? roleOf(actor.iin, c.applicant_iin) : null;
}
