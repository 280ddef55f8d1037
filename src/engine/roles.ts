/**
 * Who holds a step: the catalogue's actor mapped to a staff role and to the
 * organisation whose staff act (the provider, the State Corporation branch
 * that accepted the package, the akim's office).
 */

import type { Role } from "../catalog/vocabulary.ts";
import type { StaffRole } from "../core/actor.ts";

/** Staff role that performs a catalogue actor's step; null for automatic actors. */
export const STAFF_ROLE_FOR: Record<Role, StaffRole | null> = {
  applicant: null,
  portal: null,
  information_system: null,
  office_clerk: "office_clerk",
  head: "head",
  responsible_executor: "responsible_executor",
  department_head: "department_head",
  // A collegial body's, an akimat's or another state body's answer is recorded by the executor.
  commission: "responsible_executor",
  akimat: "responsible_executor",
  state_body: "responsible_executor",
  akim: "akim",
  akim_specialist: "akim_specialist",
  akim_executor: "akim_specialist",
  state_corporation_operator: "state_corporation_operator",
  state_corporation_back_office: "state_corporation_operator",
};

export type OrgSide = "provider" | "state_corporation" | "akim_office";

export function orgSideOf(role: Role): OrgSide {
  if (role === "state_corporation_operator" || role === "state_corporation_back_office")
    return "state_corporation";
  if (role === "akim" || role === "akim_specialist" || role === "akim_executor") return "akim_office";
  return "provider";
}

/** Schedule under which a role works (State Corporation hours differ from the provider's). */
export function scheduleOf(role: Role): "provider" | "state-corporation" {
  return orgSideOf(role) === "state_corporation" ? "state-corporation" : "provider";
}
