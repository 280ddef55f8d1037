/**
 * Complaints about a provider's decision, action or inaction (accreditation
 * Rules p. 38, `SOURCES`): registration with a gap-free number and its legal
 * terms, forwarding to the review body, and the decision.
 *
 * States:
 *   reviewer "provider":    registered → satisfied | rejected | partially_satisfied
 *   reviewer "review_body": registered → forwarded → satisfied | rejected | partially_satisfied
 *                           registered → satisfied (the provider satisfies it in full, so it is not forwarded)
 *
 * Every function runs inside the caller's transaction and takes the instants
 * and calendar it needs; nothing reads a clock.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { type Calendar, type Duration, formatLocal } from "../calendar/index.ts";
import type { Messages } from "../core/errors.ts";
import type { ComplaintRow, Database } from "../store/tables.ts";
import { badInput, notFound, wrongState } from "./errors.ts";
import { SOURCES } from "./sources.ts";

export const REVIEWERS = ["provider", "review_body"] as const;
export type Reviewer = (typeof REVIEWERS)[number];

export const DECISIONS = ["satisfied", "rejected", "partially_satisfied"] as const;
export type ComplaintDecision = (typeof DECISIONS)[number];

export const COMPLAINT_STATUSES = ["registered", "forwarded", ...DECISIONS] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/**
 * What the complaint is about (Law on State Services art. 25 p. 1; Rules p. 38 part 1: "a decision,
 * actions (inaction) of the provider"): the preliminary decision to refuse, the (reasoned) refusal,
 * the refusal to accept the documents, a missed term, the result as issued, another action or
 * inaction of an official, or something else.
 */
export const SUBJECTS = [
  "preliminary_refusal",
  "refusal",
  "not_accepted",
  "term",
  "result",
  "action",
  "other",
] as const;
export type ComplaintSubject = (typeof SUBJECTS)[number];

/** Who registered it: the provider's office, or the citizen in the personal cabinet. */
export const FILED_VIA = ["office", "portal"] as const;
export type FiledVia = (typeof FILED_VIA)[number];

/** Statuses in which a complaint still awaits its decision. */
export const OPEN_STATUSES = ["registered", "forwarded"] as const satisfies readonly ComplaintStatus[];

/** The terms of p. 38, each with its source. */
export const TERMS = {
  forward: { duration: { value: 3, unit: "working_days" }, source: SOURCES.forward },
  provider: { duration: { value: 5, unit: "working_days" }, source: SOURCES.providerReview },
  review_body: { duration: { value: 15, unit: "working_days" }, source: SOURCES.reviewBodyReview },
} as const satisfies Record<string, { duration: Duration; source: unknown }>;

/** The decision as stored in `complaints.decision`. */
export interface DecisionRecord {
  decision: ComplaintDecision;
  reasoning: string;
  /** Who decided: the provider, or the review body after forwarding. */
  decidedBy: Reviewer;
  /** Decided after the review term (or, for a complaint satisfied instead of forwarded, after the forwarding term). */
  late: boolean;
}

export const MAX_TEXT = 10_000;
const MAX_NAME = 300;
const MAX_ID = 200;

export interface RegisterComplaintInput {
  /** The case complained about; null for a complaint about an action outside a case. */
  caseId: string | null;
  providerId: string;
  complainantIin: string;
  complainantName: string;
  text: string;
  /** To whom the complaint is addressed: the provider (5 wd) or the review body (15 wd, forwarded within 3 wd). */
  reviewer: Reviewer;
  /** Which decision or action it concerns; null or absent: not said. */
  subject?: ComplaintSubject | null;
  /** Default "office". */
  filedVia?: FiledVia;
  /** Registration time. */
  at: Date;
  calendar: Calendar;
}

export interface ForwardInput {
  at: Date;
  calendar: Calendar;
}

export interface DecideInput {
  decision: ComplaintDecision;
  reasoning: string;
  at: Date;
}

const m = (kk: string, ru: string, en: string): Messages => ({ kk, ru, en });

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw badInput(field, m("бос болмауы керек", "не может быть пустым", "must not be empty"));
  }
  const trimmed = value.trim();
  if (codePoints(trimmed) > max) {
    const n = max.toLocaleString("en-US");
    throw badInput(
      field,
      m(`${n} таңбадан аспауы керек`, `не более ${n} символов`, `must be at most ${n} characters`),
    );
  }
  return trimmed;
}

function instant(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw badInput(field, m("уақыт қате", "неверное время", "not a valid time"));
  }
  return value;
}

function notBefore(at: Date, earlier: Date, field: string): void {
  if (at.getTime() < earlier.getTime()) {
    throw badInput(
      field,
      m(
        `${formatLocal(earlier.getTime())} уақытынан бұрын болмауы керек`,
        `не может быть раньше ${formatLocal(earlier.getTime())}`,
        `must not be before ${formatLocal(earlier.getTime())}`,
      ),
    );
  }
}

