/**
 * A deliberately slow, straightforward reference implementation of the
 * calendar, written independently of `production.ts` / `calendar.ts` (string
 * dates, `Date` arithmetic, day-by-day walks, `Intl` for the time zone). The
 * property tests check that the fast implementation agrees with it on random
 * inputs; never use it for real deadlines.
 */
import type { Duration } from "./calendar.ts";
import type { CalendarData, Regime } from "./data.ts";
import { HOLIDAY_RULES } from "./holidays.ts";
import { SCHEDULES, type ScheduleId } from "./schedules.ts";

const DAY = 86_400_000;
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (s: string, n: number): string => iso(new Date(Date.parse(`${s}T00:00:00Z`) + n * DAY));
const weekday = (s: string): number => new Date(`${s}T00:00:00Z`).getUTCDay(); // 0 = Sunday

const fmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Almaty",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** Local wall clock of an instant via Intl: [YYYY-MM-DD, minutes since midnight (fractional)]. */
export function refLocal(t: number): [string, number] {
  const parts = Object.fromEntries(fmt.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  const ms = ((t % 1000) + 1000) % 1000;
  const minutes =
    Number(parts.hour) * 60 + Number(parts.minute) + (Number(parts.second) * 1000 + ms) / 60_000;
  return [`${parts.year}-${parts.month}-${parts.day}`, minutes];
}

/** The instant of a local wall-clock time, found by trying both historical offsets with Intl. */
export function refInstant(date: string, minutes: number): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + Math.round(minutes * 60_000);
  for (const offsetHours of [5, 6]) {
    const t = wall - offsetHours * 3_600_000;
    const [d, m] = refLocal(t);
    if (d === date && Math.abs(m - minutes) < 1e-6) return t;
  }
  throw new Error(`no instant for ${date} ${minutes}`);
}

export class ReferenceCalendar {
  private readonly nonWorking = new Map<Regime, Set<string>>();
  readonly first: string;
  readonly last: string;

  constructor(private readonly data: CalendarData) {
    const years = data.kurbanAit.map((k) => k.year);
    this.first = `${Math.min(...years)}-01-01`;
    this.last = `${Math.max(...years)}-12-31`;
    for (const regime of ["five-day", "six-day"] as const) this.nonWorking.set(regime, this.build(regime));
  }

  private isRest(regime: Regime, s: string): boolean {
    const w = weekday(s);
    return regime === "five-day" ? w === 0 || w === 6 : w === 0;
  }

  private holidaysOn(s: string): { shifts: boolean }[] {
    const y = Number(s.slice(0, 4));
    const md = s.slice(5);
    const out: { shifts: boolean }[] = [];
    for (const r of HOLIDAY_RULES) {
      const rmd = `${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`;
      if (rmd === md && r.fromYear <= y && (r.toYear === null || y <= r.toYear))
        out.push({ shifts: r.shifts });
    }
    if (this.data.kurbanAit.some((k) => k.date === s)) out.push({ shifts: false });
    return out;
  }

  private build(regime: Regime): Set<string> {
    const off = new Set<string>();
    const holidays = new Set<string>();
    const subs = new Set<string>();
    for (let s = this.first; s <= this.last; s = addDays(s, 1))
      if (this.holidaysOn(s).length) holidays.add(s);
    for (let s = this.first; s <= this.last; s = addDays(s, 1)) {
      for (const h of this.holidaysOn(s)) {
        if (!h.shifts || !this.isRest(regime, s)) continue;
        let d = addDays(s, 1);
        while (this.isRest(regime, d) || holidays.has(d) || subs.has(d)) d = addDays(d, 1);
        subs.add(d);
      }
    }
    for (let s = this.first; s <= this.last; s = addDays(s, 1)) {
      if (this.isRest(regime, s) || holidays.has(s) || subs.has(s)) off.add(s);
    }
    for (const t of this.data.transfers) {
      if (!t.regimes.includes(regime)) continue;
      off.delete(t.workingDay);
      off.add(t.dayOff);
    }
    return off;
  }

  isWorkingDay(s: string, regime: Regime): boolean {
    if (s < this.first || s > this.last) throw new Error(`out of range: ${s}`);
    return !this.nonWorking.get(regime)?.has(s);
  }

  private nextWorking(s: string, regime: Regime): string {
    let d = s;
    while (!this.isWorkingDay(d, regime)) d = addDays(d, 1);
    return d;
  }

  add(start: number, duration: Duration, scheduleId: ScheduleId): number {
    const sched = SCHEDULES[scheduleId];
    const regime = sched.regime;
    const close = sched.intervals[sched.intervals.length - 1]![1];
    let [day, minute] = refLocal(start);
    const { value, unit } = duration;
    if (unit === "minutes" || unit === "hours") {
      let left = Math.round(value * (unit === "hours" ? 60 : 1) * 60_000) / 60_000;
      for (;;) {
        if (this.isWorkingDay(day, regime)) {
          for (const [a, b] of sched.intervals) {
            const from = Math.max(a, minute);
            if (from >= b) continue;
            if (left <= b - from + 1e-9) return refInstant(day, from + left);
            left -= b - from;
          }
        }
        day = addDays(day, 1);
        minute = 0;
      }
    }
    if (sched.rollover && !(this.isWorkingDay(day, regime) && minute < close)) {
      day = addDays(day, 1);
      while (!this.isWorkingDay(day, regime)) day = addDays(day, 1);
    }
    let end: string;
    if (unit === "working_days") {
      end = day;
      for (let n = 0; n < value; ) {
        end = addDays(end, 1);
        if (this.isWorkingDay(end, regime)) n++;
      }
    } else if (unit === "calendar_days") {
      end = this.nextWorking(addDays(day, value), regime);
    } else {
      const d = new Date(`${day}T00:00:00Z`);
      const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + value, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
      end = this.nextWorking(iso(target), regime);
    }
    return refInstant(end, close);
  }

  /** Working ms between two instants, summed day by day. */
  workingTime(from: number, to: number, scheduleId: ScheduleId): number {
    if (to < from) return -this.workingTime(to, from, scheduleId);
    const sched = SCHEDULES[scheduleId];
    let total = 0;
    const [d1, m1] = refLocal(from);
    const [d2, m2] = refLocal(to);
    for (let d = d1; d <= d2; d = addDays(d, 1)) {
      if (!this.isWorkingDay(d, sched.regime)) continue;
      const lo = d === d1 ? m1 : 0;
      const hi = d === d2 ? m2 : 1440;
      for (const [a, b] of sched.intervals) total += Math.max(0, Math.min(b, hi) - Math.max(a, lo));
    }
    return Math.round(total * 60_000);
  }
}
