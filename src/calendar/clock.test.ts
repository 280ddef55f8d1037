import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Calendar } from "./calendar.ts";
import { parseLocalDateTime as at, formatLocal } from "./civil.ts";
import { runClock } from "./clock.ts";
import { builtinCalendarData } from "./data.ts";
import { CalendarError } from "./errors.ts";

const cal = new Calendar(builtinCalendarData());
const show = (t: number | null) => (t === null ? null : formatLocal(t));
const start = at("2026-03-02T10:00"); // Monday
const fiveDays = { value: 5, unit: "working_days" } as const;

describe("case clock: suspension, resumption, extension", () => {
  test("without events the deadline is add()'s (5 working days from Monday 2 March 2026: 9 March is a day off)", () => {
    const s = runClock(cal, { start, duration: fiveDays });
    assert.equal(show(s.deadline), "2026-03-10T18:30:00+05:00");
    assert.equal(s.suspended, false);
  });

  test("while suspended there is no deadline; the remaining working days are those after the suspension day", () => {
    const s = runClock(cal, {
      start,
      duration: fiveDays,
      events: [{ type: "suspend", at: at("2026-03-04T11:00") }],
    });
    assert.equal(s.deadline, null);
    assert.deepEqual(s.remaining, { unit: "working_days", value: 3 }); // Thu 5, Fri 6, Tue 10
  });

  test("on resumption the rest of the term counts from the day after the resumption", () => {
    const s = runClock(cal, {
      start,
      duration: fiveDays,
      events: [
        { type: "suspend", at: at("2026-03-04T11:00") },
        { type: "resume", at: at("2026-03-12T15:00") },
      ],
    });
    // Counted: Tue 3, Wed 4 before; Fri 13, Mon 16, Tue 17 after.
    assert.equal(show(s.deadline), "2026-03-17T18:30:00+05:00");
  });

  test("minutes: the working time left at the suspension runs on from the resumption", () => {
    const s = runClock(cal, {
      start,
      duration: { value: 120, unit: "minutes" },
      events: [
        { type: "suspend", at: at("2026-03-02T11:00") },
        { type: "resume", at: at("2026-03-03T17:00") },
      ],
    });
    assert.equal(show(s.deadline), "2026-03-03T18:00:00+05:00");
  });

  test("suspended on the last day before closing: the term ends at the close of the resumption day", () => {
    const s = runClock(cal, {
      start,
      duration: fiveDays,
      events: [
        { type: "suspend", at: at("2026-03-10T12:00") },
        { type: "resume", at: at("2026-03-12T15:00") },
      ],
    });
    assert.equal(show(s.deadline), "2026-03-12T18:30:00+05:00");
  });

  test("a term that had expired before the suspension stays expired", () => {
    const s = runClock(cal, {
      start,
      duration: fiveDays,
      events: [
        { type: "suspend", at: at("2026-03-11T10:00") },
        { type: "resume", at: at("2026-03-20T10:00") },
      ],
    });
    assert.equal(show(s.deadline), "2026-03-10T18:30:00+05:00");
    const suspended = runClock(cal, {
      start,
      duration: fiveDays,
      events: [{ type: "suspend", at: at("2026-03-11T10:00") }],
    });
    assert.equal(suspended.expiredBeforeSuspension, true);
  });

  test("extension by 1 month moves the deadline to the same date of the next month (seed 001 reg 2: +1 month for an inspection)", () => {
    const s = runClock(cal, {
      start,
      duration: fiveDays,
      events: [{ type: "extend", at: at("2026-03-05T10:00"), by: { value: 1, unit: "months" } }],
    });
    assert.equal(show(s.deadline), "2026-04-10T18:30:00+05:00");
  });

  test("an extension granted while suspended applies after the resumption", () => {
    const s = runClock(cal, {
      start,
      duration: fiveDays,
      events: [
        { type: "suspend", at: at("2026-03-04T11:00") },
        { type: "extend", at: at("2026-03-05T11:00"), by: { value: 2, unit: "working_days" } },
        { type: "resume", at: at("2026-03-12T15:00") },
      ],
    });
    assert.equal(show(s.deadline), "2026-03-19T18:30:00+05:00");
  });

  test("impossible event sequences are CALENDAR_BAD_CLOCK", () => {
    const bad = (events: Parameters<typeof runClock>[1]["events"]) =>
      assert.throws(
        () => runClock(cal, { start, duration: fiveDays, events }),
        (e: unknown) => e instanceof CalendarError && e.code === "CALENDAR_BAD_CLOCK",
      );
    bad([{ type: "resume", at: at("2026-03-04T11:00") }]);
    bad([
      { type: "suspend", at: at("2026-03-04T11:00") },
      { type: "suspend", at: at("2026-03-05T11:00") },
    ]);
    bad([
      { type: "suspend", at: at("2026-03-04T11:00") },
      { type: "resume", at: at("2026-03-03T11:00") },
    ]);
    bad([{ type: "suspend", at: at("2026-03-01T11:00") }]);
  });
});
