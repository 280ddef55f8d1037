/**
 * Refusal on the merits, the lawful way (APPC art. 73–74, as the standards
 * apply them): a preliminary decision to refuse with a notice of the hearing,
 * sent no later than 3 working days before the term ends; the hearing; then
 * the final answer — the result, or a reasoned refusal citing the standard's
 * numbered grounds — within the working days the rules give after the hearing.
 *
 * Procedures that spell these steps out have them completed here; procedures
 * that do not (older regional acts) get the same track from the engine, and a
 * refusal then rides the act's own drafting, signing and issuing steps.
 */

import { z } from "zod";
import { formatLocal, parseInstant, parseLocalDateTime } from "../calendar/index.ts";
import type { RefusalGround } from "../catalog/schema.ts";
import type { Actor } from "../core/actor.ts";
import { transaction } from "../store/deferred.ts";
import type { CaseRow } from "../store/tables.ts";
import { finishTask, type HearingRecord, intakeKind, parse, recordEvent } from "./actions.ts";
import { openTaskOf, requireScope, requireStaff } from "./authority.ts";
import { type CaseRules, type EngineDeps, lockCase, ms, rulesOf, type Trx } from "./context.ts";
import { engineError } from "./errors.ts";
import { notify } from "./notify.ts";
import { isPostHearing, noBranchKind, reasonedRefusalStep, stepById, successor } from "./procedure.ts";
import { publish } from "./stages.ts";
import { HEARING_NOTICE_TEXT } from "./texts.ts";
import { isOpen, type Outcome, openTask, walkFrom } from "./walk.ts";

/** Working days before the end of the term by which the preliminary decision must go out (APPC art. 73). */
export const PRELIMINARY_REFUSAL_DAYS_BEFORE_TERM = 3;
/** Working days after the hearing for the final answer, where the act gives none (the acts give 1 or 2). */
export const ANSWER_AFTER_HEARING_DAYS = 2;

const REFUSAL_ROLES = ["responsible_executor", "head"] as const;

const moment = z.string().min(10).max(40);

export const PreliminaryRefusalInput = z.strictObject({
  grounds: z.array(z.number().int().positive()).max(50).default([]),
  reasoning: z.string().trim().min(1).max(5000),
  /** Time of the hearing: ISO with offset, or local Almaty time "YYYY-MM-DDTHH:MM". */
  hearingAt: moment,
  place: z.string().trim().min(1).max(500),
});

export const HearingInput = z.strictObject({
  attended: z.boolean(),
  objections: z.string().trim().max(5000).optional(),
});

export const DecisionInput = z.strictObject({
  decision: z.enum(["grant", "refuse"]),
  grounds: z.array(z.number().int().positive()).max(50).default([]),
  reasoning: z.string().trim().min(1).max(5000),
});

function parseMoment(s: string): number {
  try {
    return /[zZ]|[+-]\d\d:?\d\d$/.test(s) ? parseInstant(s) : parseLocalDateTime(s);
  } catch {
    throw engineError("HEARING_TIME_INVALID", { hearingAt: s });
  }
}

/** The numbered grounds cited must be the standard's own; where the act only refers to grounds elsewhere, none are numbered. */
export function checkGrounds(rules: CaseRules, variant: string | null, grounds: number[]): RefusalGround[] {
  const list = rules.version.standard.refusalGrounds.filter(
    (g) => g.variant === undefined || g.variant === variant,
  );
  if (list.length === 0) {
    if (grounds.length > 0) throw engineError("GROUND_UNKNOWN", { grounds, available: [] });
    return [];
  }
  if (grounds.length === 0) throw engineError("GROUNDS_REQUIRED", { available: list.map((g) => g.n) });
  return grounds.map((n) => {
    const g = list.find((x) => x.n === n);
    if (!g) throw engineError("GROUND_UNKNOWN", { ground: n, available: list.map((x) => x.n) });
    return g;
  });
}

async function providerTask(trx: Trx, actor: Actor, c: CaseRow) {
  requireStaff(actor);
  requireScope(actor, c);
  if (!isOpen(c)) throw engineError("CASE_CLOSED", { caseId: c.id, status: c.status });
  const task = await openTaskOf(trx, c);
  if (actor.providerId !== c.provider_id) throw engineError("FORBIDDEN_SCOPE", { caseId: c.id });
  if (!actor.roles.some((r) => (REFUSAL_ROLES as readonly string[]).includes(r)))
    throw engineError("FORBIDDEN_ROLE", { roles: REFUSAL_ROLES });
  return { actor, task };
}

