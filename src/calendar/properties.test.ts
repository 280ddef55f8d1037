/**
 * Property tests (fast-check) of the deadline calculus over 2015–2026:
 * deadlines never lie in non-working time, `add` is monotonic, terms split in
 * two parts add up where the law says they should, and the fast O(1)
 * implementation agrees with the slow day-by-day reference.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { Calendar, type Duration } from "./calendar.ts";
import { dayFromCivil, formatLocal, instantAt, localDay, parseLocalDateTime } from "./civil.ts";
import { runClock } from "./clock.ts";
import { builtinCalendarData } from "./data.ts";
import { ReferenceCalendar } from "./reference.ts";
import type { ScheduleId } from "./schedules.ts";

const data = builtinCalendarData();
const cal = new Calendar(data);
const ref = new ReferenceCalendar(data);

const FIRST = parseLocalDateTime("2015-01-01T00:00");
const LAST = parseLocalDateTime("2026-12-31T23:59");
const anyMinute = fc.integer({ min: FIRST / 60_000, max: LAST / 60_000 }).map((m) => m * 60_000);
/** Starts on the edges of working hours, where off-by-one errors live. */
const edgeMinute = fc
  .tuple(
    fc.integer({ min: dayFromCivil(2015, 1, 1), max: dayFromCivil(2026, 12, 31) }),
    fc.constantFrom(0, 539, 540, 541, 779, 780, 781, 869, 870, 871, 1109, 1110, 1111, 1199, 1200, 1201, 1439),
  )
  .map(([day, minute]) => instantAt(day, minute));
const start = fc.oneof(anyMinute, edgeMinute);
const schedule = fc.constantFrom<ScheduleId>("provider", "state-corporation", "portal");
const duration: fc.Arbitrary<Duration> = fc.oneof(
  fc.record({ unit: fc.constant("minutes" as const), value: fc.integer({ min: 1, max: 30_000 }) }),
  fc.record({ unit: fc.constant("hours" as const), value: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ unit: fc.constant("working_days" as const), value: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ unit: fc.constant("calendar_days" as const), value: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ unit: fc.constant("months" as const), value: fc.integer({ min: 1, max: 10 }) }),
);
const RUNS = { numRuns: 400 };

describe("properties of add (fast-check, 2015–2026)", () => {
  test("a computed deadline never lies in non-working time", () => {
    fc.assert(
      fc.property(start, duration, schedule, (s, d, sc) => {
        const r = cal.add(s, d, sc);
        assert.ok(cal.isWorkingTime(r, sc), `${formatLocal(r)} is not working time (${sc})`);
        assert.ok(r > s, "a deadline lies after its start");
      }),
      RUNS,
    );
  });

  test("add is monotonic in the start", () => {
    fc.assert(
      fc.property(start, start, duration, schedule, (a, b, d, sc) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a];
        assert.ok(cal.add(s1, d, sc) <= cal.add(s2, d, sc));
      }),
      RUNS,
    );
  });

  test("add is monotonic in the value (strictly for minutes, hours and working days)", () => {
    fc.assert(
      fc.property(start, duration, fc.integer({ min: 1, max: 30 }), schedule, (s, d, extra, sc) => {
        const r1 = cal.add(s, d, sc);
        const r2 = cal.add(s, { ...d, value: d.value + (d.unit === "months" ? 1 : extra) }, sc);
        if (d.unit === "calendar_days" || d.unit === "months") assert.ok(r1 <= r2);
        else assert.ok(r1 < r2);
      }),
      RUNS,
    );
  });

  test("working time and working days split in two parts equal the whole term", () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom("minutes", "hours", "working_days") as fc.Arbitrary<
          "minutes" | "hours" | "working_days"
        >,
        fc.constantFrom<ScheduleId>("provider", "state-corporation"),
        (s, a, b, unit, sc) => {
          const twoParts = cal.add(cal.add(s, { value: a, unit }, sc), { value: b, unit }, sc);
          assert.equal(twoParts, cal.add(s, { value: a + b, unit }, sc));
        },
      ),
      RUNS,
    );
  });

  test("calendar days split in two parts: never earlier than the whole term, equal unless the first part ended on a moved day", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (s, a, b) => {
        const first = cal.add(s, { value: a, unit: "calendar_days" });
        const twoParts = cal.add(first, { value: b, unit: "calendar_days" });
        const whole = cal.add(s, { value: a + b, unit: "calendar_days" });
        assert.ok(twoParts >= whole);
        if (localDay(first) === localDay(s) + a) assert.equal(twoParts, whole);
      }),
      RUNS,
    );
  });

  test("working time from the start to the deadline of an N-minute term is exactly N minutes", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 50_000 }), schedule, (s, m, sc) => {
        assert.equal(cal.workingTime(s, cal.add(s, { value: m, unit: "minutes" }, sc), sc), m * 60_000);
      }),
      RUNS,
    );
  });

  test("the preliminary refusal deadline leaves exactly 3 working days to the term's end", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 4, max: 60 }), (s, n) => {
        const end = cal.add(s, { value: n, unit: "working_days" });
        const latest = cal.preliminaryRefusalDeadline(end);
        assert.equal(cal.workingDaysAfter(latest, end), 3);
        assert.ok(cal.isWorkingTime(latest));
      }),
      RUNS,
    );
  });
});

