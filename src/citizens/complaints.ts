/**
 * Complaints in the personal cabinet: the applicant (or the representative who filed the case) files
 * a complaint about a decision, action or inaction on one of their own cases, addressed to the
 * provider or to the review body (the authorised body for the assessment and control of the quality
 * of state services) — Law on State Services art. 25 p. 1, restated by the Rules p. 38 part 1
 * (`SOURCES.filing` in src/complaints) — and follows it: the review term (5 working days at the
 * provider, art. 25 p. 2; 15 at the review body, art. 25 p. 3), the forwarding (3 working days), the
 * decision.
 *
 * The complaint is registered by the same code as the office's (`registerComplaint`: the provider's
 * gap-free numbering and the terms from the calendar; `recordComplaintChange`: the case's
 * hash-chained event and the complainant's notification). Every query is bound to the actor's IIN.
 */
import type { Kysely } from "kysely";
import type { Calendar } from "../calendar/index.ts";
import {
  type ComplaintSubject,
  complaintBadInput,
  type DecisionRecord,
  MAX_TEXT,
  missedDuty,
  REVIEWERS,
  type Reviewer,
  recordComplaintChange,
  registerComplaint,
  SUBJECTS,
} from "../complaints/index.ts";
import { actorId, type CitizenActor } from "../core/actor.ts";
import { engineError } from "../engine/errors.ts";
import type { ComplaintRow, Database, Text3 } from "../store/tables.ts";
import { mine } from "./cabinet.ts";

/** A complaint needs some words to be reviewable; the upper limit is the register's (`MAX_TEXT`). */
export const COMPLAINT_TEXT_MIN = 10;
export const COMPLAINT_TEXT_MAX = MAX_TEXT;

export interface FileComplaintInput {
  caseId: string;
  reviewer?: unknown;
  subject?: unknown;
  text?: unknown;
}

export interface CitizenComplaint {
  id: string;
  number: string;
  caseId: string | null;
  /** The case's incoming number and service, for the list. */
  incomingNumber: string | null;
  serviceCode: string | null;
  providerId: string;
  provider: Text3 | null;
  reviewer: Reviewer;
  subject: ComplaintSubject | null;
  text: string;
  status: string;
  filedVia: string;
  registeredAt: Date;
  /** Review-body complaints: by when the provider must forward it (or satisfy it in full). */
  forwardDue: Date | null;
  reviewDue: Date;
  forwardedAt: Date | null;
  decidedAt: Date | null;
  decision: DecisionRecord | null;
  /** Still open past its term (forwarding or review) at the time of the answer. */
  overdue: boolean;
}

const codePoints = (s: string) => [...s].length;

/** The citizen's input, checked before anything is read or written: 400 COMPLAINT_BAD_INPUT, kk/ru/en. */
function checkInput(input: FileComplaintInput): {
  reviewer: Reviewer;
  subject: ComplaintSubject;
  text: string;
} {
  const { reviewer, subject, text } = input;
  if (typeof reviewer !== "string" || !(REVIEWERS as readonly string[]).includes(reviewer))
    throw complaintBadInput("reviewer", {
      kk: "шағым кімге берілетінін таңдаңыз: көрсетілетін қызметті берушіге немесе шағымды қарайтын органға",
      ru: "выберите, кому подаётся жалоба: услугодателю или в орган, рассматривающий жалобу",
      en: "choose to whom the complaint goes: the provider or the review body",
    });
  if (typeof subject !== "string" || !(SUBJECTS as readonly string[]).includes(subject))
    throw complaintBadInput("subject", {
      kk: "шағым қандай шешімге немесе әрекетке берілетінін таңдаңыз",
      ru: "выберите, на какое решение или действие подаётся жалоба",
      en: "choose which decision or action the complaint concerns",
    });
  const trimmed = typeof text === "string" ? text.trim() : "";
  const n = codePoints(trimmed);
  if (n < COMPLAINT_TEXT_MIN)
    throw complaintBadInput("text", {
      kk: `шағымның мәнін кемінде ${COMPLAINT_TEXT_MIN} таңбамен жазыңыз`,
      ru: `опишите суть жалобы не короче ${COMPLAINT_TEXT_MIN} символов`,
      en: `describe the complaint in at least ${COMPLAINT_TEXT_MIN} characters`,
    });
  if (n > COMPLAINT_TEXT_MAX) {
    const max = COMPLAINT_TEXT_MAX.toLocaleString("en-US");
    throw complaintBadInput("text", {
      kk: `${max} таңбадан аспауы керек (қазір ${n})`,
      ru: `не более ${max} символов (сейчас ${n})`,
      en: `must be at most ${max} characters (now ${n})`,
    });
  }
  return { reviewer: reviewer as Reviewer, subject: subject as ComplaintSubject, text: trimmed };
}

