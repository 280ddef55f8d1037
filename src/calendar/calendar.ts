/**
 * Deadline arithmetic on Kazakhstan's legal calendar. See README.md for the
 * semantics and the legal source of each rule.
 *
 * Every operation is O(1) (a few array reads) after construction: working
 * time is measured through a cumulative function W(t) = working ms from the
 * start of the covered range up to t, built on the production calendar's
 * prefix counts, and deadlines are found by inverting it.
 */
import {
  civilFromDay,
  DAY_MS,
  type DayNumber,
  dayFromCivil,
  daysInMonth,
  formatDay,
  formatLocal,
  fromLocalMs,
  HOUR_MS,
  type Instant,
  MINUTE_MS,
  parseDay,
  toLocalMs,
  weekdayName,
} from "./civil.ts";
import type { CalendarData, Regime } from "./data.ts";
import { badDate, badSchedule, badUnit, badValue, outOfRange } from "./errors.ts";
import { type DayReason, ProductionCalendar } from "./production.ts";
import { isScheduleId, type Schedule, type ScheduleId, scheduleOf } from "./schedules.ts";

export const UNITS = ["minutes", "hours", "working_days", "calendar_days", "months"] as const;
export type Unit = (typeof UNITS)[number];

export interface Duration {
  value: number;
  unit: Unit;
}

export interface AddOptions {
  /**
   * Do not count the day of `start` at all: counting begins at the first
   * working moment of the next working day. This is the rule "the day of
   * acceptance at the State Corporation is not counted in the term". For day
   * and month units it changes nothing (they never count the start day).
   */
  excludeStartDay?: boolean;
}

export interface DayInfo {
  date: string;
  weekday: string;
  working: boolean;
  /** A weekly rest day of the schedule's regime (Saturday/Sunday, or Sunday only). */
  restDay: boolean;
  reasons: readonly DayReason[];
}

export function isUnit(u: unknown): u is Unit {
  return typeof u === "string" && (UNITS as readonly string[]).includes(u);
}

/** Validates a duration from untrusted input; throws CALENDAR_BAD_UNIT / CALENDAR_BAD_VALUE. */
export function checkDuration(d: { value: unknown; unit: unknown }): Duration {
  if (!isUnit(d.unit)) throw badUnit(d.unit);
  const v = d.value;
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw badValue(v, d.unit);
  if (
    (d.unit === "minutes" || d.unit === "hours") &&
    Math.round(v * (d.unit === "hours" ? HOUR_MS : MINUTE_MS)) < 1
  ) {
    throw badValue(v, d.unit);
  }
  if (d.unit !== "minutes" && d.unit !== "hours" && !Number.isInteger(v)) throw badValue(v, d.unit);
  return { value: v, unit: d.unit };
}

function checkInstant(t: unknown): Instant {
  if (typeof t !== "number" || !Number.isFinite(t)) throw badDate(t);
  return t;
}

/** One schedule on top of its regime's production calendar. */
class Engine {
  readonly schedule: Schedule;
  readonly pc: ProductionCalendar;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly daily: number;
  readonly openMs: number;
  readonly closeMs: number;
  private readonly firstLocal: number;
  private readonly lastLocal: number;

  constructor(schedule: Schedule, pc: ProductionCalendar) {
    this.schedule = schedule;
    this.pc = pc;
    this.starts = Float64Array.from(schedule.intervals, ([a]) => a * MINUTE_MS);
    this.ends = Float64Array.from(schedule.intervals, ([, b]) => b * MINUTE_MS);
    let daily = 0;
    for (let k = 0; k < this.starts.length; k++) daily += this.ends[k]! - this.starts[k]!;
    this.daily = daily;
    this.openMs = this.starts[0]!;
    this.closeMs = this.ends[this.ends.length - 1]!;
    this.firstLocal = pc.firstDay * DAY_MS;
    this.lastLocal = (pc.firstDay + pc.size) * DAY_MS;
  }

