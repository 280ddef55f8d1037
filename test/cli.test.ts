import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { main } from "../src/cli/main.ts";

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("qyzmet catalog (CLI)", () => {
  test("list prints a table of all 26 services with versions and channels, in the chosen language", async () => {
    const en = await run("catalog", "list");
    assert.equal(en.code, 0);
    const rows = en.out.split("\n");
    assert.match(rows[0]!, /^CODE\s+TITLE\s+VERSIONS\s+CHANNELS$/);
    assert.equal(rows.length, 27);
    assert.match(en.out, /guardianship-establishment .*kyzylorda-2018, national-2022/);
    const kk = await run("catalog", "list", "--lang", "kk");
    assert.match(kk.out, /қамқоршылық/);
  });

  test("show prints the standard and the procedure with sources", async () => {
    const r = await run(
      "catalog",
      "show",
      "guardianship-establishment",
      "--version",
      "national-2022",
      "--lang",
      "ru",
    );
    assert.equal(r.code, 0);
    assert.match(r.out, /Сроки:/);
    assert.match(r.out, /\[003 /);
  });

  test("export --format json prints the whole catalogue", async () => {
    const r = await run("catalog", "export", "--format", "json");
    assert.equal(r.code, 0);
    const data = JSON.parse(r.out) as Array<{ code: string; versions: unknown[] }>;
    assert.equal(data.length, 26);
  });

  test("export --format bpmn prints BPMN 2.0 XML", async () => {
    const r = await run(
      "catalog",
      "export",
      "--format",
      "bpmn",
      "foster-family-placement",
      "--version",
      "akmola-2019",
    );
    assert.equal(r.code, 0);
    assert.match(r.out, /^<\?xml/);
    assert.match(r.out, /<bpmndi:BPMNDiagram/);
  });

  test("lint exits 0 when only the acts' own contradictions remain", async () => {
    const r = await run("catalog", "lint");
    assert.equal(
      r.code,
      0,
      r.out
        .split("\n")
        .filter((l) => l.startsWith("error"))
        .slice(0, 10)
        .join("\n"),
    );
    assert.match(r.out, /0 error\(s\), \d+ warning\(s\)/);
  });

  test("resolve picks the regional regulation in its region and period, else the national rules", async () => {
    const regional = await run("catalog", "resolve", "foster-family-placement", "kyzylorda", "2019-03-01");
    assert.match(regional.out, /kyzylorda-2018/);
    const national = await run("catalog", "resolve", "foster-family-placement", "kyzylorda", "2024-03-01");
    assert.match(national.out, /national-2022/);
  });

  for (const [title, args, code] of [
    ["unknown service code", ["catalog", "show", "no-such-service"], "SERVICE_UNKNOWN"],
    ["unknown version", ["catalog", "show", "school-meals", "--version", "mars-2099"], "VERSION_UNKNOWN"],
    ["bad --format", ["catalog", "export", "--format", "yaml"], "CLI_USAGE"],
    ["missing --format", ["catalog", "export"], "CLI_USAGE"],
    ["bpmn without a code", ["catalog", "export", "--format", "bpmn"], "CLI_USAGE"],
    ["unknown option", ["catalog", "list", "--colour"], "CLI_USAGE"],
    ["unknown language", ["catalog", "list", "--lang", "de"], "CLI_USAGE"],
    ["unknown sub-command", ["catalog", "frobnicate"], "CLI_USAGE"],
    ["unknown region", ["catalog", "resolve", "school-meals", "atlantis", "2020-01-01"], "REGION_UNKNOWN"],
    ["malformed date", ["catalog", "resolve", "school-meals", "almaty", "2020-13-45"], "DATE_INVALID"],
    [
      "no version in force",
      ["catalog", "resolve", "school-meals", "almaty", "2016-01-01"],
      "VERSION_NOT_IN_FORCE",
    ],
  ] as const) {
    test(`wrong input — ${title} — gives a clear message and exit code 2`, async () => {
      const r = await run(...args);
      assert.equal(r.code, 2);
      assert.match(r.err, new RegExp(`\\[${code}\\]`));
      assert.equal(r.out, "");
    });
  }

  test("an unknown command exits 2 with the help", async () => {
    const r = await run("frobnicate");
    assert.equal(r.code, 2);
    assert.match(r.err, /Usage:/);
  });
});
