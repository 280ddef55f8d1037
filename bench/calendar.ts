/**
 * Benchmark of the calendar's `add` per unit, against a straightforward
 * day-by-day loop over date-holidays measured in the same run.
 * Prints JSON (kept in test-results/bench/calendar.json). Run: npm run bench:calendar
 */
import Holidays from "date-holidays";
import {
  builtinCalendarData,
  Calendar,
  type Duration,
  parseLocalDateTime,
  type ScheduleId,
} from "../src/calendar/index.ts";
import { report } from "./support.ts";

const DAY = 86_400_000;

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20261123);
const FIRST = parseLocalDateTime("2015-01-01T00:00");
const LAST = parseLocalDateTime("2026-01-01T00:00"); // leave room for terms to end inside the covered years
const STARTS = Float64Array.from({ length: 1 << 14 }, () => {
  const t = FIRST + random() * (LAST - FIRST);
  return t - (t % 60_000);
});
const MASK = STARTS.length - 1;

/** Runs `fn` repeatedly for about `ms` milliseconds; returns operations per second. */
function measure(fn: (i: number) => number, ms = 600): { opsPerSec: number; checksum: number } {
  let checksum = 0;
  for (let i = 0; i < 20_000; i++) checksum += fn(i) % 7; // warm-up
  let ops = 0;
  const t0 = performance.now();
  let elapsed = 0;
  const batch = 10_000;
  do {
    for (let i = 0; i < batch; i++) checksum += fn(ops + i) % 7;
    ops += batch;
    elapsed = performance.now() - t0;
  } while (elapsed < ms);
  return { opsPerSec: Math.round((ops / elapsed) * 1000), checksum };
}

function measureSlow(fn: (i: number) => number, ms = 2000): { opsPerSec: number; checksum: number } {
  let checksum = fn(0) % 7;
  let ops = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    checksum += fn(ops) % 7;
    ops++;
    elapsed = performance.now() - t0;
  } while (elapsed < ms);
  return { opsPerSec: Math.round((ops / elapsed) * 1000 * 10) / 10, checksum };
}

const t0 = performance.now();
const cal = new Calendar(builtinCalendarData());
const buildMs = Math.round((performance.now() - t0) * 100) / 100;

const addCase = (unit: Duration["unit"], values: readonly number[], schedule: ScheduleId = "provider") => {
  const vmask = values.length - 1;
  return measure((i) => cal.add(STARTS[i & MASK]!, { value: values[i & vmask]!, unit }, schedule));
};
const spread = (max: number) => Array.from({ length: 1024 }, () => 1 + Math.floor(random() * max));

const units = {
  minutes: addCase("minutes", spread(480)),
  hours: addCase("hours", spread(40)),
  working_days: addCase("working_days", spread(60)),
  "working_days N=1": addCase("working_days", [1]),
  "working_days N=10": addCase("working_days", [10]),
  "working_days N=250": addCase("working_days", [250]),
  "working_days N=10, state-corporation": addCase("working_days", [10], "state-corporation"),
  "working_days N=10, portal": addCase("working_days", [10], "portal"),
  calendar_days: addCase("calendar_days", spread(60)),
  months: addCase("months", spread(6)),
};
const workingTime = measure((i) => cal.workingTime(STARTS[i & MASK]!, STARTS[(i + 1) & MASK]!));

// Baseline: the straightforward approach — walk day by day, asking date-holidays whether each day is a
// holiday, plus the weekend and the project's transfers table (date-holidays has no transfers).
const hd = new Holidays("KZ");
const transfers = builtinCalendarData().transfers;
const madeWorking = new Set(transfers.map((t) => t.workingDay));
const madeOff = new Set(transfers.map((t) => t.dayOff));
function baselineAddWorkingDays(start: number, n: number): number {
  const local = start + 6 * 3_600_000;
  let day = new Date(local - (local % DAY) + 12 * 3_600_000); // local noon of the start day
  let counted = 0;
  while (counted < n) {
    day = new Date(day.getTime() + DAY);
    const iso = day.toISOString().slice(0, 10);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    const working = madeWorking.has(iso) || (!madeOff.has(iso) && !weekend && !hd.isHoliday(day));
    if (working) counted++;
  }
  return day.getTime();
}
const baseline10 = measureSlow((i) => baselineAddWorkingDays(STARTS[i & MASK]!, 10));

const ours10 = units["working_days N=10"].opsPerSec;
const result = {
  benchmark: "calendar add",
  node: process.version,
  calendarBuildMs: buildMs,
  opsPerSec: Object.fromEntries(Object.entries(units).map(([k, v]) => [k, v.opsPerSec])),
  workingTimeOpsPerSec: workingTime.opsPerSec,
  baseline: {
    what: "day-by-day loop over date-holidays isHoliday + weekends + transfers table, 10 working days",
    opsPerSec: baseline10.opsPerSec,
  },
  speedup: Math.round(ours10 / baseline10.opsPerSec),
  workingDaysN1vsN250:
    Math.round((units["working_days N=1"].opsPerSec / units["working_days N=250"].opsPerSec) * 100) / 100,
  targets: {
    workingDayAdditionsPerSec: { target: 1_000_000, measured: ours10, met: ours10 >= 1_000_000 },
    speedupOverBaseline: {
      target: 50,
      measured: Math.round(ours10 / baseline10.opsPerSec),
      met: ours10 / baseline10.opsPerSec >= 50,
    },
  },
  checksum:
    Object.values(units).reduce((s, v) => s + v.checksum, workingTime.checksum + baseline10.checksum) %
    1_000_003,
};
report("calendar", result);
