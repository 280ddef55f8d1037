import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { CalendarError } from "./errors.ts";
import { CALENDAR_FILE_ENV, loadCalendar } from "./load.ts";

const dir = mkdtempSync(join(tmpdir(), "qyzmet-calendar-"));
const write = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const badData = (e: unknown) => e instanceof CalendarError && e.code === "CALENDAR_BAD_DATA";

const override = {
  $comment: "next year's data, added by an administrator",
  kurbanAit: [{ year: 2027, date: "2027-05-17", estimated: false, source: "test: official date" }],
  transfers: [
    {
      id: "2027-test",
      workingDay: "2027-01-09",
      dayOff: "2027-01-08",
      act: {
        issuer: "ministry-of-labour",
        kind: "order",
        number: "1",
        date: "2026-11-01",
        title: "test",
        registry: null,
      },
      certain: true,
      note: "",
    },
  ],
  removeTransfers: ["2025-01-05"],
};

describe("administrator's override file (no release needed)", () => {
  test("a file given explicitly adds transfers, replaces a Kurban Ait date and removes a built-in row", () => {
    const cal = loadCalendar({ file: write("ok.json", JSON.stringify(override)), env: {} });
    assert.equal(cal.isWorkingDay("2027-01-09"), true);
    assert.equal(cal.isWorkingDay("2027-01-08"), false);
    assert.equal(cal.isWorkingDay("2027-05-17"), false);
    assert.equal(cal.isWorkingDay("2027-05-18"), true);
    assert.deepEqual(cal.provisionalYears, []);
    assert.equal(cal.isWorkingDay("2025-01-03"), true);
    assert.equal(cal.isWorkingDay("2025-01-05"), false);
  });

  test(`the ${CALENDAR_FILE_ENV} environment variable names the file when no option is given`, () => {
    const file = write("env.json", JSON.stringify(override));
    assert.equal(loadCalendar({ env: { [CALENDAR_FILE_ENV]: file } }).isWorkingDay("2027-01-09"), true);
    assert.equal(loadCalendar({ env: {} }).isWorkingDay("2027-01-09"), false);
  });

  test("a missing file, invalid JSON or an invalid row is CALENDAR_BAD_DATA", () => {
    assert.throws(() => loadCalendar({ file: join(dir, "missing.json"), env: {} }), badData);
    assert.throws(() => loadCalendar({ file: write("bad.json", "{ not json"), env: {} }), badData);
    assert.throws(
      () => loadCalendar({ file: write("row.json", JSON.stringify({ transfers: [{ id: "x" }] })), env: {} }),
      badData,
    );
  });
});
