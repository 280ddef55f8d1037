/**
 * Deadlines from the calendar: when a term starts on each channel, the case's
 * overall deadline (the standard's term, or where this act states none, the
 * sum of its steps), and each step's due time.
 */
import type { Calendar, ScheduleId } from "../calendar/index.ts";
import type { Duration, Procedure, RegulationVersion, Source, Step, Term } from "../catalog/schema.ts";
import type { Channel } from "../catalog/vocabulary.ts";
import { happyPath, isAutomatic } from "./procedure.ts";
import { scheduleOf } from "./roles.ts";

export interface CaseTerm {
  /** standard: the act's term; steps: no term in this act, the sum of its steps' durations; none: neither. */
  basis: "standard" | "steps" | "none";
  duration: Duration | null;
  source: Source | null;
  condition?: { kk: string; ru: string; en: string };
  schedule: ScheduleId;
}

/**
 * When a term is counted from. Portal: a request after working hours counts as
 * received on the next working day (standard row "schedule"). Offices and the
 * State Corporation: the moment of acceptance; day-based terms never count that
 * day (Civil Code), and at the State Corporation not even its hours
 * (`excludeStartDay`: "the day of acceptance is not counted in the term").
 */
export function termStart(cal: Calendar, channel: Channel, submittedAt: number): number {
  if (channel === "portal") return cal.received(submittedAt, "portal");
  return submittedAt;
}

export const excludesStartDay = (channel: Channel): boolean => channel === "state_corporation";

/** The standard's term for this channel and variant: a channel-specific term before a general one, unconditional first. */
export function pickTerm(
  version: RegulationVersion,
  channel: Channel,
  variant: string | null,
): Term | undefined {
  const fits = version.standard.terms.filter(
    (t) =>
      (t.channel === channel || t.channel === null) && (t.variant === undefined || t.variant === variant),
  );
  const rank = (t: Term) => (t.channel === channel ? 0 : 2) + (t.condition ? 1 : 0);
  return [...fits].sort((a, b) => rank(a) - rank(b))[0];
}

function scheduleForDuration(d: Duration, channel: Channel): ScheduleId {
  if (d.unit === "minutes" || d.unit === "hours")
    return channel === "state_corporation" ? "state-corporation" : "provider";
  return "provider";
}

export function caseTerm(
  version: RegulationVersion,
  procedure: Procedure,
  channel: Channel,
  variant: string | null,
): CaseTerm {
  const term = pickTerm(version, channel, variant);
  if (term) {
    return {
      basis: "standard",
      duration: term.duration,
      source: term.source,
      ...(term.condition ? { condition: term.condition } : {}),
      schedule: scheduleForDuration(term.duration, channel),
    };
  }
  const counted = happyPath(procedure).filter(
    (s) => s.duration !== null && !s.excludedFromTerm && !isAutomatic(s),
  );
  if (counted.length === 0) return { basis: "none", duration: null, source: null, schedule: "provider" };
  return { basis: "steps", duration: null, source: procedure.source, schedule: "provider" };
}

/** The case's overall deadline, or null when the act gives no way to compute one. */
export function caseDeadline(
  cal: Calendar,
  term: CaseTerm,
  procedure: Procedure,
  start: number,
): number | null {
  const excludeStartDay = excludesStartDay(procedure.channel);
  if (term.basis === "standard" && term.duration)
    return cal.add(start, term.duration, term.schedule, { excludeStartDay });
  if (term.basis === "none") return null;
  let t = start;
  let first = true;
  for (const step of happyPath(procedure)) {
    if (step.duration === null || step.excludedFromTerm || isAutomatic(step)) continue;
    t = cal.add(t, step.duration, scheduleOf(step.actor), { excludeStartDay: first && excludeStartDay });
    first = false;
  }
  return t;
}

/**
 * A step's due time: its own duration from when it starts; a step with no
 * stated duration is due by the case's deadline, or, without one, by the end
 * of the next working day.
 */
export function stepDue(cal: Calendar, step: Step, startedAt: number, caseDeadlineAt: number | null): number {
  const schedule = scheduleOf(step.actor);
  if (step.duration) return cal.add(startedAt, step.duration, schedule);
  if (caseDeadlineAt !== null && caseDeadlineAt > startedAt) return caseDeadlineAt;
  return cal.add(startedAt, { value: 1, unit: "working_days" }, schedule);
}
