/**
 * Who is acting. Staff act within their provider (supervisors: their region;
 * a supervisor or administrator without a region: the whole republic).
 * Citizens act on their own cases. The system acts for automated steps.
 */
import { z } from "zod";

export const StaffRole = z.enum([
  "office_clerk",
  "head",
  "responsible_executor",
  "department_head",
  "akim",
  "akim_specialist",
  "state_corporation_operator",
  "supervisor",
  "administrator",
]);
export type StaffRole = z.infer<typeof StaffRole>;

export interface StaffActor {
  kind: "staff";
  staffId: string;
  login: string;
  fullName: string;
  iin: string;
  roles: readonly StaffRole[];
  /** The provider (or State Corporation branch, akim's office) the staff member works for. */
  providerId: string | null;
  /** The region of the provider, or a supervisor's region; null: the whole republic. */
  regionCode: string | null;
}

export interface CitizenActor {
  kind: "citizen";
  iin: string;
  fullName: string;
}

export interface SystemActor {
  kind: "system";
  /** What acts: "portal", "gateway", "deadline-worker", … */
  name: string;
}

export type Actor = StaffActor | CitizenActor | SystemActor;

export function actorId(actor: Actor): string | null {
  return actor.kind === "staff"
    ? actor.staffId
    : actor.kind === "citizen"
      ? `iin:${actor.iin}`
      : `system:${actor.name}`;
}
