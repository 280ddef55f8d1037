/**
 * How the registries and payments learn of a closed case: `registryAfterClose`
 * is an `EngineDeps.afterClose` hook, run in the closing transaction. What a
 * service's result means for a register is data keyed by service code, each
 * entry with its legal source (CLOSE_EFFECTS: issued → positive conclusion,
 * refused → negative); what it assigns in money is the payments' table
 * (src/payments/rules.ts PAYMENT_RULES, applied by `assignFromCase` to an
 * issued case). Engine code knows none of it.
 */

import type { Transaction } from "kysely";
import type { Source } from "../catalog/schema.ts";
import type { CaseRules } from "../engine/context.ts";
import { applicantName, assignFromCase } from "../payments/from-case.ts";
import type { CaseRow, Database } from "../store/tables.ts";
import type { CandidateKind } from "./access.ts";
import { recordConclusion } from "./candidates.ts";
import { localDate } from "./dates.ts";
import { SOURCES } from "./sources.ts";

export interface CandidateEffect {
  register: "candidate";
  kind: CandidateKind;
  source: Source;
}

export const CLOSE_EFFECTS: Readonly<Record<string, CandidateEffect>> = {
  "adoption-candidate-registration": {
    register: "candidate",
    kind: "adopter",
    source: SOURCES.candidateRegistered,
  },
  "foster-family-placement": {
    register: "candidate",
    kind: "foster_family",
    source: SOURCES.fosterBankEntry,
  },
};

export async function registryAfterClose(
  trx: Transaction<Database>,
  c: CaseRow,
  rules: CaseRules,
): Promise<void> {
  await assignFromCase(trx, c);
  const effect = CLOSE_EFFECTS[rules.service.code];
  if (!effect || (c.status !== "issued" && c.status !== "refused")) return;
  const at = c.ended_at ?? c.updated_at;
  await recordConclusion(trx, {
    iin: c.applicant_iin,
    kind: effect.kind,
    fullName: applicantName(c),
    regionCode: c.region_code,
    providerId: c.provider_id,
    conclusion: c.status === "issued" ? "positive" : "negative",
    concludedOn: localDate(at),
    validUntil: null,
    caseId: c.id,
    at,
  });
}
