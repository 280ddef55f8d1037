/**
 * What the API returns for cases and tasks: rows mapped to camelCase with
 * instants as ISO strings. JSON documents of the case (applicant, outputs,
 * refusal track) are passed through as stored.
 */

import { z } from "zod";
import { maskIin } from "../iin/index.ts";
import type { CaseRow, EventRow, TaskRow } from "../store/tables.ts";

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const TaskDto = z
  .object({
    id: z.string(),
    caseId: z.string(),
    stepId: z.string(),
    stepN: z.string().nullable(),
    kind: z.string(),
    role: z.string(),
    orgId: z.string(),
    assigneeId: z.string().nullable(),
    startedAt: z.string(),
    dueAt: z.string(),
    doneAt: z.string().nullable(),
    doneBy: z.string().nullable(),
    outcome: z.string().nullable(),
    overdueAt: z.string().nullable(),
    overdueHolderId: z.string().nullable(),
  })
  .meta({ id: "Task" });

export const CaseDto = z
  .object({
    id: z.string(),
    incomingNumber: z.string().nullable(),
    serviceCode: z.string(),
    versionId: z.string(),
    procedureId: z.string(),
    variant: z.string().nullable(),
    channel: z.string(),
    regionCode: z.string(),
    districtId: z.string().nullable(),
    providerId: z.string(),
    intakeOfficeId: z.string().nullable(),
    applicant: z.unknown(),
    representative: z.unknown().nullable(),
    children: z.array(z.unknown()),
    form: z.record(z.string(), z.unknown()),
    documents: z.array(z.unknown()),
    status: z.string(),
    currentStep: z.string().nullable(),
    submittedAt: z.string(),
    termStart: z.string(),
    deadline: z.string().nullable(),
    term: z.unknown(),
    outputs: z.record(z.string(), z.unknown()),
    preliminaryRefusal: z.unknown().nullable(),
    hearing: z.unknown().nullable(),
    outcome: z.unknown().nullable(),
    clock: z.array(z.unknown()),
    endedAt: z.string().nullable(),
    revision: z.number(),
  })
  .meta({ id: "Case" });

/**
 * A case in a list: no children's data, form or documents (reading those is a
 * logged read of the case itself); the applicant's IIN masked.
 */
export const CaseSummaryDto = z
  .object({
    id: z.string(),
    incomingNumber: z.string().nullable(),
    serviceCode: z.string(),
    versionId: z.string(),
    channel: z.string(),
    regionCode: z.string(),
    providerId: z.string(),
    intakeOfficeId: z.string().nullable(),
    applicantName: z.string(),
    applicantIinMasked: z.string(),
    hasChildData: z.boolean(),
    status: z.string(),
    currentStep: z.string().nullable(),
    submittedAt: z.string(),
    deadline: z.string().nullable(),
    endedAt: z.string().nullable(),
  })
  .meta({ id: "CaseSummary" });

/** 880721400014 → 8807******14: enough to tell people apart in a list, not to identify them. */
export { maskIin };

export function caseSummaryDto(c: CaseRow): z.infer<typeof CaseSummaryDto> {
  const a = c.applicant as { surname?: string; givenName?: string };
  return {
    id: c.id,
    incomingNumber: c.incoming_number,
    serviceCode: c.service_code,
    versionId: c.version_id,
    channel: c.channel,
    regionCode: c.region_code,
    providerId: c.provider_id,
    intakeOfficeId: c.intake_office_id,
    applicantName: [a.surname, a.givenName].filter(Boolean).join(" "),
    applicantIinMasked: maskIin(c.applicant_iin),
    hasChildData: c.has_child_data,
    status: c.status,
    currentStep: c.cursor,
    submittedAt: c.submitted_at.toISOString(),
    deadline: iso(c.deadline),
    endedAt: iso(c.ended_at),
  };
}

export const EventDto = z
  .object({
    seq: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorRole: z.string(),
    action: z.string(),
    payload: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ id: "Event" });

export function taskDto(t: TaskRow): z.infer<typeof TaskDto> {
  return {
    id: t.id,
    caseId: t.case_id,
    stepId: t.step_id,
    stepN: t.step_n,
    kind: t.kind,
    role: t.role,
    orgId: t.org_id,
    assigneeId: t.assignee_id,
    startedAt: t.started_at.toISOString(),
    dueAt: t.due_at.toISOString(),
    doneAt: iso(t.done_at),
    doneBy: t.done_by,
    outcome: t.outcome,
    overdueAt: iso(t.overdue_at),
    overdueHolderId: t.overdue_holder_id,
  };
}

export function caseDto(c: CaseRow): z.infer<typeof CaseDto> {
  return {
    id: c.id,
    incomingNumber: c.incoming_number,
    serviceCode: c.service_code,
    versionId: c.version_id,
    procedureId: c.procedure_id,
    variant: c.variant,
    channel: c.channel,
    regionCode: c.region_code,
    districtId: c.district_id,
    providerId: c.provider_id,
    intakeOfficeId: c.intake_office_id,
    applicant: c.applicant,
    representative: c.representative,
    children: c.children,
    form: c.form,
    documents: c.documents,
    status: c.status,
    currentStep: c.cursor,
    submittedAt: c.submitted_at.toISOString(),
    termStart: c.term_start.toISOString(),
    deadline: iso(c.deadline),
    term: c.term,
    outputs: c.outputs,
    preliminaryRefusal: c.preliminary_refusal,
    hearing: c.hearing,
    outcome: c.outcome,
    clock: c.clock,
    endedAt: iso(c.ended_at),
    revision: c.revision,
  };
}

export function eventDto(e: EventRow): z.infer<typeof EventDto> {
  return {
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actor_id,
    actorRole: e.actor_role,
    action: e.action,
    payload: e.payload,
    hash: e.hash,
  };
}
