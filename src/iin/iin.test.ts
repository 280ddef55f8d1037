/**
 * IIN and BIN: worked examples of the check digit (the rules for assigning
 * identification numbers: weights 1…11, then 3…11, 1, 2; a second 10 means the
 * number is not issued), and properties over generated numbers.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { isQyzmetError } from "../core/errors.ts";
import {
  BIN_ATTRIBUTES,
  BIN_ENTITY_TYPES,
  type BinAttribute,
  type BinEntityType,
  checkDigit,
  checkPass,
  iinCheckDigit,
  isValidBin,
  isValidIin,
  makeBin,
  makeIin,
  nextBin,
  nextIin,
  parseBin,
  parseIin,
  type Sex,
} from "./index.ts";

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isQyzmetError(error)) {
      assert.equal(error.status, 400);
      for (const lang of ["kk", "ru", "en"] as const) assert.ok(error.messages[lang].length > 10);
      return error.code;
    }
    throw error;
  }
  return "no error";
}

const RUNS = { numRuns: 500 };
const DAY_MS = 86_400_000;
const birthDate = fc
  .integer({ min: Date.UTC(1800, 0, 1) / DAY_MS, max: Date.UTC(2099, 11, 31) / DAY_MS })
  .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
const sex = fc.constantFrom<Sex>("m", "f");
const validIin = fc
  .record({ birthDate, sex, serial: fc.integer({ min: 0, max: 9999 }) })
  .map((parts) => nextIin({ ...parts, serial: Math.min(parts.serial, 9990) }).iin);
const binParts = fc.record({
  year: fc.integer({ min: 1995, max: 2099 }),
  month: fc.integer({ min: 1, max: 12 }),
  entityType: fc.constantFrom<BinEntityType>(...Object.values(BIN_ENTITY_TYPES)),
  attribute: fc.constantFrom<BinAttribute>(...Object.values(BIN_ATTRIBUTES)),
  serial: fc.integer({ min: 0, max: 99_990 }),
});
const validBin = binParts.map((p) => nextBin(p).bin);

/** Every number that differs from `s` in exactly one digit. */
function singleDigitChanges(s: string): { changed: string; position: number }[] {
  const out: { changed: string; position: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) === s[i]) continue;
      out.push({ changed: `${s.slice(0, i)}${d}${s.slice(i + 1)}`, position: i + 1 });
    }
  }
  return out;
}

/**
 * The blind spots of the check digit: a change of the digit whose weight is
 * 11 ≡ 0 (mod 11) in the deciding pass (the 11th in the first pass, the 9th in
 * the second), or a change that moves the number from one pass to the other.
 */
function inBlindSpot(original: string, changed: string, position: number): boolean {
  const before = checkPass(original.slice(0, 11));
  if (position === 12) return false;
  const after = checkPass(changed.slice(0, 11));
  if (before !== after) return true;
  return (before === 1 && position === 11) || (before === 2 && position === 9);
}

describe("IIN check digit (rules for assigning identification numbers)", () => {
  it("first pass: 9·1+0·2+0·3+1·4+0·5+1·6+3·7+0·8+0·9+0·10+1·11 = 51 ≡ 7 (mod 11)", () => {
    assert.equal(iinCheckDigit("90010130001"), 7);
    assert.ok(isValidIin("900101300017"));
    assert.equal(checkPass("90010130001"), 1);
  });

  it("second pass when the first gives 10: 208 ≡ 10, then 3·8+4·5+…+1·8+2·0 = 202 ≡ 4", () => {
    assert.equal(checkPass("85080830180"), 2);
    assert.equal(iinCheckDigit("85080830180"), 4);
    assert.ok(isValidIin("850808301804"));
  });

  it("10 in both passes: no IIN is issued; every 12th digit is rejected, generation skips the serial", () => {
    // 85080830183: first pass 241 ≡ 10, second pass 208 ≡ 10.
    assert.equal(iinCheckDigit("85080830183"), null);
    for (let k = 0; k <= 9; k++)
      assert.equal(
        code(() => parseIin(`85080830183${k}`)),
        "IIN_BAD_CHECKSUM",
      );
    assert.equal(
      code(() => makeIin({ birthDate: "1985-08-08", sex: "m", serial: 183 })),
      "IIN_NOT_ISSUABLE",
    );
    const next = nextIin({ birthDate: "1985-08-08", sex: "m", serial: 183 });
    assert.equal(next.serial, 184);
    assert.ok(isValidIin(next.iin));
  });
});

