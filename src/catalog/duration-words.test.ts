import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { numbersIn, textStates, unitsIn } from "./duration-words.ts";

describe("durations read back from the acts' words", () => {
  test("Kazakh number words, including compounds (002: «он бес минуттан аспайды»)", () => {
    assert.deepEqual(numbersIn("он бес минуттан аспайды"), [15]);
    assert.deepEqual(numbersIn("жиырма минут"), [20]);
    assert.deepEqual(numbersIn("бір сағаттан аспайды"), [1]);
    assert.deepEqual(numbersIn("отыз бес"), [35]);
  });

  test("digits with the number in words in brackets (003: «3 (үш) жұмыс күні»)", () => {
    assert.deepEqual(numbersIn("3 (үш) жұмыс күні"), [3, 3]);
    assert.deepEqual(unitsIn("3 (үш) жұмыс күні"), ["working_days"]);
    assert.ok(textStates("3 (үш) жұмыс күні", { value: 3, unit: "working_days" }));
    assert.ok(!textStates("3 (үш) жұмыс күні", { value: 3, unit: "calendar_days" }));
  });

  test("calendar days before or after the number (003: «күнтізбелік 30 күн», «30 күнтізбелік күн»)", () => {
    assert.ok(textStates("күнтізбелік 30 (отыз) күн", { value: 30, unit: "calendar_days" }));
    assert.ok(textStates("30 (отыз) күнтізбелік күн ішінде", { value: 30, unit: "calendar_days" }));
    assert.ok(!textStates("30 (отыз) күнтізбелік күн ішінде", { value: 30, unit: "working_days" }));
  });

  test("Russian words and declensions (004: «не более 30 минут», «2 (двух) календарных дней»)", () => {
    assert.ok(textStates("не более 30 минут", { value: 30, unit: "minutes" }));
    assert.ok(textStates("не более 2 (двух) календарных дней", { value: 2, unit: "calendar_days" }));
    assert.ok(textStates("в течение пятнадцати рабочих дней", { value: 15, unit: "working_days" }));
    assert.ok(textStates("один час", { value: 1, unit: "hours" }));
  });

  test("a bare 'day' matches either kind of day, but not hours or a different number", () => {
    assert.ok(textStates("10 күн ішінде", { value: 10, unit: "calendar_days" }));
    assert.ok(textStates("10 күн ішінде", { value: 10, unit: "working_days" }));
    assert.ok(!textStates("10 күн ішінде", { value: 10, unit: "hours" }));
    assert.ok(!textStates("он күн", { value: 12, unit: "calendar_days" }));
  });

  test("months (003: «1 (бір) күнтізбелік жыл» is not a month; «бір ай» is)", () => {
    assert.ok(textStates("бір ай ішінде", { value: 1, unit: "months" }));
    assert.ok(textStates("в течение одного месяца", { value: 1, unit: "months" }));
    assert.ok(!textStates("1 (бір) күнтізбелік жыл", { value: 1, unit: "months" }));
    assert.ok(!textStates("1 (бір) күнтізбелік жыл", { value: 1, unit: "calendar_days" }));
  });
});
