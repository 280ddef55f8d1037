import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import {
  ALMATY_UTC5_SINCE,
  almatyOffsetMs,
  civilFromDay,
  dayFromCivil,
  formatDay,
  formatLocal,
  isoWeekday,
  parseDay,
  parseInstant,
  parseLocalDateTime,
} from "./civil.ts";
import { CalendarError } from "./errors.ts";

const isBadDate = (e: unknown) => e instanceof CalendarError && e.code === "CALENDAR_BAD_DATE";

describe("civil dates by plain arithmetic", () => {
  test("day numbers round-trip and weekdays match Date for 1900–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2200, 12, 31) }), (dn) => {
        const c = civilFromDay(dn);
        assert.equal(dayFromCivil(c.year, c.month, c.day), dn);
        const d = new Date(dn * 86_400_000);
        assert.equal(formatDay(dn), d.toISOString().slice(0, 10));
        assert.equal(isoWeekday(dn), d.getUTCDay() === 0 ? 7 : d.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  test("parseDay refuses impossible dates", () => {
    assert.equal(formatDay(parseDay("2024-02-29")), "2024-02-29");
    for (const s of ["2023-02-29", "2024-13-01", "2024-00-10", "24-01-01", "2024-1-1"]) {
      assert.throws(() => parseDay(s), isBadDate, s);
    }
  });
});

describe("Asia/Almaty legal time", () => {
  test("Kazakhstan moved to UTC+5 on 1 March 2024 (00:00 local = 2024-02-29T18:00Z)", () => {
    assert.equal(almatyOffsetMs(ALMATY_UTC5_SINCE - 1), 6 * 3_600_000);
    assert.equal(almatyOffsetMs(ALMATY_UTC5_SINCE), 5 * 3_600_000);
    assert.equal(formatLocal(ALMATY_UTC5_SINCE - 1000), "2024-02-29T23:59:59+06:00");
    assert.equal(formatLocal(ALMATY_UTC5_SINCE), "2024-02-29T23:00:00+05:00");
  });

  test("the offset table agrees with Intl (the runtime's tz data) for every hour of 2015–2027", () => {
    const f = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Almaty", timeZoneName: "longOffset" });
    const from = Date.UTC(2015, 0, 1);
    const to = Date.UTC(2028, 0, 1);
    for (let t = from; t < to; t += 3_600_000) {
      const name = f.formatToParts(t).find((p) => p.type === "timeZoneName")?.value;
      const expected = almatyOffsetMs(t) === 6 * 3_600_000 ? "GMT+06:00" : "GMT+05:00";
      if (name !== expected)
        assert.fail(`${new Date(t).toISOString()}: Intl says ${name}, table says ${expected}`);
    }
  });

  test("local ISO strings without offset parse as Almaty time and format back with the offset", () => {
    assert.equal(formatLocal(parseLocalDateTime("2024-05-03T10:00")), "2024-05-03T10:00:00+05:00");
    assert.equal(formatLocal(parseLocalDateTime("2023-05-03T10:00:30")), "2023-05-03T10:00:30+06:00");
    assert.equal(formatLocal(parseLocalDateTime("2024-05-03")), "2024-05-03T00:00:00+05:00");
    assert.equal(parseLocalDateTime("2024-05-03T10:00"), parseInstant("2024-05-03T05:00:00Z"));
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2027, 11, 31) }), (t0) => {
        const t = t0 - (t0 % 1000);
        const s = formatLocal(t);
        assert.equal(parseInstant(s), t);
        // Without the offset the wall clock maps back to the same instant, except in the repeated
        // hour 2024-02-29 23:00–24:00, which resolves to the later reading.
        const local = parseLocalDateTime(s.slice(0, 19));
        if (!(t >= ALMATY_UTC5_SINCE - 3_600_000 && t < ALMATY_UTC5_SINCE)) assert.equal(local, t);
      }),
      { numRuns: 1000 },
    );
  });

  test("malformed local times are refused with CALENDAR_BAD_DATE", () => {
    for (const s of [
      "",
      "yesterday",
      "2024-02-30T10:00",
      "2024-05-03T24:00",
      "2024-05-03T10:60",
      "2024-05-03T10",
      "2024-05-03T10:00Z",
      "2024-05-03T10:00+05:00",
      "03.05.2024 10:00",
    ]) {
      assert.throws(() => parseLocalDateTime(s), isBadDate, s);
    }
  });
});