describe("parseIin", () => {
  it("decodes date of birth, sex, century and serial", () => {
    assert.deepEqual(parseIin("900101300017"), {
      iin: "900101300017",
      birthDate: "1990-01-01",
      sex: "m",
      century: 20,
      centuryDigit: 3,
      serial: 1,
      checkDigit: 7,
    });
    const girl = makeIin({ birthDate: "2015-03-08", sex: "f", serial: 42 });
    assert.equal(girl[6], "6");
    assert.equal(parseIin(girl).sex, "f");
    assert.equal(parseIin(girl).century, 21);
    const old = makeIin({ birthDate: "1899-12-31", sex: "f", serial: 7 });
    assert.equal(old[6], "2");
    assert.equal(parseIin(old).birthDate, "1899-12-31");
  });

  it("rejects malformed input with IIN_BAD_FORMAT", () => {
    for (const bad of ["", "12345678901", "1234567890123", "90010130001a", " 900101300017", "900101000017"]) {
      assert.equal(
        code(() => parseIin(bad)),
        "IIN_BAD_FORMAT",
        bad,
      );
    }
    // 7th digit 7–9
    assert.equal(
      code(() => parseIin("900101700017")),
      "IIN_BAD_FORMAT",
    );
  });

  it("rejects dates that do not exist with IIN_BAD_DATE (29 February only in leap years)", () => {
    assert.equal(
      code(() => parseIin("901301300010")),
      "IIN_BAD_DATE",
    );
    assert.equal(
      code(() => parseIin("900132300010")),
      "IIN_BAD_DATE",
    );
    assert.equal(
      code(() => parseIin("900229300010")),
      "IIN_BAD_DATE",
    ); // 1990
    assert.equal(
      code(() => parseIin("000229300010")),
      "IIN_BAD_DATE",
    ); // 1900: not a leap year
    assert.ok(isValidIin(makeIin({ birthDate: "2000-02-29", sex: "m", serial: 1 })));
    assert.equal(
      code(() => makeIin({ birthDate: "1990-02-29", sex: "m", serial: 1 })),
      "IIN_BAD_DATE",
    );
  });

  it("a wrong 12th digit is IIN_BAD_CHECKSUM", () => {
    assert.equal(
      code(() => parseIin("900101300018")),
      "IIN_BAD_CHECKSUM",
    );
  });

  it("messages do not repeat the number (an IIN is personal data)", () => {
    try {
      parseIin("900101300018");
      assert.fail("expected an error");
    } catch (error) {
      assert.ok(isQyzmetError(error));
      for (const text of Object.values(error.messages)) assert.ok(!text.includes("900101300018"));
    }
  });
});

