/**
 * Reads durations back out of the acts' own words, so that lint can check a
 * step's `{value, unit}` against its quote: "он бес минуттан аспайды",
 * "3 (үш) жұмыс күні", "күнтізбелік 10 күн", "не более 30 минут",
 * "2 (два) календарных дня".
 */
import type { Duration } from "./schema.ts";
import type { DurationUnit } from "./vocabulary.ts";

// biome-ignore format: number words read best as a table
const UNITS: Record<string, number> = {
  // Kazakh
  бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9,
  // Russian (with the oblique forms the acts use)
  один: 1, одного: 1, одной: 1, одна: 1, одну: 1, одним: 1,
  два: 2, двух: 2, две: 2, три: 3, трех: 3, четыре: 4, четырех: 4,
  пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9,
};
// biome-ignore format: number words read best as a table
const TEENS: Record<string, number> = {
  одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12, тринадцать: 13, тринадцати: 13,
  четырнадцать: 14, четырнадцати: 14, пятнадцать: 15, пятнадцати: 15, шестнадцать: 16, шестнадцати: 16,
  семнадцать: 17, семнадцати: 17, восемнадцать: 18, восемнадцати: 18, девятнадцать: 19, девятнадцати: 19,
};
// biome-ignore format: number words read best as a table
const TENS: Record<string, number> = {
  он: 10, жиырма: 20, отыз: 30, қырық: 40, елу: 50, алпыс: 60, жетпіс: 70, сексен: 80, тоқсан: 90,
  десять: 10, десяти: 10, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40,
  пятьдесят: 50, пятидесяти: 50, шестьдесят: 60, шестидесяти: 60,
};

export type UnitMention = DurationUnit | "day";

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[^0-9a-zа-яәғқңөұүһі]+/u)
    .filter((t) => t.length > 0);
}

/** Every number the text mentions, in digits or in Kazakh/Russian words. */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d+$/.test(w)) {
      found.push(Number(w));
    } else if (w in TENS) {
      const next = words[i + 1];
      const unit = next !== undefined ? UNITS[next] : undefined;
      if (unit !== undefined) {
        found.push(TENS[w]! + unit);
        i++;
      } else {
        found.push(TENS[w]!);
      }
    } else if (w in TEENS) {
      found.push(TEENS[w]!);
    } else if (w in UNITS) {
      found.push(UNITS[w]!);
    }
  }
  return found;
}

/** Every unit of time the text mentions. A bare "day" (күн, дней) is reported as "day". */
export function unitsIn(text: string): UnitMention[] {
  const found: UnitMention[] = [];
  const words = tokens(text);
  words.forEach((w, i) => {
    const prev = words[i - 1] ?? "";
    const prev2 = words[i - 2] ?? "";
    if (w.startsWith("минут")) found.push("minutes");
    else if (w.startsWith("сағат") || w.startsWith("час")) found.push("hours");
    else if (/^(ай|айға|айдан|айы|айын|айлық)$/.test(w) || w.startsWith("месяц")) found.push("months");
    else if (/^күн/.test(w) && !w.startsWith("күнтізбе")) {
      if (prev === "жұмыс" || prev2 === "жұмыс") found.push("working_days");
      else if (prev.startsWith("күнтізбе") || prev2.startsWith("күнтізбе")) found.push("calendar_days");
      else found.push("day");
    } else if (/^(дн|день|дня)/.test(w)) {
      if (prev.startsWith("рабоч") || prev2.startsWith("рабоч")) found.push("working_days");
      else if (prev.startsWith("календар") || prev2.startsWith("календар")) found.push("calendar_days");
      else found.push("day");
    } else if (w.startsWith("күнтізбе") && !/^(күн|жыл|\d+$)/.test(words[i + 1] ?? "")) {
      // "күнтізбелік" standing alone after the number: "10 күнтізбелік"
      found.push("calendar_days");
    }
  });
  // "күнтізбелік 10 күн": the calendar qualifier precedes the number
  words.forEach((w, i) => {
    if (w.startsWith("күнтізбе") && /^\d+$/.test(words[i + 1] ?? "") && /^күн/.test(words[i + 2] ?? "")) {
      found.push("calendar_days");
    }
    if (w === "жұмыс" && /^\d+$/.test(words[i + 1] ?? "") && /^күн/.test(words[i + 2] ?? "")) {
      found.push("working_days");
    }
  });
  return found;
}

/** Whether the text states this duration: its number and a matching unit both appear. */
export function textStates(text: string, duration: Duration): boolean {
  if (!numbersIn(text).includes(duration.value)) return false;
  const units = unitsIn(text);
  if (units.includes(duration.unit)) return true;
  const isDay = duration.unit === "working_days" || duration.unit === "calendar_days";
  return isDay && units.includes("day");
}
