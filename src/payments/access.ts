/**
 * Who may do what with payments. Pure: the queries in payments.ts filter by
 * the scope and log every read of assignments (they hold children's IINs).
 *  - Administrators: everything (the run, the bank registers, coefficients,
 *    reading and completing every assignment).
 *  - Casework staff (head, responsible executor, department head) of a
 *    provider: read and complete the assignments of the cases their provider
 *    decided — the provider's executor enters the account or term it waits for.
 *  - Supervisors: read the assignments and the report of their region (no
 *    region: the republic); they complete nothing.
 *  - Everyone else (clerks, operators, akims): nothing.
 */
import type { StaffActor } from "../core/actor.ts";

export type PaymentAction = "read" | "complete" | "run" | "coefficient" | "report";

export type PaymentScope =
  | { kind: "all" }
  | { kind: "region"; regionCode: string }
  | { kind: "provider"; providerId: string }
  | { kind: "none" };

const CASEWORK = ["head", "responsible_executor", "department_head"] as const;

export function paymentScope(actor: StaffActor, action: PaymentAction): PaymentScope {
  if (actor.roles.includes("administrator")) return { kind: "all" };
  const supervisor = actor.roles.includes("supervisor");
  if ((action === "read" || action === "report") && supervisor)
    return actor.regionCode === null ? { kind: "all" } : { kind: "region", regionCode: actor.regionCode };
  const casework = actor.roles.some((r) => (CASEWORK as readonly string[]).includes(r));
  if ((action === "read" || action === "complete") && casework && actor.providerId !== null)
    return { kind: "provider", providerId: actor.providerId };
  return { kind: "none" };
}

/** Whether an assignment (its region, and the provider of its case; null: entered by hand) is in the scope. */
export function inScope(
  scope: PaymentScope,
  a: { region_code: string; caseProviderId: string | null },
): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "region":
      return a.region_code === scope.regionCode;
    case "provider":
      return a.caseProviderId !== null && a.caseProviderId === scope.providerId;
    case "none":
      return false;
  }
}
