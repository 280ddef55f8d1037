/**
 * The payments as a staff member reaches them (API and CLI): each function
 * checks the actor's scope (access.ts), refuses outside it with
 * PAYMENT_FORBIDDEN (403) and logs every read of assignments, allowed or not
 * (they hold children's IINs and bank accounts).
 */
import type { Kysely } from "kysely";
import type { StaffActor } from "../core/actor.ts";
import { accessLogged } from "../core/errors.ts";
import { logAccess } from "../history/index.ts";
import type { Database } from "../store/tables.ts";
import { type PaymentAction, type PaymentScope, paymentScope } from "./access.ts";
import { paymentForbidden, paymentNotFound } from "./errors.ts";
import {
  type AssignmentFilter,
  type AssignmentRow,
  type CompleteInput,
  completeAssignment,
  findAssignment,
  listAssignments,
  paymentsByTypeAndMonth,
  setCoefficient,
} from "./payments.ts";
import type { PaymentType } from "./rules.ts";

/** The actor's scope for the action; PAYMENT_FORBIDDEN when none. */
export function requirePaymentScope(actor: StaffActor, action: PaymentAction): PaymentScope {
  const scope = paymentScope(actor, action);
  if (scope.kind === "none") throw paymentForbidden(action);
  return scope;
}

export async function assignmentsFor(
  db: Kysely<Database>,
  actor: StaffActor,
  filter: AssignmentFilter,
  at: Date,
): Promise<AssignmentRow[]> {
  const scope = paymentScope(actor, "read");
  if (scope.kind === "none") {
    await logAccess(db, { at, staffId: actor.staffId, action: "payment.assignment.list", allowed: false });
    throw accessLogged(paymentForbidden("read"));
  }
  const rows = await listAssignments(db, filter, scope);
  await logAccess(db, {
    at,
    staffId: actor.staffId,
    action: "payment.assignment.list",
    allowed: true,
    detail: { scope, filter, assignmentIds: rows.map((r) => r.id) },
  });
  return rows;
}

/** Staff give what an assignment waits for (its account, child or term), within their scope. */
export async function completeAs(
  db: Kysely<Database>,
  actor: StaffActor,
  id: string,
  input: Omit<CompleteInput, "by" | "at">,
  at: Date,
): Promise<AssignmentRow> {
  const scope = requirePaymentScope(actor, "complete");
  // The refusal is logged outside the transaction that a refusal rolls back.
  if (!(await findAssignment(db, id, scope))) {
    await logAccess(db, {
      at,
      staffId: actor.staffId,
      action: "payment.assignment.complete",
      allowed: false,
      detail: { id },
    });
    // Not revealing whether it exists outside the scope: an unknown id and a foreign one both 404.
    throw accessLogged(paymentNotFound(id));
  }
  return db.transaction().execute(async (trx) => {
    const row = await completeAssignment(trx, id, { ...input, by: actor.staffId, at });
    await logAccess(trx, {
      at,
      staffId: actor.staffId,
      action: "payment.assignment.complete",
      allowed: true,
      detail: { id, fields: Object.keys(input) },
    });
    return row;
  });
}

export async function setCoefficientAs(
  db: Kysely<Database>,
  actor: StaffActor,
  input: { type: PaymentType; effectiveFrom: string; coefficient: number; source: string },
  at: Date,
): Promise<void> {
  requirePaymentScope(actor, "coefficient");
  await setCoefficient(db, { ...input, setBy: actor.staffId, at });
}

export async function reportFor(
  db: Kysely<Database>,
  actor: StaffActor,
  range: { from?: string; to?: string },
) {
  return paymentsByTypeAndMonth(db, range, requirePaymentScope(actor, "report"));
}
