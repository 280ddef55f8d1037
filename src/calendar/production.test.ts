/**
 * The production calendar: statutory holidays with their years, the weekend
 * shift rule, Kurban Ait, and every encoded transfer of days off — each test
 * titled with its legal source. Expectations are written out by hand, not
 * derived from the data files.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import Holidays from "date-holidays";
import { Calendar } from "./calendar.ts";
import { builtinCalendarData, mergeCalendarData, parseCalendarOverride } from "./data.ts";
import { CalendarError } from "./errors.ts";

const cal = new Calendar(builtinCalendarData());
const off = (d: string, s: "provider" | "state-corporation" = "provider") =>
  assert.equal(cal.isWorkingDay(d, s), false, `${d} should be a day off (${s})`);
const on = (d: string, s: "provider" | "state-corporation" = "provider") =>
  assert.equal(cal.isWorkingDay(d, s), true, `${d} should be a working day (${s})`);

const LAW = 'Law "On holidays in the RK" No. 267-II';

describe(`${LAW}: holidays and the years they apply`, () => {
  test(`${LAW}, art. 5: New Year 1–2 January; on a weekend the day off moves after the holiday (2022: Mon 3, Tue 4 Jan)`, () => {
    off("2022-01-01");
    off("2022-01-02");
    off("2022-01-03");
    off("2022-01-04");
    on("2022-01-05");
    // 2017: Sunday 1 Jan, Monday 2 Jan (holiday) → the day off is Tuesday 3 Jan.
    off("2017-01-02");
    off("2017-01-03");
    on("2017-01-04");
  });

  test(`${LAW}, art. 5: Orthodox Christmas 7 January is not moved when it falls on a day off`, () => {
    off("2020-01-07");
    on("2023-01-09"); // 7 Jan 2023 was a Saturday
    on("2024-01-08"); // 7 Jan 2024 was a Sunday
  });

  test(`${LAW}, art. 5: International Women's Day 8 March (2020 on Sunday → Monday 9 March off)`, () => {
    off("2019-03-08");
    off("2020-03-09");
    on("2020-03-10");
  });

  test(`${LAW}, art. 5: Nauryz 21–23 March; Saturday and Sunday move past Monday's holiday (2020 and 2026: 21–25 March)`, () => {
    for (const y of ["2015", "2020", "2026"]) {
      for (const d of ["21", "22", "23", "24", "25"]) off(`${y}-03-${d}`);
      on(`${y}-03-26`);
    }
    off("2019-03-25"); // 23 March 2019 was a Saturday
    on("2019-03-26");
    off("2021-03-24"); // 21 March 2021 was a Sunday
  });

  test(`${LAW}, art. 5: 1 May, 7 May, 9 May (2016: Sun 1 May → Mon 2; Sat 7 May → Tue 10, past Victory Day)`, () => {
    off("2016-05-02");
    off("2016-05-09");
    off("2016-05-10");
    on("2016-05-11");
    off("2023-05-08"); // 7 May 2023 was a Sunday
    off("2023-05-09");
  });

  test(`${LAW}, art. 5: Capital Day 6 July (2019 on Saturday → Monday 8 July off)`, () => {
    off("2019-07-08");
    on("2019-07-09");
  });

  test(`${LAW}, art. 5: Constitution Day 30 August until 2025 (2025: Saturday → Monday 1 September off)`, () => {
    off("2023-08-30");
    off("2025-09-01");
  });

  test("Constitution of the RK adopted at the referendum of 15.03.2026: 30 August is not a holiday from 2026 (Mon 31 Aug 2026 works), 15 March is from 2027", () => {
    on("2026-08-31");
    on("2026-03-16");
    off("2027-03-15");
  });

  test(`${LAW} as amended in 2022: Republic Day 25 October is a non-working holiday again from 2022`, () => {
    on("2021-10-25");
    off("2022-10-25");
    off("2023-10-25");
    off("2025-10-27"); // 25 Oct 2025 was a Saturday
    off("2026-10-26"); // 25 Oct 2026 is a Sunday
  });

  test(`${LAW} as amended in 2022: First President Day 1 December until 2021 only`, () => {
    off("2021-12-01");
    on("2022-12-01");
    off("2019-12-02"); // 1 Dec 2019 was a Sunday
  });

  test(`${LAW} as amended in 2022: Independence Day 16–17 December until 2021, 16 December only from 2022`, () => {
    off("2021-12-16");
    off("2021-12-17");
    off("2016-12-19"); // 17 Dec 2016 was a Saturday
    off("2017-12-18"); // 16–17 Dec 2017 were Saturday and Sunday
    off("2017-12-19");
    off("2022-12-16");
    on("2022-12-19"); // 17 Dec 2022 (Saturday) is no longer a holiday: no day off on Monday
    off("2023-12-18"); // 16 Dec 2023 was a Saturday
    on("2023-12-19");
  });

  test(`${LAW}, art. 5: the first day of Kurban Ait is non-working and is not moved when it falls on a day off`, () => {
    const dates: Record<number, string> = {
      2015: "2015-09-24",
      2016: "2016-09-12",
      2017: "2017-09-01",
      2018: "2018-08-21",
      2019: "2019-08-11",
      2020: "2020-07-31",
      2021: "2021-07-20",
      2022: "2022-07-09",
      2023: "2023-06-28",
      2024: "2024-06-16",
      2025: "2025-06-06",
      2026: "2026-05-27",
    };
    for (const [year, date] of Object.entries(dates)) {
      off(date);
      assert.ok(
        cal.day(date).reasons.some((r) => r.ref === "kurban-ait"),
        `${year}: ${date} should be Kurban Ait`,
      );
    }
    on("2019-08-12"); // Sunday 11 Aug 2019: not moved
    on("2022-07-11"); // Saturday 9 Jul 2022: not moved
    on("2024-06-17"); // Sunday 16 Jun 2024: not moved
  });

  test("five-day week: 2026 has 247 working days (246 in the calendar published in December 2025, plus 31 August); 2024 has 249", () => {
    assert.equal(cal.workingDaysInYear(2026), 247);
    assert.equal(cal.workingDaysInYear(2024), 249);
  });
});

describe("transfers of days off (Labour Code art. 85 p. 3), one test per act", () => {
  test("2015: no transfer of days off; every Saturday and Sunday is a day off", () => {
    assert.equal(
      cal.year(2015).filter((d) => d.reasons.some((r) => r.kind.startsWith("transfer"))).length,
      0,
    );
    for (let d = new Date("2015-01-01"); d.getUTCFullYear() === 2015; d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() === 0 || d.getUTCDay() === 6) off(d.toISOString().slice(0, 10));
    }
  });

  test("Government decree of 2016 No. 67 [Adilet P1600000067; date not verified]: Sat 5 March 2016 works, Mon 7 March is a day off", () => {
    on("2016-03-05");
    off("2016-03-07");
  });

  test('Government decree of 2017 No. 5 "О переносе дней отдыха в 2017 году": Sat 18 March → Mon 20 March, Sat 1 July → Fri 7 July', () => {
    on("2017-03-18");
    off("2017-03-20");
    on("2017-07-01");
    off("2017-07-07");
  });

  test('Government decree of 2017 No. 864 "О переносе дней отдыха в 2018 году": five Saturdays moved (3 Mar, 28 Apr, 5 May, 25 Aug, 29 Dec)', () => {
    for (const [w, d] of [
      ["2018-03-03", "2018-03-09"],
      ["2018-04-28", "2018-04-30"],
      ["2018-05-05", "2018-05-08"],
      ["2018-08-25", "2018-08-31"],
      ["2018-12-29", "2018-12-31"],
    ] as const) {
      on(w);
      off(d);
    }
  });

  test("Government decree of 2018 No. 888 [Adilet P1800000888]: Sat 4 May 2019 works, Fri 10 May is a day off", () => {
    on("2019-05-04");
    off("2019-05-10");
  });

  test('Government decree of 2019 No. 820 "О переносе дней отдыха в 2020 году": Sun 5 Jan, Mon 11 May, Sun 20 Dec work; Fri 3 Jan, Fri 8 May, Fri 18 Dec are days off', () => {
    for (const d of ["2020-01-05", "2020-05-11", "2020-12-20"]) on(d);
    for (const d of ["2020-01-03", "2020-05-08", "2020-12-18"]) off(d);
  });

  test("Government decree of 2020 No. 930 [Adilet P2000000930]: Sat 3 July 2021 works, Mon 5 July is a day off", () => {
    on("2021-07-03");
    off("2021-07-05");
  });

  test('Government decree of 06.10.2021 No. 713 "О переносе дней отдыха в 2022 году": Sat 5 March → Mon 7 March, Sat 27 August → Mon 29 August', () => {
    on("2022-03-05");
    off("2022-03-07");
    on("2022-08-27");
    off("2022-08-29");
  });

  test("Government decree of 2022 No. 796 amending decree No. 713: Sat 22 October 2022 works, Mon 24 October is a day off", () => {
    on("2022-10-22");
    off("2022-10-24");
  });

  test('Government decree of 25.04.2023 No. 326 "О переносе дня отдыха в 2023 году": Sat 1 July works, Fri 7 July is a day off', () => {
    on("2023-07-01");
    off("2023-07-07");
  });

  test('Order of the Minister of Labour and Social Protection "О переносе дня отдыха в 2024 году" (number not verified): Sat 4 May works, Wed 8 May is a day off', () => {
    on("2024-05-04");
    off("2024-05-08");
  });

  test("Order of the Minister of Labour and Social Protection of late 2024 (number not verified): Sun 5 January 2025 works, Fri 3 January is a day off", () => {
    on("2025-01-05");
    off("2025-01-03");
  });

  test("2026: no transfer of days off (as of November 2026)", () => {
    assert.equal(
      cal.year(2026).filter((d) => d.reasons.some((r) => r.kind.startsWith("transfer"))).length,
      0,
    );
  });

  test("every transfer row cites an act; rows whose citation is not verified say so", () => {
    for (const t of builtinCalendarData().transfers) {
      assert.ok(t.act.number !== null || !t.certain, `${t.id}: an act without a number cannot be 'certain'`);
      if (!t.certain) assert.ok(t.note.length > 0, `${t.id}: an uncertain citation needs a note`);
    }
  });
});

describe("six-day week (State Corporation: Monday–Saturday)", () => {
  test(`${LAW}, art. 5: a holiday on Saturday is simply non-working (no shift); a holiday on Sunday moves to the next working day`, () => {
    off("2026-05-09", "state-corporation");
    on("2026-05-11", "state-corporation");
    // Nauryz 2026: Sat 21 (holiday), Sun 22 (holiday on a day off → Tue 24), Mon 23 (holiday).
    for (const d of ["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24"]) off(d, "state-corporation");
    on("2026-03-25", "state-corporation");
  });

  test("transfers of days off apply to the five-day week only: ЦОН works on Fri 8 May 2024 and Fri 7 July 2023", () => {
    on("2024-05-04", "state-corporation");
    on("2024-05-08", "state-corporation");
    on("2023-07-07", "state-corporation");
    on("2025-01-03", "state-corporation");
    off("2025-01-05", "state-corporation"); // a Sunday
  });
});

describe("date-holidays (KZ) checked against the law", () => {
  // Where date-holidays disagrees, it is wrong: it puts the day off for a
  // weekend holiday on a day that is itself a holiday (Nauryz 2015/2020/2021/2026,
  // May 2016/2022), computes Kurban Ait one day early in 2015 and 2016, and has
  // Constitution Day on 15 March already in 2026.
  const DIFFERENCES: Record<number, { onlyTheirs: string[]; onlyOurs: string[] }> = {
    2015: { onlyTheirs: ["2015-09-23"], onlyOurs: ["2015-03-25", "2015-09-24"] },
    2016: { onlyTheirs: ["2016-09-11"], onlyOurs: ["2016-05-10", "2016-09-12"] },
    2020: { onlyTheirs: [], onlyOurs: ["2020-03-25"] },
    2021: { onlyTheirs: [], onlyOurs: ["2021-03-24"] },
    2022: { onlyTheirs: [], onlyOurs: ["2022-05-10"] },
    2026: { onlyTheirs: ["2026-03-15", "2026-03-16"], onlyOurs: ["2026-03-25"] },
  };

  test("statutory holidays and weekend shifts agree with date-holidays for 2015–2026, except the documented errors", () => {
    const hd = new Holidays("KZ");
    for (let y = 2015; y <= 2026; y++) {
      const theirs = new Set(
        hd
          .getHolidays(y)
          .filter((h) => h.type === "public")
          .map((h) => h.date.slice(0, 10)),
      );
      const ours = new Set(
        cal
          .year(y)
          .filter((d) => d.reasons.some((r) => r.kind === "holiday" || r.kind === "substitute"))
          .map((d) => d.date),
      );
      const expected = DIFFERENCES[y] ?? { onlyTheirs: [], onlyOurs: [] };
      assert.deepEqual(
        [...theirs].filter((d) => !ours.has(d)).sort(),
        expected.onlyTheirs,
        `${y}: days only date-holidays has`,
      );
      assert.deepEqual(
        [...ours].filter((d) => !theirs.has(d)).sort(),
        expected.onlyOurs,
        `${y}: days only the law (as encoded here) has`,
      );
    }
  });
});

describe("data validation (administrator's override)", () => {
  const base = builtinCalendarData();
  const row = {
    id: "2027-x",
    workingDay: "2027-01-09",
    dayOff: "2027-01-08",
    act: {
      issuer: "ministry-of-labour",
      kind: "order",
      number: null,
      date: null,
      title: null,
      registry: null,
    },
    certain: false,
    note: "test",
  };

  test("an override adds next year's transfer", () => {
    const c = new Calendar(mergeCalendarData(base, parseCalendarOverride({ transfers: [row] })));
    assert.equal(c.isWorkingDay("2027-01-09"), true);
    assert.equal(c.isWorkingDay("2027-01-08"), false);
  });

  test("a transfer that makes a holiday a working day is refused with CALENDAR_BAD_DATA", () => {
    const bad = { ...row, workingDay: "2027-01-07", dayOff: "2027-01-08" };
    assert.throws(
      () => new Calendar(mergeCalendarData(base, parseCalendarOverride({ transfers: [bad] }))),
      (e: unknown) => e instanceof CalendarError && e.code === "CALENDAR_BAD_DATA",
    );
  });

  test("a transfer in a year without data is refused; a malformed row is refused", () => {
    assert.throws(
      () =>
        new Calendar(
          mergeCalendarData(
            base,
            parseCalendarOverride({
              transfers: [{ ...row, workingDay: "2028-01-08", dayOff: "2028-01-07" }],
            }),
          ),
        ),
      (e: unknown) => e instanceof CalendarError && e.code === "CALENDAR_BAD_DATA",
    );
    assert.throws(
      () => parseCalendarOverride({ transfers: [{ ...row, dayOff: "2027-02-30" }] }),
      (e: unknown) => e instanceof CalendarError && e.code === "CALENDAR_BAD_DATA",
    );
  });

  test("an override extends the calendar to 2028 with its Kurban Ait date", () => {
    const c = new Calendar(
      mergeCalendarData(
        base,
        parseCalendarOverride({ kurbanAit: [{ year: 2028, date: "2028-05-05", source: "test" }] }),
      ),
    );
    assert.equal(c.lastYear, 2028);
    assert.equal(c.isWorkingDay("2028-05-05"), false);
  });
});