function isReviewer(value: unknown): value is Reviewer {
  return typeof value === "string" && (REVIEWERS as readonly string[]).includes(value);
}

function isSubject(value: unknown): value is ComplaintSubject {
  return typeof value === "string" && (SUBJECTS as readonly string[]).includes(value);
}

function isDecision(value: unknown): value is ComplaintDecision {
  return typeof value === "string" && (DECISIONS as readonly string[]).includes(value);
}

export function isOpen(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/** The local (Asia/Almaty) calendar year of an instant: numbers restart on 1 January, local time. */
function localYear(at: Date): number {
  return Number(formatLocal(at.getTime()).slice(0, 4));
}

/**
 * Registers a complaint: validates it, draws the next number
 * `<providerId>-C-<year>-<000001>` (gap-free per provider and year: the
 * counter row is locked until the caller's transaction ends and rolls back
 * with it), and sets its terms — review within 5 working days (provider) or
 * 15 (review body), forwarding within 3 working days.
 * Throws `COMPLAINT_BAD_INPUT` (400) and writes nothing on bad input.
 */
export async function registerComplaint(
  trx: Transaction<Database>,
  input: RegisterComplaintInput,
): Promise<ComplaintRow> {
  const providerId = text(input.providerId, "providerId", MAX_ID);
  const iin = input.complainantIin;
  if (typeof iin !== "string" || !/^\d{12}$/.test(iin)) {
    throw badInput(
      "complainantIin",
      m("ЖСН 12 цифрдан тұруы керек", "ИИН должен состоять из 12 цифр", "the IIN must be 12 digits"),
    );
  }
  const name = text(input.complainantName, "complainantName", MAX_NAME);
  const body = text(input.text, "text", MAX_TEXT);
  if (!isReviewer(input.reviewer)) {
    throw badInput(
      "reviewer",
      m(
        "provider немесе review_body болуы керек",
        "должен быть provider или review_body",
        "must be provider or review_body",
      ),
    );
  }
  const subject = input.subject ?? null;
  if (subject !== null && !isSubject(subject)) {
    const list = SUBJECTS.join(", ");
    throw badInput(
      "subject",
      m(`мыналардың бірі болуы керек: ${list}`, `должно быть одним из: ${list}`, `must be one of: ${list}`),
    );
  }
  const filedVia = input.filedVia ?? "office";
  if (!(FILED_VIA as readonly string[]).includes(filedVia)) {
    throw badInput("filedVia", m("office немесе portal", "office или portal", "office or portal"));
  }
  const at = instant(input.at, "at");
  const caseId = input.caseId === null ? null : text(input.caseId, "caseId", MAX_ID);

  const provider = await trx
    .selectFrom("providers")
    .select("id")
    .where("id", "=", providerId)
    .executeTakeFirst();
  if (!provider) {
    throw badInput(
      "providerId",
      m(
        `көрсетілетін қызметті беруші табылмады: ${providerId}`,
        `услугодатель не найден: ${providerId}`,
        `no such provider: ${providerId}`,
      ),
    );
  }
  if (caseId !== null) {
    const found = await trx
      .selectFrom("cases")
      .select(["provider_id", "intake_office_id"])
      .where("id", "=", caseId)
      .executeTakeFirst();
    if (!found) {
      throw badInput(
        "caseId",
        m(`іс табылмады: ${caseId}`, `дело не найдено: ${caseId}`, `no such case: ${caseId}`),
      );
    }
    if (found.provider_id !== providerId && found.intake_office_id !== providerId) {
      throw badInput(
        "caseId",
        m(
          `${caseId} ісін ${providerId} қарамайды`,
          `дело ${caseId} не ведёт ${providerId}`,
          `case ${caseId} is not handled by ${providerId}`,
        ),
      );
    }
  }
  const reviewer = input.reviewer;
  const start = at.getTime();
  const reviewDue = input.calendar.add(start, TERMS[reviewer].duration, "provider");
  const forwardDue = input.calendar.add(start, TERMS.forward.duration, "provider");

  const year = localYear(at);
  const seq = await trx
    .insertInto("number_sequences")
    .values({ provider_id: providerId, year, kind: "complaint", last: 1 })
    .onConflict((oc) =>
      oc
        .columns(["provider_id", "year", "kind"])
        .doUpdateSet((eb) => ({ last: eb("number_sequences.last", "+", 1) })),
    )
    .returning("last")
    .executeTakeFirstOrThrow();
  const number = `${providerId}-C-${year}-${String(seq.last).padStart(6, "0")}`;

  return trx
    .insertInto("complaints")
    .values({
      id: randomUUID(),
      number,
      case_id: caseId,
      provider_id: providerId,
      complainant_iin: iin,
      complainant_name: name,
      text: body,
      reviewer,
      status: "registered",
      registered_at: at,
      forward_due: new Date(forwardDue),
      review_due: new Date(reviewDue),
      forwarded_at: null,
      decided_at: null,
      decision: null,
      subject,
      filed_via: filedVia,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function lockComplaint(trx: Transaction<Database>, id: string): Promise<ComplaintRow> {
  if (typeof id !== "string" || id === "" || id.length > MAX_ID) throw notFound(String(id));
  const row = await trx
    .selectFrom("complaints")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound(id);
  return row;
}

const ALREADY_DECIDED = m(
  "шағым бойынша шешім қабылданған",
  "по жалобе уже принято решение",
  "already decided",
);

/**
 * The provider forwards a complaint addressed to the review body (p. 38 part 4).
 * The review body's 15 working days run from its registration, which cannot
 * precede the forwarding: `review_due` becomes forwarding + 15 working days.
 * Throws `COMPLAINT_WRONG_STATE` (409) for a complaint the provider reviews
 * itself, or one already forwarded or decided; `COMPLAINT_NOT_FOUND` (404).
 */
export async function forwardComplaint(
  trx: Transaction<Database>,
  id: string,
  input: ForwardInput,
): Promise<ComplaintRow> {
  const at = instant(input.at, "at");
  const row = await lockComplaint(trx, id);
  if (row.reviewer !== "review_body") {
    throw wrongState(
      id,
      "forward",
      row.status,
      m(
        "көрсетілетін қызметті берушінің атына берілген шағымды ол өзі қарайды, жіберілмейді",
        "жалобу, поданную на имя услугодателя, рассматривает сам услугодатель; она не направляется",
        "a complaint addressed to the provider is reviewed by the provider, not forwarded",
      ),
      SOURCES.providerReview.ref,
    );
  }
  if (row.status === "forwarded") {
    throw wrongState(
      id,
      "forward",
      row.status,
      m("шағым жіберіліп қойған", "жалоба уже направлена", "already forwarded"),
    );
  }
  if (row.status !== "registered") throw wrongState(id, "forward", row.status, ALREADY_DECIDED);
  notBefore(at, row.registered_at, "at");
  const reviewDue = input.calendar.add(at.getTime(), TERMS.review_body.duration, "provider");
  return trx
    .updateTable("complaints")
    .set({
      status: "forwarded",
      forwarded_at: at,
      review_due: new Date(Math.max(reviewDue, row.review_due.getTime())),
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Records the decision on a complaint. A complaint addressed to the review
 * body is decided by the review body once forwarded; before that the provider
 * may only satisfy it in full, which ends it without forwarding (p. 38 part 5).
 * Throws `COMPLAINT_WRONG_STATE` (409) when already decided or when the
 * provider would reject a complaint it must forward; `COMPLAINT_BAD_INPUT`
 * (400); `COMPLAINT_NOT_FOUND` (404).
 */
export async function decideComplaint(
  trx: Transaction<Database>,
  id: string,
  input: DecideInput,
): Promise<ComplaintRow> {
  if (!isDecision(input.decision)) {
    throw badInput(
      "decision",
      m(
        "satisfied, rejected немесе partially_satisfied болуы керек",
        "должно быть satisfied, rejected или partially_satisfied",
        "must be satisfied, rejected or partially_satisfied",
      ),
    );
  }
  const reasoning = text(input.reasoning, "reasoning", MAX_TEXT);
  const at = instant(input.at, "at");
  const row = await lockComplaint(trx, id);
  if (!isOpen(row.status)) throw wrongState(id, "decide", row.status, ALREADY_DECIDED);
  let decidedBy: Reviewer;
  let due: Date;
  if (row.reviewer === "provider") {
    decidedBy = "provider";
    due = row.review_due;
  } else if (row.status === "forwarded") {
    decidedBy = "review_body";
    due = row.review_due;
    notBefore(at, row.forwarded_at ?? row.registered_at, "at");
  } else if (input.decision === "satisfied") {
    decidedBy = "provider";
    due = row.forward_due;
  } else {
    throw wrongState(
      id,
      "decide",
      row.status,
      m(
        "шағымды қарайтын органның атына берілген шағымды көрсетілетін қызметті беруші толық қанағаттандыруы не 3 жұмыс күні ішінде жіберуі тиіс",
        "жалобу на имя органа, рассматривающего жалобу, услугодатель может лишь полностью удовлетворить, иначе направляет её в течение 3 рабочих дней",
        "a complaint addressed to the review body can only be satisfied in full by the provider; otherwise it must be forwarded within 3 working days",
      ),
      SOURCES.satisfiedInFull.ref,
    );
  }
  notBefore(at, row.registered_at, "at");
  const record: DecisionRecord = {
    decision: input.decision,
    reasoning,
    decidedBy,
    late: at.getTime() > due.getTime(),
  };
  return trx
    .updateTable("complaints")
    .set({ status: input.decision, decided_at: at, decision: JSON.stringify(record) })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
