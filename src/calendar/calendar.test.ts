/**
 * Worked examples of the deadline calculus (README "Semantics"), each with its
 * rule, and the typed errors for bad input.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { QyzmetError } from "../core/errors.ts";
import { Calendar, type Duration } from "./calendar.ts";
import { formatLocal, parseLocalDateTime } from "./civil.ts";
import { builtinCalendarData } from "./data.ts";
import { CalendarError, type CalendarErrorCode } from "./errors.ts";
import type { ScheduleId } from "./schedules.ts";

const cal = new Calendar(builtinCalendarData());
const add = (start: string, value: number, unit: Duration["unit"], schedule: ScheduleId = "provider") =>
  formatLocal(cal.add(parseLocalDateTime(start), { value, unit }, schedule));
const code = (c: CalendarErrorCode) => (e: unknown) => e instanceof CalendarError && e.code === c;

describe("minutes and hours run only inside working hours (standards: provider 9:00–18:30, lunch 13:00–14:30)", () => {
  test("the lunch break is skipped", () => {
    assert.equal(add("2024-05-03T12:50", 20, "minutes"), "2024-05-03T14:40:00+05:00");
  });
  test("a term that ends exactly at the lunch break ends at 13:00, not 14:30", () => {
    assert.equal(add("2026-03-02T12:00", 60, "minutes"), "2026-03-02T13:00:00+05:00");
  });
  test("hours continue on the next working day, skipping holidays and their substitute days off (Nauryz 2026)", () => {
    assert.equal(add("2026-03-02T17:00", 3, "hours"), "2026-03-03T10:30:00+05:00");
    assert.equal(add("2026-03-20T17:00", 2, "hours"), "2026-03-26T09:30:00+05:00");
  });
  test("a start before opening or during lunch counts from the next working moment", () => {
    assert.equal(add("2026-03-02T07:00", 30, "minutes"), "2026-03-02T09:30:00+05:00");
    assert.equal(add("2026-03-02T13:30", 30, "minutes"), "2026-03-02T15:00:00+05:00");
  });
  test("State Corporation: Monday–Saturday 9:00–20:00 without lunch; Sunday is closed", () => {
    assert.equal(add("2026-02-28T19:30", 1, "hours", "state-corporation"), "2026-03-02T09:30:00+05:00");
    assert.equal(add("2026-03-02T12:50", 20, "minutes", "state-corporation"), "2026-03-02T13:10:00+05:00");
  });
  test("a term that crosses the move to UTC+5 (1 March 2024) keeps local working hours", () => {
    assert.equal(add("2024-02-29T18:00", 60, "minutes"), "2024-03-01T09:30:00+05:00");
  });
});

describe("working days, calendar days and months count from the day after the start (Civil Code; APPC)", () => {
  test("1 working day from Friday 20 March 2026 ends Thursday 26 March 18:30 (21–25 March are days off)", () => {
    assert.equal(add("2026-03-20T10:00", 1, "working_days"), "2026-03-26T18:30:00+05:00");
  });
  test("the start day is never counted, even when the start is at 8:00", () => {
    assert.equal(add("2026-03-02T08:00", 1, "working_days"), "2026-03-03T18:30:00+05:00");
  });
  test("Friday 3 May 2024 + 1 working day = Saturday 4 May 2024 18:30 (a working Saturday by the 2024 transfer)", () => {
    assert.equal(add("2024-05-03T10:00", 1, "working_days"), "2024-05-04T18:30:00+05:00");
  });
  test("the State Corporation counts its own working days (Saturdays work) and ends at 20:00", () => {
    assert.equal(
      add("2026-02-27T10:00", 1, "working_days", "state-corporation"),
      "2026-02-28T20:00:00+05:00",
    );
  });
  test("calendar days: a last day that is non-working moves to the next working day (Civil Code)", () => {
    // 2026-03-01 + 7 = Sunday 8 March (holiday) → Monday 9 (substitute day off) → Tuesday 10.
    assert.equal(add("2026-03-01T10:00", 7, "calendar_days"), "2026-03-10T18:30:00+05:00");
    assert.equal(add("2026-03-02T10:00", 2, "calendar_days"), "2026-03-04T18:30:00+05:00");
  });
  test("months end on the same date of the last month, or on its last day if it has none", () => {
    assert.equal(add("2024-01-31T10:00", 1, "months"), "2024-02-29T18:30:00+06:00");
    assert.equal(add("2025-01-31T10:00", 1, "months"), "2025-02-28T18:30:00+05:00");
    // 28 February 2026 is a Saturday: the provider's term ends on Monday 2 March, the ЦОН's on Saturday.
    assert.equal(add("2026-01-28T10:00", 1, "months"), "2026-03-02T18:30:00+05:00");
    assert.equal(add("2026-01-28T10:00", 1, "months", "state-corporation"), "2026-02-28T20:00:00+05:00");
  });
});

describe("portal: a request after working hours, on a day off or a holiday counts as received on the next working day", () => {
  test("Friday 19:00 before Nauryz: received Thursday 26 March, 1 working day ends Friday 27 March", () => {
    assert.equal(add("2026-03-20T19:00", 1, "working_days", "portal"), "2026-03-27T18:30:00+05:00");
    assert.equal(add("2026-03-20T19:00", 1, "working_days", "provider"), "2026-03-26T18:30:00+05:00");
  });
  test("Saturday request: received Monday, 1 working day ends Tuesday", () => {
    assert.equal(add("2026-02-28T11:00", 1, "working_days", "portal"), "2026-03-03T18:30:00+05:00");
  });
  test("a request before opening on a working day is received that day", () => {
    assert.equal(add("2026-03-02T07:00", 1, "working_days", "portal"), "2026-03-03T18:30:00+05:00");
    assert.equal(
      formatLocal(cal.received(parseLocalDateTime("2026-03-02T07:00"))),
      "2026-03-02T09:00:00+05:00",
    );
    assert.equal(
      formatLocal(cal.received(parseLocalDateTime("2026-03-20T19:00"))),
      "2026-03-26T09:00:00+05:00",
    );
  });
});

describe('"the day of acceptance at the State Corporation is not counted in the term" (standards; seed 001 reg 1)', () => {
  test("documents accepted on Saturday: the term starts Monday 9:00", () => {
    assert.equal(
      formatLocal(cal.stateCorporationTermStart(parseLocalDateTime("2026-02-28T12:00"))),
      "2026-03-02T09:00:00+05:00",
    );
  });
  test("hours of a term start on the next working day; working days are unchanged", () => {
    const t = parseLocalDateTime("2026-03-02T10:00");
    assert.equal(
      formatLocal(cal.add(t, { value: 2, unit: "hours" }, "provider", { excludeStartDay: true })),
      "2026-03-03T11:00:00+05:00",
    );
    assert.equal(
      cal.add(t, { value: 5, unit: "working_days" }, "provider", { excludeStartDay: true }),
      cal.add(t, { value: 5, unit: "working_days" }, "provider"),
    );
  });
});

describe("working time elapsed and the preliminary refusal deadline", () => {
  test("working time between two instants skips lunch, nights and days off", () => {
    const ms = cal.workingTime(
      parseLocalDateTime("2026-03-20T17:00"),
      parseLocalDateTime("2026-03-26T10:00"),
    );
    assert.equal(ms, 2.5 * 3_600_000);
    assert.equal(
      cal.workingTime(parseLocalDateTime("2026-03-02T12:00"), parseLocalDateTime("2026-03-02T15:00")),
      1.5 * 3_600_000,
    );
  });
  test("APPC art. 73 via the standards: the preliminary refusal goes out not later than 3 working days before the term ends", () => {
    // Term ends Friday 13 March 2026: Wed 11, Thu 12, Fri 13 remain → latest Tuesday 10 March 18:30.
    const end = parseLocalDateTime("2026-03-13T18:30");
    assert.equal(formatLocal(cal.preliminaryRefusalDeadline(end)), "2026-03-10T18:30:00+05:00");
    // Term ends Thursday 26 March 2026 (after Nauryz): Thu 19, Fri 20 and Thu 26 remain → Wednesday 18 March.
    assert.equal(
      formatLocal(cal.preliminaryRefusalDeadline(parseLocalDateTime("2026-03-26T18:30"))),
      "2026-03-18T18:30:00+05:00",
    );
  });
});

describe("bad input gives a typed error with kk/ru/en messages", () => {
  const t = parseLocalDateTime("2026-03-02T10:00");
  test("a year before 2015 (and after the last supported year) is CALENDAR_OUT_OF_RANGE", () => {
    assert.throws(
      () => cal.add(parseLocalDateTime("2014-12-31T10:00"), { value: 1, unit: "working_days" }),
      code("CALENDAR_OUT_OF_RANGE"),
    );
    assert.throws(() => cal.add(t, { value: 5000, unit: "working_days" }), code("CALENDAR_OUT_OF_RANGE"));
    assert.throws(() => cal.year(2014), code("CALENDAR_OUT_OF_RANGE"));
  });
  test("unknown unit, negative, zero or fractional day values, unknown schedule, NaN instant", () => {
    assert.throws(() => cal.add(t, { value: 1, unit: "weeks" as "months" }), code("CALENDAR_BAD_UNIT"));
    assert.throws(() => cal.add(t, { value: -1, unit: "hours" }), code("CALENDAR_BAD_VALUE"));
    assert.throws(() => cal.add(t, { value: 0, unit: "minutes" }), code("CALENDAR_BAD_VALUE"));
    assert.throws(() => cal.add(t, { value: 1.5, unit: "working_days" }), code("CALENDAR_BAD_VALUE"));
    assert.throws(() => cal.add(t, { value: Number.NaN, unit: "hours" }), code("CALENDAR_BAD_VALUE"));
    assert.throws(
      () => cal.add(t, { value: 1, unit: "hours" }, "office" as ScheduleId),
      code("CALENDAR_BAD_SCHEDULE"),
    );
    assert.throws(
      () => cal.add(t, { value: 1, unit: "hours" }, "constructor" as ScheduleId),
      code("CALENDAR_BAD_SCHEDULE"),
    );
    assert.throws(() => cal.add(Number.NaN, { value: 1, unit: "hours" }), code("CALENDAR_BAD_DATE"));
  });
  test("every error carries distinct Kazakh, Russian and English messages and a stable code", () => {
    try {
      cal.add(t, { value: 1, unit: "weeks" as "months" });
      assert.fail("expected an error");
    } catch (e) {
      assert.ok(e instanceof CalendarError);
      assert.ok(e instanceof QyzmetError, "the API maps QyzmetErrors to problem+json");
      assert.equal(e.code, "CALENDAR_BAD_UNIT");
      assert.match(e.messages.kk, /өлшем бірлігі/);
      assert.match(e.messages.ru, /единица срока/);
      assert.match(e.messages.en, /Unknown unit/);
      assert.equal(e.message, e.messages.en);
    }
  });
  test("half an hour is a valid fractional value for hours", () => {
    assert.equal(add("2026-03-02T10:00", 0.5, "hours"), "2026-03-02T10:30:00+05:00");
  });
});
