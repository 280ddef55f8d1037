/**
 * Do a procedure's steps fit in the service term? Every path through the
 * procedure (decisions branch) is summed and compared with the longest term
 * that applies to the procedure's channel and variant.
 *
 * Units are compared on one scale: minutes and hours are working time, a
 * working day is 8 working hours (the standards' schedule 09:00–18:30 less
 * the 13:00–14:30 lunch), a calendar day is 7/5 of a working day, and a month
 * is 30 calendar days. Where a path and its term use the same unit the
 * comparison is exact; where they mix units it is the average-week estimate,
 * and the message says so.
 */
import type { Duration, Procedure, RegulationVersion, Source, Step, Term } from "./schema.ts";
import type { DurationUnit } from "./vocabulary.ts";

const WORK_MINUTES_PER_DAY = 8 * 60;
/** Working minutes per unit. */
const SCALE: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  working_days: WORK_MINUTES_PER_DAY,
  calendar_days: (WORK_MINUTES_PER_DAY * 5) / 7,
  months: ((WORK_MINUTES_PER_DAY * 5) / 7) * 30,
};

export function toWorkMinutes(d: Duration): number {
  return d.value * SCALE[d.unit];
}

export function formatDuration(d: Duration): string {
  const unit = d.unit.replace("_", " ");
  return `${d.value} ${d.value === 1 ? unit.replace(/s$/, "").replace("days", "day") : unit}`;
}

/** The terms that apply to a procedure. */
export function termsFor(version: RegulationVersion, procedure: Procedure): Term[] {
  return version.standard.terms.filter(
    (t) =>
      (t.channel === null || t.channel === procedure.channel) &&
      (t.variant === undefined || procedure.variant === undefined || t.variant === procedure.variant),
  );
}

/**
 * The index of the step that a reference from step `index` leads to:
 * `undefined` ref means the following step, "end" (or running off the list) means none.
 */
export function stepTarget(procedure: Procedure, index: number, ref: string | undefined): number | undefined {
  const steps = procedure.steps;
  if (ref === "end") return undefined;
  if (ref === undefined) return index + 1 < steps.length ? index + 1 : undefined;
  const i = steps.findIndex((s) => s.id === ref);
  return i >= 0 ? i : undefined;
}

/** The indexes of the steps that can follow step `index`. */
export function successors(procedure: Procedure, index: number): number[] {
  const step = procedure.steps[index]!;
  const out = [stepTarget(procedure, index, step.next)];
  if (step.kind === "decision") out.push(stepTarget(procedure, index, step.ifNo));
  return out.filter((i): i is number => i !== undefined);
}

/** Every path from the first step to an end, as step indexes (a step is visited at most once per path). */
export function paths(procedure: Procedure): number[][] {
  const result: number[][] = [];
  const walk = (index: number, path: number[]) => {
    const here = [...path, index];
    const next = successors(procedure, index).filter((i) => !here.includes(i));
    if (next.length === 0) result.push(here);
    for (const i of next) walk(i, here);
  };
  if (procedure.steps.length > 0) walk(0, []);
  return result;
}

export interface TermExcess {
  procedure: Procedure;
  path: string[];
  total: string;
  term: string;
  termSource: Source;
  /** True when units were mixed and the comparison is an average-week estimate. */
  estimated: boolean;
}

function describe(steps: Step[]): { minutes: number; units: Set<DurationUnit>; text: string } {
  const byUnit = new Map<DurationUnit, number>();
  for (const s of steps) {
    if (s.duration && !s.excludedFromTerm)
      byUnit.set(s.duration.unit, (byUnit.get(s.duration.unit) ?? 0) + s.duration.value);
  }
  let minutes = 0;
  const parts: string[] = [];
  for (const [unit, value] of byUnit) {
    minutes += toWorkMinutes({ value, unit });
    parts.push(formatDuration({ value, unit }));
  }
  return { minutes, units: new Set(byUnit.keys()), text: parts.join(" + ") || "0" };
}

/** The paths of each procedure that take longer than the longest term applying to it. */
export function exceedingPaths(version: RegulationVersion): TermExcess[] {
  const found: TermExcess[] = [];
  for (const procedure of version.procedures) {
    const terms = termsFor(version, procedure);
    if (terms.length === 0) continue;
    const term = terms.reduce((a, b) => (toWorkMinutes(b.duration) > toWorkMinutes(a.duration) ? b : a));
    const limit = toWorkMinutes(term.duration);
    let worst: { total: ReturnType<typeof describe>; path: number[] } | undefined;
    for (const path of paths(procedure)) {
      const total = describe(path.map((i) => procedure.steps[i]!));
      if (total.minutes > limit + 1e-9 && (!worst || total.minutes > worst.total.minutes))
        worst = { total, path };
    }
    if (worst) {
      const units = new Set([...worst.total.units, term.duration.unit]);
      const workTime = ["minutes", "hours", "working_days"] as const;
      const estimated =
        units.size > 1 && ![...units].every((u) => (workTime as readonly string[]).includes(u));
      found.push({
        procedure,
        path: worst.path.map((i) => procedure.steps[i]!.n ?? procedure.steps[i]!.id),
        total: worst.total.text,
        term: formatDuration(term.duration),
        termSource: term.source,
        estimated,
      });
    }
  }
  return found;
}