/**
 * Files a complaint about one of my cases. A case that is not mine (or does not exist) is 404
 * CASE_NOT_FOUND, as the cabinet's case page answers; bad input is 400 COMPLAINT_BAD_INPUT. Either way
 * nothing is written: the checks come first and the rest is one transaction.
 */
export async function fileCitizenComplaint(
  db: Kysely<Database>,
  actor: CitizenActor,
  raw: FileComplaintInput,
  deps: { now: Date; calendar: Calendar },
): Promise<CitizenComplaint> {
  const input = checkInput(raw);
  const caseId = typeof raw.caseId === "string" ? raw.caseId : "";
  const id = await db.transaction().execute(async (trx) => {
    const c = await trx
      .selectFrom("cases")
      .select(["id", "provider_id"])
      .where("id", "=", caseId)
      .where(mine(actor.iin))
      .forUpdate()
      .executeTakeFirst();
    if (!c) throw engineError("CASE_NOT_FOUND", { caseId });
    const row = await registerComplaint(trx, {
      caseId: c.id,
      providerId: c.provider_id,
      complainantIin: actor.iin,
      complainantName: actor.fullName,
      text: input.text,
      reviewer: input.reviewer,
      subject: input.subject,
      filedVia: "portal",
      at: deps.now,
      calendar: deps.calendar,
    });
    await recordComplaintChange(
      trx,
      row,
      { actorId: actorId(actor), actorRole: "citizen" },
      "complaint.registered",
      deps.now,
    );
    return row.id;
  });
  const [complaint] = await select(db, deps.now, (q) => q.where("complaints.id", "=", id));
  if (!complaint) throw new Error(`complaint ${id} vanished`);
  return complaint;
}

type Query = ReturnType<typeof base>;

function base(db: Kysely<Database>) {
  return db
    .selectFrom("complaints")
    .leftJoin("cases", "cases.id", "complaints.case_id")
    .leftJoin("providers", "providers.id", "complaints.provider_id")
    .selectAll("complaints")
    .select(["cases.incoming_number", "cases.service_code", "providers.name as provider_name"]);
}

async function select(
  db: Kysely<Database>,
  now: Date,
  where: (q: Query) => Query,
  limit = 200,
): Promise<CitizenComplaint[]> {
  const rows = await where(base(db))
    .orderBy("complaints.registered_at", "desc")
    .orderBy("complaints.number", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => toCitizen(r, now));
}

function toCitizen(
  r: ComplaintRow & { incoming_number: string | null; service_code: string | null; provider_name: unknown },
  now: Date,
): CitizenComplaint {
  const overdue = missedDuty(r, now) !== null;
  return {
    id: r.id,
    number: r.number,
    caseId: r.case_id,
    incomingNumber: r.incoming_number,
    serviceCode: r.service_code,
    providerId: r.provider_id,
    provider: (r.provider_name as Text3 | null) ?? null,
    reviewer: r.reviewer as Reviewer,
    subject: (r.subject as ComplaintSubject | null) ?? null,
    text: r.text,
    status: r.status,
    filedVia: r.filed_via,
    registeredAt: new Date(r.registered_at),
    forwardDue: r.reviewer === "review_body" ? new Date(r.forward_due) : null,
    reviewDue: new Date(r.review_due),
    forwardedAt: r.forwarded_at ? new Date(r.forwarded_at) : null,
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
    decision: (r.decision as DecisionRecord | null) ?? null,
    overdue,
  };
}

/** My complaints (I am the complainant: filed here, or registered for me by an office), newest first. */
export function citizenComplaints(
  db: Kysely<Database>,
  actor: CitizenActor,
  now: Date,
  limit = 200,
): Promise<CitizenComplaint[]> {
  return select(db, now, (q) => q.where("complaints.complainant_iin", "=", actor.iin), limit);
}

/**
 * The complaints on one of my cases made by its applicant or by the representative who filed it
 * (not those of third persons the office may have registered about the case); null when the case is
 * not mine.
 */
export async function citizenCaseComplaints(
  db: Kysely<Database>,
  actor: CitizenActor,
  caseId: string,
  now: Date,
): Promise<CitizenComplaint[] | null> {
  const c = await db
    .selectFrom("cases")
    .select(["id", "applicant_iin", "representative"])
    .where("id", "=", caseId)
    .where(mine(actor.iin))
    .executeTakeFirst();
  if (!c) return null;
  const rep = (c.representative as { iin?: unknown } | null)?.iin;
  const parties = [c.applicant_iin, ...(typeof rep === "string" ? [rep] : [])];
  return select(db, now, (q) =>
    q.where("complaints.case_id", "=", c.id).where("complaints.complainant_iin", "in", parties),
  );
}