export async function sendPreliminaryRefusal(
  deps: EngineDeps,
  actor: Actor,
  caseId: string,
  raw: unknown,
): Promise<CaseRow> {
  const input = parse(PreliminaryRefusalInput, raw);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const c = await lockCase(trx, caseId);
    const { task } = await providerTask(trx, actor, c);
    if (c.preliminary_refusal) throw engineError("PRELIMINARY_REFUSAL_EXISTS", { caseId });
    if (c.status !== "in_progress") throw engineError("WRONG_STEP", { status: c.status });
    const rules = rulesOf(deps.catalog, c);
    const step = stepById(rules.procedure, task.step_id);
    if (step.outputDocument === "hearing_protocol" || isPostHearing(rules.procedure, step))
      throw engineError("WRONG_STEP", { stepId: step.id });
    const grounds = checkGrounds(rules, c.variant, input.grounds);
    const deadline = c.deadline ? ms(c.deadline) : null;
    const latest =
      deadline === null
        ? null
        : deps.calendar.preliminaryRefusalDeadline(
            deadline,
            "provider",
            PRELIMINARY_REFUSAL_DAYS_BEFORE_TERM,
          );
    // A term shorter than the notice period (30 minutes, 3 working days) cannot hold the hearing inside it:
    // the notice then goes out as soon as the ground is found and the hearing may fall after the term.
    const fits = latest !== null && latest >= ms(c.term_start);
    if (fits && ms(now) > latest)
      throw engineError("PRELIMINARY_REFUSAL_TOO_LATE", {
        latest: formatLocal(latest),
        deadline: formatLocal(deadline as number),
      });
    const hearingAt = parseMoment(input.hearingAt);
    if (hearingAt <= ms(now) || (fits && deadline !== null && hearingAt > deadline))
      throw engineError("HEARING_TIME_INVALID", {
        hearingAt: input.hearingAt,
        deadline: deadline && formatLocal(deadline),
      });
    const record = {
      grounds: grounds.map((g) => ({ n: g.n, text: g.text, source: g.source })),
      groundsRef: rules.version.standard.refusalGroundsRef,
      reasoning: input.reasoning,
      sentAt: now.toISOString(),
      latestAllowed: latest === null || !fits ? null : new Date(latest).toISOString(),
      termTooShortForHearing: deadline !== null && !fits,
      hearingAt: new Date(hearingAt).toISOString(),
      place: input.place,
      by: actor.kind === "staff" ? actor.staffId : null,
    };
    let updated = await trx
      .updateTable("cases")
      .set({
        preliminary_refusal: JSON.stringify(record),
        status: "hearing_scheduled",
        updated_at: now,
        revision: c.revision + 1,
      })
      .where("id", "=", c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(trx, updated, actor, now, "refusal.preliminary", record);
    await notify(trx, [
      {
        citizenIin: c.applicant_iin,
        caseId: c.id,
        kind: "hearing.notice",
        text: HEARING_NOTICE_TEXT(formatLocal(hearingAt).slice(0, 16).replace("T", " "), input.place),
        at: now,
      },
    ]);
    await publish(trx, updated, rules, "preliminary_refusal", now, { hearingAt: record.hearingAt });
    const entry =
      step.outputDocument === "preliminary_refusal" ||
      (step.kind === "decision" && noBranchKind(rules.procedure, step) === "merits");
    if (entry) {
      // The act's own step is this notice (or the decision that leads to it): move on to the hearing.
      await finishTask(trx, updated, task, step, actor, now, step.kind === "decision" ? "no" : "done", {
        via: "preliminary-refusal",
      });
      updated = await walkFrom(
        trx,
        deps,
        { c: updated, rules, now, actor, passThrough: new Set() },
        successor(rules.procedure, step, step.kind === "decision" ? "no" : "yes"),
        await intakeKind(trx, updated),
      );
    }
    return updated;
  });
}

