/**
 * A case's clock: the term runs from its start, can be suspended and resumed
 * (the time while suspended does not count) and extended (e.g. +1 month when
 * an additional inspection is needed). Pure: the state is recomputed from the
 * start, the term and the list of events. Semantics in README.md, "Clock".
 */
import { type AddOptions, type Calendar, checkDuration, type Duration } from "./calendar.ts";
import { DAY_MS, type Instant, toLocalMs } from "./civil.ts";
import { badClock, badDate } from "./errors.ts";
import type { ScheduleId } from "./schedules.ts";

export type ClockEvent =
  | { type: "suspend"; at: Instant }
  | { type: "resume"; at: Instant }
  | { type: "extend"; at: Instant; by: Duration };

export interface ClockInput {
  start: Instant;
  duration: Duration;
  schedule?: ScheduleId;
  options?: AddOptions;
  events?: readonly ClockEvent[];
}

export type Remaining =
  | { unit: "ms"; value: number }
  | { unit: "working_days"; value: number }
  | { unit: "calendar_days"; value: number };

export interface ClockState {
  /** The current deadline; null while the clock is suspended. */
  deadline: Instant | null;
  suspended: boolean;
  /** While suspended: the term had already expired when it was suspended. */
  expiredBeforeSuspension: boolean;
  /** While suspended: what is left of the term; null if it had already expired (it stays expired). */
  remaining: Remaining | null;
  /** Extensions received while suspended, applied on resumption. */
  pendingExtensions: readonly Duration[];
}

const localDayOf = (t: Instant): number => Math.floor(toLocalMs(t) / DAY_MS);

function remainingAt(
  cal: Calendar,
  unit: Duration["unit"],
  schedule: ScheduleId,
  s: Instant,
  deadline: Instant,
): Remaining {
  const kind =
    unit === "minutes" || unit === "hours"
      ? "ms"
      : unit === "working_days"
        ? "working_days"
        : "calendar_days";
  switch (kind) {
    case "ms":
      return { unit: "ms", value: cal.workingTime(s, deadline, schedule) };
    case "working_days":
      // Working days after the suspension day up to the deadline day (the suspension day is used up).
      return { unit: "working_days", value: cal.workingDaysAfter(s, deadline, schedule) };
    case "calendar_days":
      return { unit: "calendar_days", value: localDayOf(deadline) - localDayOf(s) };
  }
}

function resumeWith(cal: Calendar, r: Remaining, at: Instant, schedule: ScheduleId): Instant {
  if (r.unit === "ms") return cal.add(at, { value: r.value / 60_000, unit: "minutes" }, schedule);
  // Nothing but the rest of the suspension day was left: the term ends on the resumption day.
  if (r.value === 0) return cal.endOfWorkingDay(at, schedule);
  return cal.add(at, { value: r.value, unit: r.unit }, schedule);
}

/** Replays the events and returns the clock's state. Throws CALENDAR_BAD_CLOCK on an impossible sequence. */
export function runClock(cal: Calendar, input: ClockInput): ClockState {
  const schedule = input.schedule ?? "provider";
  const duration = checkDuration(input.duration);
  let deadline: Instant = cal.add(input.start, duration, schedule, input.options);
  let suspended = false;
  let remaining: Remaining | null = null;
  let expired = false;
  let pending: Duration[] = [];
  let last = input.start;

  for (const [n, ev] of (input.events ?? []).entries()) {
    if (typeof ev.at !== "number" || !Number.isFinite(ev.at)) throw badDate(ev.at);
    if (ev.at < last)
      throw badClock(`event ${n} (${ev.type}) is earlier than the previous event or the start`);
    last = ev.at;
    switch (ev.type) {
      case "suspend":
        if (suspended) throw badClock(`event ${n}: the clock is already suspended`);
        expired = ev.at >= deadline;
        remaining = expired ? null : remainingAt(cal, duration.unit, schedule, ev.at, deadline);
        suspended = true;
        break;
      case "resume": {
        if (!suspended) throw badClock(`event ${n}: resume without a suspension`);
        // A term that had expired before the suspension stays expired.
        if (remaining !== null) deadline = resumeWith(cal, remaining, ev.at, schedule);
        for (const by of pending) deadline = cal.add(deadline, by, schedule);
        pending = [];
        suspended = false;
        remaining = null;
        expired = false;
        break;
      }
      case "extend": {
        const by = checkDuration(ev.by);
        if (suspended) pending.push(by);
        else deadline = cal.add(deadline, by, schedule);
        break;
      }
      default:
        throw badClock(`event ${n}: unknown type ${JSON.stringify((ev as { type: unknown }).type)}`);
    }
  }
  return {
    deadline: suspended ? null : deadline,
    expiredBeforeSuspension: suspended && expired,
    suspended,
    remaining,
    pendingExtensions: pending,
  };
}
