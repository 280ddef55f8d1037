/**
 * What the personal cabinet reads: the citizen's own cases (summary fields
 * only, nothing of other persons: no applicant, children, form or documents)
 * and the citizen's notifications. Every query is bound to the actor's IIN.
 */
import type { Kysely } from "kysely";
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
}

export async function citizenCases(
  db: Kysely<Database>,
  actor: CitizenActor,
  limit = 100,
): Promise<CitizenCaseSummary[]> {
  const rows = await db
    .selectFrom("cases")
    .select(["id", "incoming_number", "service_code", "status", "submitted_at", "deadline", "cursor"])
    .where("applicant_iin", "=", actor.iin)
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