  outOfRange(what: string): Error {
    return outOfRange(what, this.pc.firstYear, this.pc.lastYear);
  }

  /** Local-day index of an instant (throws out of range). */
  idx(t: Instant): number {
    const local = toLocalMs(t);
    if (local < this.firstLocal || local >= this.lastLocal) throw this.outOfRange(formatLocal(t));
    return Math.floor(local / DAY_MS) - this.pc.firstDay;
  }

  /** Working ms within a working day before time-of-day `tod`. */
  inDay(tod: number): number {
    let s = 0;
    for (let k = 0; k < this.starts.length; k++) {
      const a = this.starts[k]!;
      if (tod <= a) break;
      const b = this.ends[k]!;
      s += (tod < b ? tod : b) - a;
    }
    return s;
  }

  /** W(t): working ms from the start of the range up to t. */
  W(t: Instant): number {
    const local = toLocalMs(t);
    if (local < this.firstLocal || local >= this.lastLocal) throw this.outOfRange(formatLocal(t));
    const dn = Math.floor(local / DAY_MS);
    const i = dn - this.pc.firstDay;
    const base = this.pc.cum[i]! * this.daily;
    return this.pc.working[i] ? base + this.inDay(local - dn * DAY_MS) : base;
  }

  /** The earliest instant at which W reaches w (> 0): a deadline ends at the end of an interval, not at the next start. */
  invW(w: number): Instant {
    const k = Math.ceil(w / this.daily) - 1;
    if (k >= this.pc.wlist.length) throw this.outOfRange("the deadline");
    let r = w - k * this.daily;
    const day = this.pc.firstDay + this.pc.wlist[k]!;
    const last = this.starts.length - 1;
    for (let j = 0; j < last; j++) {
      const len = this.ends[j]! - this.starts[j]!;
      if (r <= len) return fromLocalMs(day * DAY_MS + this.starts[j]! + r);
      r -= len;
    }
    return fromLocalMs(day * DAY_MS + this.starts[last]! + r);
  }

  /** Close of working hours on day index i. */
  closeOf(i: number): Instant {
    return fromLocalMs((this.pc.firstDay + i) * DAY_MS + this.closeMs);
  }

  openOf(i: number): Instant {
    return fromLocalMs((this.pc.firstDay + i) * DAY_MS + this.openMs);
  }

  /** Index of the first working day ≥ i. */
  workingOnOrAfter(i: number): number {
    if (i >= this.pc.size) throw this.outOfRange("the deadline");
    if (this.pc.working[i]) return i;
    const p = this.pc.cum[i]!;
    if (p >= this.pc.wlist.length) throw this.outOfRange("the deadline");
    return this.pc.wlist[p]!;
  }

  /** Index of the first working day > i. */
  workingAfter(i: number): number {
    const p = this.pc.cum[i + 1]!;
    if (p >= this.pc.wlist.length) throw this.outOfRange("the deadline");
    return this.pc.wlist[p]!;
  }

  /** The day from which day-based terms are counted (the start day itself is never counted). */
  startDay(t: Instant): number {
    const local = toLocalMs(t);
    if (local < this.firstLocal || local >= this.lastLocal) throw this.outOfRange(formatLocal(t));
    const dn = Math.floor(local / DAY_MS);
    const i = dn - this.pc.firstDay;
    if (!this.schedule.rollover) return i;
    // Portal: a request after working hours, on a day off or a holiday counts as received on the next working day.
    if (this.pc.working[i] && local - dn * DAY_MS < this.closeMs) return i;
    return this.workingAfter(i);
  }

