/**
 * Reading a procedure as a graph. Pure: no I/O, no clock. The engine walks
 * this graph for every service alike; nothing here knows a service code.
 */

import type { Procedure, Step } from "../catalog/schema.ts";
import type { DocumentKind, Role } from "../catalog/vocabulary.ts";

export const END = "end";

/** Steps the system completes by itself: the applicant's own submission, the portal, information systems. */
const AUTOMATIC: ReadonlySet<Role> = new Set(["applicant", "portal", "information_system"]);

export function isAutomatic(step: Step): boolean {
  return AUTOMATIC.has(step.actor);
}

export function stepById(procedure: Procedure, id: string): Step {
  const step = procedure.steps.find((s) => s.id === id);
  if (!step) throw new Error(`procedure ${procedure.id} has no step ${id}`);
  return step;
}

/** The step after `step` for a task or a "yes" answer, or after a "no" answer; END ends the process. */
export function successor(procedure: Procedure, step: Step, answer: "yes" | "no" = "yes"): string {
  if (step.kind === "decision" && answer === "no") return step.ifNo ?? END;
  if (step.next) return step.next;
  const i = procedure.steps.indexOf(step);
  return procedure.steps[i + 1]?.id ?? END;
}

/** The output documents met from `from` to the end, following "yes" (the path a branch leads to). */
export function documentsAlong(procedure: Procedure, from: string): DocumentKind[] {
  const seen = new Set<string>();
  const kinds: DocumentKind[] = [];
  let id = from;
  while (id !== END && !seen.has(id)) {
    seen.add(id);
    const step = stepById(procedure, id);
    if (step.outputDocument) kinds.push(step.outputDocument);
    id = successor(procedure, step, "yes");
  }
  return kinds;
}

/**
 * What a "no" answer to a decision leads to:
 *  - `not_accepted`: the package is refused at acceptance (a refusal-to-accept receipt);
 *  - `merits`: a refusal on the merits (reasoned refusal), which the law allows only after a hearing;
 *  - `technical`: an automated refusal message (authorisation, signature, missing data).
 */
export type NoBranch = "not_accepted" | "merits" | "technical";

export function noBranchKind(procedure: Procedure, decision: Step): NoBranch {
  const kinds = documentsAlong(procedure, successor(procedure, decision, "no"));
  if (kinds.includes("refusal_to_accept_receipt")) return "not_accepted";
  if (kinds.includes("reasoned_refusal") || kinds.includes("preliminary_refusal")) return "merits";
  const target = successor(procedure, decision, "no");
  if (target === END) return "technical";
  const first = stepById(procedure, target);
  return isAutomatic(first) ? "technical" : "merits";
}

/** The first step producing a reasoned refusal, if the procedure has one (the refusal track joins it). */
export function reasonedRefusalStep(procedure: Procedure): Step | undefined {
  return procedure.steps.find((s) => s.outputDocument === "reasoned_refusal");
}

/** The "happy path" from the first step: every decision answered yes. */
export function happyPath(procedure: Procedure): Step[] {
  const path: Step[] = [];
  const seen = new Set<string>();
  let id = procedure.steps[0]?.id ?? END;
  while (id !== END && !seen.has(id)) {
    seen.add(id);
    const step = stepById(procedure, id);
    path.push(step);
    id = successor(procedure, step, "yes");
  }
  return path;
}

/** The step that follows a hearing: where the answer after the hearing is given. */
export function isPostHearing(procedure: Procedure, step: Step): boolean {
  return procedure.steps.some(
    (s) => s.outputDocument === "hearing_protocol" && successor(procedure, s) === step.id,
  );
}
