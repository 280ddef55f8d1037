import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { calendarCommand } from "./calendar-command.ts";

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await calendarCommand(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

describe("qyzmet calendar add", () => {
  test("prints exactly one line: the deadline as ISO 8601 local time with offset", async () => {
    const r = await run("add", "2026-03-20T10:00", "1", "working_days");
    assert.deepEqual(r, { code: 0, out: ["2026-03-26T18:30:00+05:00"], err: [] });
  });

  test("accepts the leading 'calendar' word, --schedule and unit aliases", async () => {
    assert.deepEqual(
      (await run("calendar", "add", "2026-03-20T19:00", "1", "wd", "--schedule", "portal")).out,
      ["2026-03-27T18:30:00+05:00"],
    );
    assert.deepEqual(
      (await run("add", "2026-02-28T19:30", "60", "minutes", "--schedule=state-corporation")).out,
      ["2026-03-02T09:30:00+05:00"],
    );
    assert.deepEqual((await run("add", "2024-05-03T10:00", "1", "working-days")).out, [
      "2024-05-04T18:30:00+05:00",
    ]);
  });

  for (const [title, args, code] of [
    ["a malformed date", ["add", "2024-02-30T10:00", "1", "hours"], "CALENDAR_BAD_DATE"],
    ["a date with an offset", ["add", "2024-05-03T10:00+05:00", "1", "hours"], "CALENDAR_BAD_DATE"],
    ["an unknown unit", ["add", "2024-05-03T10:00", "1", "weeks"], "CALENDAR_BAD_UNIT"],
    ["a negative value", ["add", "2024-05-03T10:00", "-1", "hours"], "CALENDAR_BAD_VALUE"],
    ["a year before 2015", ["add", "2014-05-03T10:00", "1", "hours"], "CALENDAR_OUT_OF_RANGE"],
    [
      "an unknown schedule",
      ["add", "2024-05-03T10:00", "1", "hours", "--schedule", "office"],
      "CALENDAR_BAD_SCHEDULE",
    ],
    ["missing arguments", ["add", "2024-05-03T10:00"], "CALENDAR_BAD_ARGS"],
    ["an unknown option", ["add", "2024-05-03T10:00", "1", "hours", "--fast"], "CALENDAR_BAD_ARGS"],
  ] as const) {
    test(`${title} exits 2 with ${code}`, async () => {
      const r = await run(...args);
      assert.equal(r.code, 2);
      assert.deepEqual(r.out, []);
      assert.ok(r.err[0]?.startsWith(`${code}: `), r.err.join("\n"));
    });
  }

  test("--lang ru gives the Russian message", async () => {
    const r = await run("add", "2024-05-03T10:00", "1", "weeks", "--lang", "ru");
    assert.match(r.err[0] ?? "", /^CALENDAR_BAD_UNIT: Неизвестная единица срока/);
  });

  test("--calendar-file supplies next year's transfers", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "qyzmet-cli-")), "override.json");
    writeFileSync(
      file,
      JSON.stringify({
        transfers: [
          {
            id: "t",
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
          },
        ],
      }),
    );
    const r = await run("add", "2027-01-06T10:00", "1", "working_days", "--calendar-file", file);
    assert.equal(r.code, 0);
    assert.deepEqual(r.out, ["2027-01-09T18:30:00+05:00"]);
  });
});

describe("qyzmet calendar year", () => {
  test("lists every non-working day and every transferred working day with its source", async () => {
    const r = await run("year", "2018");
    assert.equal(r.code, 0);
    assert.match(r.out[0] ?? "", /^# 2018, schedule provider \(five-day week\): \d+ working days$/);
    const line = (date: string) => r.out.filter((l) => l.startsWith(date)).join("\n");
    assert.match(line("2018-03-03"), /working +transfer-working .*Government decree No\. 864/);
    assert.match(line("2018-03-09"), /non-working transfer-day-off .*No\. 864/);
    assert.match(line("2018-03-08"), /non-working holiday +International Women's Day — Law/);
    assert.match(line("2018-08-21"), /Kurban Ait/);
    assert.equal(line("2018-03-10"), ""); // an ordinary Saturday is not listed
  });

  test("--json and --all", async () => {
    const r = await run("year", "2026", "--json", "--all");
    const parsed = JSON.parse(r.out.join("\n")) as { workingDays: number; days: { date: string }[] };
    assert.equal(parsed.workingDays, 247);
    assert.equal(parsed.days.length, 365 - 247);
  });

  test("a year before 2015 or a malformed year exits 2", async () => {
    assert.equal((await run("year", "2014")).code, 2);
    assert.equal((await run("year", "26")).code, 2);
    assert.equal((await run("frobnicate")).code, 2);
    assert.equal((await run()).code, 2);
    assert.equal((await run("--help")).code, 0);
  });
});