  add(t: Instant, value: number, unit: Unit, excludeStartDay: boolean): Instant {
    switch (unit) {
      case "minutes":
      case "hours": {
        const ms = Math.round(value * (unit === "hours" ? HOUR_MS : MINUTE_MS));
        const base = excludeStartDay ? this.pc.cum[this.idx(t) + 1]! * this.daily : this.W(t);
        return this.invW(base + ms);
      }
      case "working_days": {
        const d = this.startDay(t);
        const pos = this.pc.cum[d + 1]! + value - 1;
        if (pos >= this.pc.wlist.length) throw this.outOfRange("the deadline");
        return this.closeOf(this.pc.wlist[pos]!);
      }
      case "calendar_days": {
        const end = this.startDay(t) + value;
        return this.closeOf(this.workingOnOrAfter(end));
      }
      case "months": {
        const d = this.startDay(t);
        const c = civilFromDay(this.pc.firstDay + d);
        const m0 = c.month - 1 + value;
        const year = c.year + Math.floor(m0 / 12);
        const month = (m0 % 12) + 1;
        if (year > this.pc.lastYear) throw this.outOfRange("the deadline");
        const dn = dayFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
        return this.closeOf(this.workingOnOrAfter(dn - this.pc.firstDay));
      }
    }
  }
}

export class Calendar {
  readonly data: CalendarData;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Years whose data is partly estimated (Kurban Ait not yet officially fixed). */
  readonly provisionalYears: readonly number[];
  private readonly regimes: Record<Regime, ProductionCalendar>;
  private readonly engines: Record<ScheduleId, Engine>;

  constructor(data: CalendarData) {
    this.data = data;
    const five = new ProductionCalendar(data, "five-day");
    const six = new ProductionCalendar(data, "six-day");
    this.regimes = { "five-day": five, "six-day": six };
    this.firstYear = five.firstYear;
    this.lastYear = five.lastYear;
    this.provisionalYears = five.provisionalYears;
    const engine = (id: ScheduleId): Engine => {
      const s = scheduleOf(id);
      return new Engine(s, this.regimes[s.regime]);
    };
    this.engines = {
      provider: engine("provider"),
      "state-corporation": engine("state-corporation"),
      portal: engine("portal"),
    };
  }

  production(regime: Regime): ProductionCalendar {
    return this.regimes[regime];
  }

  private engine(schedule: ScheduleId): Engine {
    if (!isScheduleId(schedule)) throw badSchedule(schedule);
    return this.engines[schedule];
  }

  /**
   * The deadline of a term of `duration` that starts at `start` under `schedule`.
   * Minutes and hours run only inside working hours; working days, calendar
   * days and months count from the day after the start day and end at the
   * close of working hours of the last day, moved to the next working day if
   * the last day is non-working.
   */
  add(
    start: Instant,
    duration: Duration,
    schedule: ScheduleId = "provider",
    options: AddOptions = {},
  ): Instant {
    const t = checkInstant(start);
    const d = checkDuration(duration);
    return this.engine(schedule).add(t, d.value, d.unit, options.excludeStartDay === true);
  }

  /** The moment a request made at `at` counts as received (the next working moment if outside working hours). */
  received(at: Instant, schedule: ScheduleId = "portal"): Instant {
    const e = this.engine(schedule);
    const t = checkInstant(at);
    const i = e.idx(t);
    const tod = toLocalMs(t) - (e.pc.firstDay + i) * DAY_MS;
    if (e.pc.working[i] && tod < e.closeMs) return tod < e.openMs ? e.openOf(i) : t;
    return e.openOf(e.workingAfter(i));
  }

  /**
   * The start of counting for a term when documents were accepted at the State
   * Corporation at `acceptedAt`: the day of acceptance is not counted, so the
   * term starts at the opening of the provider's next working day.
   */
  stateCorporationTermStart(acceptedAt: Instant): Instant {
    const e = this.engine("provider");
    return e.openOf(e.workingAfter(e.idx(checkInstant(acceptedAt))));
  }

  /** Working time (ms) between two instants under the schedule; negative if `to` < `from`. */
  workingTime(from: Instant, to: Instant, schedule: ScheduleId = "provider"): number {
    const e = this.engine(schedule);
    return e.W(checkInstant(to)) - e.W(checkInstant(from));
  }