export async function recordHearing(
  deps: EngineDeps,
  actor: Actor,
  caseId: string,
  raw: unknown,
): Promise<CaseRow> {
  const input = parse(HearingInput, raw);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const c = await lockCase(trx, caseId);
    const { task } = await providerTask(trx, actor, c);
    if (c.status !== "hearing_scheduled") throw engineError("HEARING_NOT_SCHEDULED", { status: c.status });
    const pre = c.preliminary_refusal as { hearingAt: string };
    if (ms(now) < Date.parse(pre.hearingAt))
      throw engineError("HEARING_TOO_EARLY", { hearingAt: pre.hearingAt });
    const rules = rulesOf(deps.catalog, c);
    const step = stepById(rules.procedure, task.step_id);
    const post = step.outputDocument === "hearing_protocol" ? stepAfter(rules, step.id) : null;
    const days = post?.duration?.unit === "working_days" ? post.duration.value : ANSWER_AFTER_HEARING_DAYS;
    const record: HearingRecord = {
      heldAt: now.toISOString(),
      attended: input.attended,
      objections: input.objections ?? null,
      decisionDue: new Date(
        deps.calendar.add(ms(now), { value: days, unit: "working_days" }, "provider"),
      ).toISOString(),
    };
    let updated = await trx
      .updateTable("cases")
      .set({
        hearing: JSON.stringify(record),
        status: "hearing_held",
        updated_at: now,
        revision: c.revision + 1,
      })
      .where("id", "=", c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(trx, updated, actor, now, "hearing.held", { ...record });
    await publish(trx, updated, rules, "hearing_held", now);
    if (step.outputDocument === "hearing_protocol") {
      await finishTask(trx, updated, task, step, actor, now, "done", { via: "hearing" });
      updated = await walkFrom(
        trx,
        deps,
        { c: updated, rules, now, actor, passThrough: new Set() },
        successor(rules.procedure, step),
        await intakeKind(trx, updated),
      );
    }
    return updated;
  });
}

function stepAfter(rules: CaseRules, id: string) {
  const next = successor(rules.procedure, stepById(rules.procedure, id));
  return next === "end" ? null : stepById(rules.procedure, next);
}

export async function decideAfterHearing(
  deps: EngineDeps,
  actor: Actor,
  caseId: string,
  raw: unknown,
): Promise<CaseRow> {
  const input = parse(DecisionInput, raw);
  return transaction(deps.db, async (trx) => {
    const now = deps.now();
    const c = await lockCase(trx, caseId);
    const { task } = await providerTask(trx, actor, c);
    if (c.status !== "hearing_held") throw engineError("HEARING_NOT_HELD", { status: c.status });
    const rules = rulesOf(deps.catalog, c);
    const grounds = input.decision === "refuse" ? checkGrounds(rules, c.variant, input.grounds) : [];
    const hearing: HearingRecord = {
      ...(c.hearing as HearingRecord),
      decision: input.decision,
      decidedAt: now.toISOString(),
      grounds: grounds.map((g) => g.n),
      reasoning: input.reasoning,
    };
    const outcome: Outcome | null =
      input.decision === "refuse"
        ? {
            kind: "refusal",
            grounds: grounds.map((g) => g.n),
            reasoning: input.reasoning,
            at: now.toISOString(),
          }
        : null;
    if (outcome && deps.issuer?.check) await deps.issuer.check(trx, c, outcome);
    let updated = await trx
      .updateTable("cases")
      .set({
        hearing: JSON.stringify(hearing),
        outcome: outcome ? JSON.stringify(outcome) : null,
        status: "in_progress",
        updated_at: now,
        revision: c.revision + 1,
      })
      .where("id", "=", c.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const late = ms(now) > Date.parse(hearing.decisionDue);
    await recordEvent(trx, updated, actor, now, "hearing.decided", {
      decision: input.decision,
      grounds: hearing.grounds,
      reasoning: input.reasoning,
      decisionDue: hearing.decisionDue,
      late,
    });
    await publish(trx, updated, rules, `hearing_decision:${input.decision}`, now);
    const step = stepById(rules.procedure, task.step_id);
    const walk = (next: string) =>
      intakeKind(trx, updated).then((k) =>
        walkFrom(trx, deps, { c: updated, rules, now, actor, passThrough: new Set() }, next, k),
      );
    if (step.kind === "decision") {
      // The act's own question after the hearing ("have the grounds fallen away?") or the original grounds check.
      const answer = input.decision === "grant" ? "yes" : "no";
      await finishTask(trx, updated, task, step, actor, now, answer, { via: "decision-after-hearing" });
      updated = await walk(successor(rules.procedure, step, answer));
    } else if (isPostHearing(rules.procedure, step)) {
      await finishTask(trx, updated, task, step, actor, now, input.decision, {
        via: "decision-after-hearing",
      });
      updated = await walk(successor(rules.procedure, step));
    } else if (input.decision === "refuse") {
      const refusal = reasonedRefusalStep(rules.procedure);
      if (refusal && refusal.id !== step.id) {
        // The act has a step that draws up the reasoned refusal: the case goes there.
        await finishTask(trx, updated, task, step, actor, now, "superseded", {
          via: "decision-after-hearing",
        });
        updated = await trx
          .updateTable("cases")
          .set({ cursor: null })
          .where("id", "=", c.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await openTask(
          trx,
          deps,
          { c: updated, rules, now, actor, passThrough: new Set() },
          refusal,
          await intakeKind(trx, updated),
        );
        updated = await trx.selectFrom("cases").selectAll().where("id", "=", c.id).executeTakeFirstOrThrow();
      }
    }
    return updated;
  });
}