describe("IIN properties", () => {
  it("every generated number validates and round-trips through parse and make", () => {
    fc.assert(
      fc.property(validIin, (iin) => {
        const p = parseIin(iin);
        assert.equal(makeIin({ birthDate: p.birthDate, sex: p.sex, serial: p.serial }), iin);
      }),
      RUNS,
    );
  });

  it("make then parse gives back the parts (or IIN_NOT_ISSUABLE exactly when both passes give 10)", () => {
    fc.assert(
      fc.property(birthDate, sex, fc.integer({ min: 0, max: 9999 }), (b, s, serial) => {
        let iin: string;
        try {
          iin = makeIin({ birthDate: b, sex: s, serial });
        } catch (error) {
          assert.ok(isQyzmetError(error) && error.code === "IIN_NOT_ISSUABLE");
          const digit =
            s === "m" ? (b < "1900" ? 1 : b < "2000" ? 3 : 5) : b < "1900" ? 2 : b < "2000" ? 4 : 6;
          const first11 = `${b.slice(2, 4)}${b.slice(5, 7)}${b.slice(8, 10)}${digit}${String(serial).padStart(4, "0")}`;
          assert.equal(checkDigit(first11), null);
          return;
        }
        const p = parseIin(iin);
        assert.deepEqual([p.birthDate, p.sex, p.serial], [b, s, serial]);
      }),
      RUNS,
    );
  });

  it("a single-digit change is detected everywhere outside the algorithm's blind spots", () => {
    fc.assert(
      fc.property(validIin, (iin) => {
        for (const { changed, position } of singleDigitChanges(iin)) {
          if (inBlindSpot(iin, changed, position)) continue;
          assert.equal(isValidIin(changed), false, `${iin} → ${changed}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the blind spots are real: the 11th digit has weight 11 ≡ 0 in the first pass", () => {
    // 900101300017 is decided by the first pass; its 11th digit can change freely.
    assert.ok(isValidIin("900101300027"));
    // So about one single-digit change in eleven passes unseen (the 9 other values of the
    // 11th digit among the 108 changes of a number); the rest are caught: ~91 %.
    let total = 0;
    let caught = 0;
    fc.assert(
      fc.property(validIin, (iin) => {
        for (const { changed } of singleDigitChanges(iin)) {
          total++;
          if (!isValidIin(changed)) caught++;
        }
      }),
      { numRuns: 200 },
    );
    assert.ok(caught / total > 0.88 && caught / total < 0.95, `${caught}/${total}`);
  });
});

describe("BIN", () => {
  it("decodes registration month, type, attribute and serial", () => {
    const bin = makeBin({
      year: 2008,
      month: 4,
      entityType: "resident_legal_entity",
      attribute: "branch",
      serial: 123,
    });
    assert.equal(bin.slice(0, 11), "08044100123");
    assert.deepEqual(parseBin(bin), {
      bin,
      registrationYy: 8,
      registrationMonth: 4,
      entityType: "resident_legal_entity",
      attribute: "branch",
      serial: 123,
      checkDigit: Number(bin[11]),
    });
  });

  it("rejects a bad month, type, attribute and check digit", () => {
    const good = nextBin({
      year: 2010,
      month: 1,
      entityType: "resident_legal_entity",
      attribute: "head_office",
      serial: 5,
    }).bin;
    assert.equal(
      code(() => parseBin(`10${"13"}${good.slice(4)}`)),
      "BIN_BAD_DATE",
    );
    assert.equal(
      code(() => parseBin(`1000${good.slice(4)}`)),
      "BIN_BAD_DATE",
    );
    assert.equal(
      code(() => parseBin(`${good.slice(0, 4)}3${good.slice(5)}`)),
      "BIN_BAD_FORMAT",
    );
    assert.equal(
      code(() => parseBin(`${good.slice(0, 5)}7${good.slice(6)}`)),
      "BIN_BAD_FORMAT",
    );
    assert.equal(
      code(() => parseBin("12345")),
      "BIN_BAD_FORMAT",
    );
    const wrong = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    assert.equal(
      code(() => parseBin(wrong)),
      "BIN_BAD_CHECKSUM",
    );
  });

  it("generation skips serials on which no BIN is issued", () => {
    fc.assert(
      fc.property(binParts, (parts) => {
        const { bin, serial } = nextBin(parts);
        assert.ok(serial >= parts.serial);
        for (let s = parts.serial; s < serial; s++) {
          assert.equal(
            code(() => makeBin({ ...parts, serial: s })),
            "BIN_NOT_ISSUABLE",
          );
        }
        assert.equal(makeBin({ ...parts, serial }), bin);
      }),
      RUNS,
    );
  });

  it("every generated BIN validates and round-trips", () => {
    fc.assert(
      fc.property(validBin, (bin) => {
        const p = parseBin(bin);
        const again = makeBin({
          year: 2000 + p.registrationYy,
          month: p.registrationMonth,
          entityType: p.entityType,
          attribute: p.attribute,
          serial: p.serial,
        });
        assert.equal(again, bin);
      }),
      RUNS,
    );
  });

  it("a single-digit change is detected everywhere outside the algorithm's blind spots", () => {
    fc.assert(
      fc.property(validBin, (bin) => {
        for (const { changed, position } of singleDigitChanges(bin)) {
          if (inBlindSpot(bin, changed, position)) continue;
          assert.equal(isValidBin(changed), false, `${bin} → ${changed}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