  /** Whether `t` lies within working hours of a working day (interval ends included). */
  isWorkingTime(t: Instant, schedule: ScheduleId = "provider"): boolean {
    const e = this.engine(schedule);
    const i = e.idx(checkInstant(t));
    if (!e.pc.working[i]) return false;
    const tod = toLocalMs(t) - (e.pc.firstDay + i) * DAY_MS;
    for (let k = 0; k < e.starts.length; k++) if (tod >= e.starts[k]! && tod <= e.ends[k]!) return true;
    return false;
  }

  /**
   * The latest moment to send the preliminary decision to refuse (with the
   * hearing notice): not later than `workingDaysBefore` (3) working days before
   * the term ends, i.e. the close of the working day that leaves that many
   * working days up to and including the term's last day.
   */
  preliminaryRefusalDeadline(
    termEnd: Instant,
    schedule: ScheduleId = "provider",
    workingDaysBefore = 3,
  ): Instant {
    if (!Number.isInteger(workingDaysBefore) || workingDaysBefore < 0)
      throw badValue(workingDaysBefore, "working_days");
    const e = this.engine(schedule);
    const i = e.idx(checkInstant(termEnd));
    const pos = e.pc.cum[i + 1]! - 1 - workingDaysBefore;
    if (pos < 0) throw e.outOfRange("the preliminary refusal deadline");
    return e.closeOf(e.pc.wlist[pos]!);
  }

  /** The close of working hours of `t`'s day if it is a working day, else of the next working day. */
  endOfWorkingDay(t: Instant, schedule: ScheduleId = "provider"): Instant {
    const e = this.engine(schedule);
    return e.closeOf(e.workingOnOrAfter(e.idx(checkInstant(t))));
  }

  /** The number of working days strictly after `from`'s day up to and including `to`'s day. */
  workingDaysAfter(from: Instant, to: Instant, schedule: ScheduleId = "provider"): number {
    const e = this.engine(schedule);
    return e.pc.cum[e.idx(checkInstant(to)) + 1]! - e.pc.cum[e.idx(checkInstant(from)) + 1]!;
  }

  isWorkingDay(day: DayNumber | string, schedule: ScheduleId = "provider"): boolean {
    const dn = typeof day === "string" ? parseDay(day) : day;
    return this.engine(schedule).pc.isWorkingDay(dn);
  }

  day(day: DayNumber | string, schedule: ScheduleId = "provider"): DayInfo {
    const dn = typeof day === "string" ? parseDay(day) : day;
    const pc = this.engine(schedule).pc;
    return {
      date: formatDay(dn),
      weekday: weekdayName(dn),
      working: pc.isWorkingDay(dn),
      restDay: pc.isRestDay(dn),
      reasons: pc.reasonsOf(dn),
    };
  }

  /**
   * Every non-working day of the year other than an ordinary weekly rest day
   * (holidays, substitute days off, transferred days off) and every transferred
   * working day, in date order; with `includeRestDays`, ordinary weekends too.
   */
  year(
    year: number,
    schedule: ScheduleId = "provider",
    options: { includeRestDays?: boolean } = {},
  ): DayInfo[] {
    if (!Number.isInteger(year) || year < this.firstYear || year > this.lastYear) {
      throw outOfRange(String(year), this.firstYear, this.lastYear);
    }
    const out: DayInfo[] = [];
    for (let dn = dayFromCivil(year, 1, 1), end = dayFromCivil(year + 1, 1, 1); dn < end; dn++) {
      const info = this.day(dn, schedule);
      if (info.reasons.length > 0 || (options.includeRestDays && !info.working)) out.push(info);
    }
    return out;
  }

  /** Number of working days in a year under the schedule's regime. */
  workingDaysInYear(year: number, schedule: ScheduleId = "provider"): number {
    const pc = this.engine(schedule).pc;
    const a = pc.indexOf(dayFromCivil(year, 1, 1));
    const b = pc.indexOf(dayFromCivil(year, 12, 31));
    return pc.cum[b + 1]! - pc.cum[a]!;
  }
}
