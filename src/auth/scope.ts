/**
 * What a staff member may see and do.
 *
 * Territorial scope of a case:
 *  - a supervisor or administrator without a region: every case in the republic;
 *  - a supervisor (or administrator) with a region: the cases of that region;
 *  - everyone else (and a supervisor, additionally, for their own provider):
 *    the cases their provider renders (`providerId`) or that were handed in at
 *    their office (`intakeOfficeId`: a State Corporation branch, an akim's office).
 * Roles add up: a staff member with several roles sees the union.
 */
import type { StaffActor, StaffRole } from "../core/actor.ts";
import { forbiddenRole } from "./errors.ts";

export interface CaseScopeFacts {
  providerId: string;
  intakeOfficeId: string | null;
  regionCode: string;
}

const TERRITORIAL: readonly StaffRole[] = ["supervisor", "administrator"];

export function caseInScope(actor: StaffActor, c: CaseScopeFacts): boolean {
  if (actor.roles.some((r) => TERRITORIAL.includes(r))) {
    if (actor.regionCode === null || actor.regionCode === c.regionCode) return true;
  }
  if (actor.providerId === null) return false;
  return c.providerId === actor.providerId || c.intakeOfficeId === actor.providerId;
}

export function hasRole(actor: StaffActor, ...roles: StaffRole[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/** Throws FORBIDDEN_ROLE (403) unless the actor holds at least one of `roles`. */
export function requireRole(actor: StaffActor, ...roles: StaffRole[]): void {
  if (!hasRole(actor, ...roles)) throw forbiddenRole(roles, actor.roles);
}
