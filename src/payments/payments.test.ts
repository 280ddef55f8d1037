import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { kzIban } from "../core/bank-account.ts";
import { nextIin } from "../iin/iin.ts";
import type { Store } from "../store/store.ts";
import { openTestStore } from "../store/testing.ts";
import {
  assignPayment,
  endGround,
  MRP_BY_YEAR,
  registerCsv,
  registerLines,
  registerXml,
  runMonth,
  setCoefficient,
} from "./index.ts";

const AT = new Date("2026-03-10T06:00:00Z");
const t3 = (s: string) => JSON.stringify({ kk: s, ru: s, en: s });
const BIC = "HSBKKZKX";

describe("payments", () => {
  let store: Store;
  before(async () => {
    store = await openTestStore();
    await store.admin
      .insertInto("regions")
      .values({ code: "abai", kato: "100000000", name: t3("abai") })
      .execute();
    await setCoefficient(store.db, {
      type: "guardian-allowance",
      effectiveFrom: "2015-01-01",
      coefficient: 10,
      source: "administrator order No. 1 (test)",
      setBy: "admin",
      at: AT,
    });
  });
  after(async () => store.close());

  it("the МРП table covers 2015–2026, each row naming its budget law and marked unverified", () => {
    assert.deepEqual(
      MRP_BY_YEAR.map((r) => r.year),
      [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
    );
    for (const r of MRP_BY_YEAR) assert.match(r.law, /^Law on the republican budget/);
  });

  it("the monthly run is idempotent (twice, and two at once), pays arrears, stops at the 18th birthday, amounts = coefficient × МРП of the year", async () => {
    const child = nextIin({ birthDate: "2008-05-10", sex: "f", serial: 3 }).iin;
    const recipient = nextIin({ birthDate: "1970-01-01", sex: "f", serial: 4 }).iin;
    const a = await assignPayment(store.db, {
      type: "guardian-allowance",
      caseId: null,
      recipientIin: recipient,
      recipientName: "Guardian, A",
      childIin: child,
      childBirthDate: "2008-05-10",
      regionCode: "abai",
      bankBic: BIC,
      account: kzIban("601", "0000000000678"),
      startsOn: "2025-12-15",
      termEndsOn: null,
      at: AT,
    });
    const [r1, r2] = await Promise.all([
      runMonth(store.db, "2026-03", AT),
      runMonth(store.db, "2026-03", AT),
    ]);
    assert.equal((r1?.accrued ?? 0) + (r2?.accrued ?? 0), 4); // Dec 2025 (arrears), Jan, Feb, Mar 2026
    const again = await runMonth(store.db, "2026-03", AT);
    assert.equal(again.accrued, 0);
    const rows = await store.db
      .selectFrom("payment_accruals")
      .selectAll()
      .where("assignment_id", "=", a.id)
      .orderBy("for_month")
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.for_month, Number(r.amount_tiyn), r.arrears]),
      [
        ["2025-12", 10 * 3932 * 100, true],
        ["2026-01", 10 * 4325 * 100, true],
        ["2026-02", 10 * 4325 * 100, true],
        ["2026-03", 10 * 4325 * 100, false],
      ],
    );
    // She turns 18 on 10 May 2026: May is paid, June is not.
    await runMonth(store.db, "2026-04", AT);
    const may = await runMonth(store.db, "2026-05", AT);
    assert.equal(may.accrued, 1);
    const june = await runMonth(store.db, "2026-06", AT);
    assert.equal(june.accrued, 0);
    const lines = await registerLines(store.db, "2026-03", BIC);
    assert.equal(lines.length, 4);
    const csv = registerCsv(lines);
    assert.match(csv, /^recipient_iin,recipient_name,account,payment_type,for_month,kind,amount_kzt\n/);
    assert.match(csv, /"Guardian, A"/);
    assert.match(
      registerXml("2026-03", BIC, lines),
      /<PaymentRegister month="2026-03" bankBic="HSBKKZKX" count="4" total="169070.00" currency="KZT">/,
    );
  });

  it("a ground recorded late ends payments and recovers the months paid after it, once", async () => {
    const child = nextIin({ birthDate: "2015-01-01", sex: "m", serial: 5 }).iin;
    const recipient = nextIin({ birthDate: "1975-01-01", sex: "m", serial: 6 }).iin;
    const a = await assignPayment(store.db, {
      type: "guardian-allowance",
      caseId: null,
      recipientIin: recipient,
      recipientName: "B",
      childIin: child,
      childBirthDate: "2015-01-01",
      regionCode: "abai",
      bankBic: BIC,
      account: kzIban("601", "0000000000679"),
      startsOn: "2026-01-01",
      termEndsOn: null,
      at: AT,
    });
    await runMonth(store.db, "2026-03", AT);
    await endGround(store.db, a.id, "2026-01-20");
    const r = await runMonth(store.db, "2026-04", AT);
    assert.equal(r.recovered, 2);
    assert.equal((await runMonth(store.db, "2026-04", AT)).recovered, 0);
    const sum = await store.db
      .selectFrom("payment_accruals")
      .select("amount_tiyn")
      .where("assignment_id", "=", a.id)
      .execute();
    assert.equal(
      sum.reduce((s, x) => s + Number(x.amount_tiyn), 0),
      10 * 4325 * 100,
    );
  });

  it("a payment type without a configured coefficient is not paid and is reported", async () => {
    const recipient = nextIin({ birthDate: "1990-01-01", sex: "m", serial: 7 }).iin;
    const a = await assignPayment(store.db, {
      type: "rural-specialist-fuel-assistance",
      caseId: null,
      recipientIin: recipient,
      recipientName: "C",
      childIin: null,
      childBirthDate: null,
      regionCode: "abai",
      bankBic: BIC,
      account: kzIban("601", "0000000000670"),
      startsOn: "2026-03-01",
      termEndsOn: "2026-12-31",
      at: AT,
    });
    const r = await runMonth(store.db, "2026-03", AT);
    assert.ok(r.unconfigured.includes(a.id));
  });
});