describe("agreement with the slow reference implementation", () => {
  test("add agrees with the day-by-day reference on random inputs across 2015–2026", () => {
    fc.assert(
      fc.property(start, duration, schedule, (s, d, sc) => {
        const fast = cal.add(s, d, sc);
        const slow = ref.add(s, d, sc);
        assert.equal(
          formatLocal(fast),
          formatLocal(slow),
          `${formatLocal(s)} + ${d.value} ${d.unit} (${sc})`,
        );
      }),
      { numRuns: 600 },
    );
  });

  test("working time between two instants agrees with the reference", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 * 24 * 60 }), schedule, (s, minutes, sc) => {
        const to = s + minutes * 60_000;
        if (to > LAST) return;
        assert.equal(cal.workingTime(s, to, sc), ref.workingTime(s, to, sc));
      }),
      RUNS,
    );
  });

  test("every day of 2015–2027 has the same working status in both implementations, for both weekly regimes", () => {
    for (const [regime, sc] of [
      ["five-day", "provider"],
      ["six-day", "state-corporation"],
    ] as const) {
      for (let dn = dayFromCivil(2015, 1, 1); dn <= dayFromCivil(2027, 12, 31); dn++) {
        const d = new Date(dn * 86_400_000).toISOString().slice(0, 10);
        if (cal.isWorkingDay(dn, sc) !== ref.isWorkingDay(d, regime)) assert.fail(`${d} differs (${regime})`);
      }
    }
  });
});

describe("properties of the clock (suspension, resumption)", () => {
  const unit = fc.constantFrom("minutes", "working_days") as fc.Arbitrary<"minutes" | "working_days">;

  test("a suspension resumed at the same instant changes nothing", () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 1, max: 60 }),
        unit,
        fc.integer({ min: 0, max: 10_000 }),
        (s, n, u, after) => {
          const value = u === "minutes" ? n * 30 : n;
          const plain = cal.add(s, { value, unit: u });
          const at = Math.min(s + after * 60_000, plain);
          const state = runClock(cal, {
            start: s,
            duration: { value, unit: u },
            events: [
              { type: "suspend", at },
              { type: "resume", at },
            ],
          });
          assert.equal(state.deadline, plain);
        },
      ),
      RUNS,
    );
  });

  test("time counted before the suspension plus after the resumption equals the term", () => {
    fc.assert(
      fc.property(
        start,
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        (s, n, before, pause) => {
          const total = n * 60;
          const plain = cal.add(s, { value: total, unit: "minutes" });
          const suspendAt = s + before * 60_000;
          if (suspendAt >= plain) return;
          const resumeAt = suspendAt + pause * 60_000;
          if (resumeAt > LAST) return;
          const { deadline } = runClock(cal, {
            start: s,
            duration: { value: total, unit: "minutes" },
            events: [
              { type: "suspend", at: suspendAt },
              { type: "resume", at: resumeAt },
            ],
          });
          assert.ok(deadline !== null);
          assert.equal(cal.workingTime(s, suspendAt) + cal.workingTime(resumeAt, deadline), total * 60_000);
        },
      ),
      RUNS,
    );
  });
});
