import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { kzIban } from "../core/bank-account.ts";
import { nextIin } from "../iin/iin.ts";
import { seedOrganisation } from "../org/index.ts";
import { assignPayment } from "../payments/index.ts";
import { migrate, openStore } from "../store/index.ts";
import type { Io } from "./io.ts";
import { main } from "./main.ts";

function captureIo(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
}

describe("qyzmet payments (CLI)", () => {
  let dir: string;
  const IBAN = kzIban("601", "0000000000042");
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "qyzmet-pay-"));
    const store = await openStore({ dataDir: dir });
    await migrate(store);
    await seedOrganisation(store.db, { population: { count: 0 } });
    await assignPayment(store.db, {
      type: "guardian-allowance",
      caseId: null,
      recipientIin: nextIin({ birthDate: "1979-03-03", sex: "f", serial: 11 }).iin,
      recipientName: "Guardian, CLI",
      childIin: null,
      childBirthDate: "2014-02-02",
      regionCode: "astana",
      bankBic: "HSBKKZKX",
      account: IBAN,
      startsOn: "2026-02-10",
      termEndsOn: null,
      at: new Date("2026-03-01T06:00:00Z"),
    });
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const COEFFICIENT = [
    "--type",
    "guardian-allowance",
    "--from",
    "2020-01-01",
    "--value",
    "3",
    "--source",
    "Order No. 1",
  ];
  const run = async (...args: string[]) => {
    const io = captureIo();
    const code = await main(["payments", ...args, "--data-dir", dir], io);
    return { code, out: io.lines.join("\n") };
  };

  it("the run reports the type without a coefficient; an administrator sets one (a non-administrator is refused); the run then accrues with arrears, idempotently, in kk/ru/en; the register is CSV or XML", async () => {
    const first = await run("run", "--month", "2026-03");
    assert.equal(first.code, 0, first.out);
    assert.match(first.out, /unconfigured \(no coefficient\): 1/);
    const refused = await run("coefficient", "--as", "kzo-d01-edu.executor", ...COEFFICIENT);
    assert.equal(refused.code, 2);
    assert.match(refused.out, /PAYMENT_FORBIDDEN/);
    const set = await run("coefficient", "--as", "admin", ...COEFFICIENT);
    assert.equal(set.code, 0, set.out);
    assert.match((await run("coefficients")).out, /guardian-allowance\t2020-01-01\t3\tOrder No. 1\tadmin/);
    const paid = await run("run", "--month", "2026-03", "--lang", "ru");
    assert.match(paid.out, /начислено: 2/);
    assert.match(paid.out, /из них задолженность: 1/);
    assert.match(paid.out, /итого, тенге: 25950\.00/);
    const again = await run("run", "--month", "2026-03", "--json");
    assert.equal(JSON.parse(again.out).accrued, 0);
    const csv = await run("register", "--month", "2026-03", "--bic", "HSBKKZKX");
    assert.match(csv.out, /^recipient_iin,recipient_name,account,payment_type,for_month,kind,amount_kzt\n/);
    assert.match(
      csv.out,
      new RegExp(`"Guardian, CLI",${IBAN},guardian-allowance,2026-02,regular,12975\\.00`),
    );
    const file = join(dir, "register.xml");
    const xml = await run(
      "register",
      "--month",
      "2026-03",
      "--bic",
      "HSBKKZKX",
      "--format",
      "xml",
      "--out",
      file,
    );
    assert.equal(xml.code, 0);
    assert.match(readFileSync(file, "utf8"), /count="2" total="25950\.00"/);
    const report = await run("report", "--as", "admin", "--json");
    assert.deepEqual(
      JSON.parse(report.out).map((r: { month: string; payments: number }) => [r.month, r.payments]),
      [
        ["2026-02", 1],
        ["2026-03", 1],
      ],
    );
  });

  it("bad input is a typed error with exit code 2 and changes nothing", async () => {
    const bad = await run("run", "--month", "2026-13");
    assert.equal(bad.code, 2);
    assert.match(bad.out, /PAYMENT_BAD_INPUT/);
    const format = await run("register", "--month", "2026-03", "--bic", "HSBKKZKX", "--format", "pdf");
    assert.equal(format.code, 2);
    const unknown = await run("nope");
    assert.equal(unknown.code, 2);
    assert.match(unknown.out, /CLI_USAGE/);
  });
});
