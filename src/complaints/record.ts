/**
 * What follows every change of a complaint, whoever makes it (the office's routes, the personal
 * cabinet): an event in the case's hash-chained history when the complaint is about a case, and a
 * notification to the complainant (the personal cabinet reads it) when it is registered, forwarded
 * or decided. Runs inside the caller's transaction, after the change.
 */
import type { Transaction } from "kysely";
import { formatLocal } from "../calendar/index.ts";
import { appendEvent } from "../history/index.ts";
import { deferInsert } from "../store/deferred.ts";
import type { ComplaintRow, Database, Text3 } from "../store/tables.ts";
import type { ComplaintDecision, DecisionRecord } from "./complaints.ts";

/** The history's actions (kept as the office's routes have always written them). */
export type ComplaintAction = "complaint.registered" | "complaint.forward" | "complaint.decision";

export interface ComplaintActorRef {
  /** `staff id`, `iin:<IIN>` for a citizen (core/actor.ts `actorId`). */
  actorId: string | null;
  /** The staff role, or "citizen". */
  actorRole: string;
}

/** 19.03.2026 15:00, Almaty time. */
function shown(d: Date): string {
  const s = formatLocal(d.getTime());
  return `${s.slice(8, 10)}.${s.slice(5, 7)}.${s.slice(0, 4)} ${s.slice(11, 16)}`;
}

const DECIDED: Record<ComplaintDecision, Text3> = {
  satisfied: { kk: "қанағаттандырылды", ru: "удовлетворена", en: "satisfied" },
  rejected: {
    kk: "қанағаттандырусыз қалдырылды",
    ru: "оставлена без удовлетворения",
    en: "rejected",
  },
  partially_satisfied: {
    kk: "ішінара қанағаттандырылды",
    ru: "удовлетворена частично",
    en: "partially satisfied",
  },
};

/** The complainant's notification of a change, in kk/ru/en. */
export function complaintNoticeText(row: ComplaintRow, action: ComplaintAction): Text3 {
  const n = row.number;
  const due = shown(row.review_due);
  if (action === "complaint.registered")
    return {
      kk: `Шағымыңыз ${n} нөмірімен тіркелді. Қарау мерзімі: ${due} дейін.`,
      ru: `Ваша жалоба зарегистрирована под номером ${n}. Срок рассмотрения: до ${due}.`,
      en: `Your complaint was registered as ${n}. It is to be reviewed by ${due}.`,
    };
  if (action === "complaint.forward")
    return {
      kk: `${n} шағымыңыз шағымды қарайтын органға жіберілді. Қарау мерзімі: ${due} дейін.`,
      ru: `Ваша жалоба ${n} направлена в орган, рассматривающий жалобу. Срок рассмотрения: до ${due}.`,
      en: `Your complaint ${n} was forwarded to the review body. It is to be reviewed by ${due}.`,
    };
  const decision = (row.decision as DecisionRecord | null)?.decision ?? "rejected";
  const word = DECIDED[decision];
  return {
    kk: `${n} шағымыңыз бойынша шешім қабылданды: шағым ${word.kk}.`,
    ru: `По вашей жалобе ${n} принято решение: жалоба ${word.ru}.`,
    en: `A decision was taken on your complaint ${n}: the complaint was ${word.en}.`,
  };
}

const KIND: Record<ComplaintAction, string> = {
  "complaint.registered": "complaint.registered",
  "complaint.forward": "complaint.forwarded",
  "complaint.decision": "complaint.decided",
};

/**
 * Records the change: the case's event (the case row locked first, as every append does) and the
 * complainant's notification (`kind` complaint.registered / complaint.forwarded / complaint.decided).
 */
export async function recordComplaintChange(
  trx: Transaction<Database>,
  row: ComplaintRow,
  actor: ComplaintActorRef,
  action: ComplaintAction,
  at: Date,
): Promise<void> {
  if (row.case_id) {
    await trx.selectFrom("cases").select("id").where("id", "=", row.case_id).forUpdate().execute();
    await appendEvent(trx, {
      caseId: row.case_id,
      at,
      actorId: actor.actorId,
      actorRole: actor.actorRole,
      action,
      payload: {
        complaintId: row.id,
        number: row.number,
        status: row.status,
        reviewer: row.reviewer,
        ...(row.subject ? { subject: row.subject } : {}),
        filedVia: row.filed_via,
      },
    });
  }
  const notice = {
    staff_id: null,
    citizen_iin: row.complainant_iin,
    case_id: row.case_id,
    kind: KIND[action],
    text: JSON.stringify(complaintNoticeText(row, action)),
    created_at: at,
    read_at: null,
  };
  if (!deferInsert(trx, "notifications", notice))
    await trx.insertInto("notifications").values(notice).execute();
}
