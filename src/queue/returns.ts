/**
 * Results that came back to the branch: cases handed in at this State Corporation branch whose
 * procedure now waits on the State Corporation's last step — handing the result (or the reasoned
 * refusal) to the applicant (e.g. 003 guardianship rules: "Мемлекеттік корпорация көрсетілетін
 * қызметтің нәтижесін береді", step `issue-result`) — with the signed document to print. The
 * hand-out itself is that step, completed through the engine (POST /api/v1/cases/:id/steps).
 */
import type { Step } from "../catalog/schema.ts";
import type { StaffActor } from "../core/actor.ts";
import { rulesOf } from "../engine/context.ts";
import { END, stepById, successor } from "../engine/procedure.ts";
import { maskIin } from "../iin/iin.ts";
import type { Text3 } from "../store/tables.ts";
import { operatorBranch, type QueueDeps } from "./queue.ts";

export interface ReturnedResult {
  caseId: string;
  incomingNumber: string | null;
  serviceCode: string;
  serviceTitle: Text3;
  applicantName: string;
  applicantIinMasked: string;
  stepId: string;
  stepText: Text3;
  /** The step's source in the act. */
  stepSource: Step["source"];
  arrivedAt: string;
  dueAt: string;
  overdue: boolean;
  document: {
    id: string;
    purpose: "result" | "refusal";
    number: string;
    title: Text3;
    signedAt: string | null;
  } | null;
}

/** A State Corporation step that ends the process and is not the refusal-to-accept receipt: the hand-out. */
export function isHandOut(procedure: Parameters<typeof successor>[0], step: Step): boolean {
  return (
    step.actor.startsWith("state_corporation") &&
    step.kind === "task" &&
    successor(procedure, step) === END &&
    step.outputDocument !== "refusal_to_accept_receipt" &&
    step.outputDocument !== "receipt"
  );
}

/** The branch's cases waiting to be handed out; `iin` narrows to one applicant (exact). */
export async function returnedResults(
  deps: QueueDeps,
  actor: StaffActor,
  filter: { iin?: string } = {},
): Promise<ReturnedResult[]> {
  const branch = await operatorBranch(deps, actor);
  let q = deps.db
    .selectFrom("tasks")
    .innerJoin("cases", "cases.id", "tasks.case_id")
    .select([
      "cases.id as caseId",
      "cases.incoming_number",
      "cases.service_code",
      "cases.version_id",
      "cases.procedure_id",
      "cases.applicant",
      "cases.applicant_iin",
      "cases.cursor",
      "tasks.step_id",
      "tasks.started_at",
      "tasks.due_at",
    ])
    .where("tasks.org_id", "=", branch.id)
    .where("tasks.done_at", "is", null)
    .where("tasks.role", "=", "state_corporation_operator")
    .where("cases.intake_office_id", "=", branch.id);
  if (filter.iin) q = q.where("cases.applicant_iin", "=", filter.iin);
  const rows = await q.orderBy("tasks.started_at").limit(500).execute();
  const now = deps.now();
  const out: ReturnedResult[] = [];
  for (const r of rows) {
    const rules = rulesOf(deps.catalog, {
      service_code: r.service_code,
      version_id: r.version_id,
      procedure_id: r.procedure_id,
    });
    const step = stepById(rules.procedure, r.step_id);
    if (r.cursor !== r.step_id || !isHandOut(rules.procedure, step)) continue;
    const doc = await deps.db
      .selectFrom("documents")
      .select(["id", "purpose", "number", "title", "signed_at"])
      .where("case_id", "=", r.caseId)
      .where("status", "=", "signed")
      .orderBy("signed_at", "desc")
      .executeTakeFirst();
    const applicant = r.applicant as { surname: string; givenName: string; patronymic?: string };
    out.push({
      caseId: r.caseId,
      incomingNumber: r.incoming_number,
      serviceCode: r.service_code,
      serviceTitle: rules.service.titles,
      applicantName: [applicant.surname, applicant.givenName, applicant.patronymic].filter(Boolean).join(" "),
      applicantIinMasked: maskIin(r.applicant_iin),
      stepId: step.id,
      stepText: step.action,
      stepSource: step.source,
      arrivedAt: r.started_at.toISOString(),
      dueAt: r.due_at.toISOString(),
      overdue: r.due_at.getTime() < now.getTime(),
      document: doc
        ? {
            id: doc.id,
            purpose: doc.purpose as "result" | "refusal",
            number: doc.number,
            title: doc.title as Text3,
            signedAt: doc.signed_at?.toISOString() ?? null,
          }
        : null,
    });
  }
  return out;
}
