/**
 * The individual identification number (ИИН / ЖСН) of Kazakhstan: twelve digits
 *
 *   YYMMDD  date of birth
 *   C       century and sex: 1/2 born 1800–1899 male/female, 3/4 1900–1999,
 *           5/6 2000–2099 (odd male, even female)
 *   NNNN    serial number of registration
 *   K       check digit (see check-digit.ts)
 *
 * Other 7th digits (0, 7–9) are rejected as malformed.
 */
import { checkDigit } from "./check-digit.ts";
import { iinBadChecksum, iinBadDate, iinBadFormat, iinNotIssuable } from "./errors.ts";

export type Sex = "m" | "f";
export type Century = 19 | 20 | 21;

export interface ParsedIin {
  iin: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  /** 19: 1800–1899, 20: 1900–1999, 21: 2000–2099. */
  century: Century;
  /** The 7th digit, 1–6. */
  centuryDigit: number;
  /** Digits 8–11, 0–9999. */
  serial: number;
  checkDigit: number;
}

const TWELVE_DIGITS = /^\d{12}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function centuryOfDigit(digit: number): Century {
  return digit <= 2 ? 19 : digit <= 4 ? 20 : 21;
}

/** The 7th digit for a birth year and sex; throws for years outside 1800–2099. */
export function iinCenturyDigit(year: number, sex: Sex): number {
  if (!Number.isInteger(year) || year < 1800 || year > 2099) throw iinBadFormat("year outside 1800–2099");
  const base = year < 1900 ? 1 : year < 2000 ? 3 : 5;
  return sex === "m" ? base : base + 1;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** The 12th digit for the first eleven, or null when no IIN is issued on them. */
export function iinCheckDigit(first11: string): number | null {
  return checkDigit(first11);
}

/**
 * Parses and validates an IIN. Throws IIN_BAD_FORMAT (not 12 digits, 7th digit
 * not 1–6), IIN_BAD_DATE (no such date of birth), IIN_BAD_CHECKSUM (wrong 12th
 * digit, or eleven digits on which no number is issued). All status 400.
 */
export function parseIin(s: string): ParsedIin {
  if (typeof s !== "string" || !TWELVE_DIGITS.test(s)) throw iinBadFormat("not twelve digits");
  const digit = s.charCodeAt(6) - 48;
  if (digit < 1 || digit > 6) throw iinBadFormat("7th digit is not 1–6");
  const century = centuryOfDigit(digit);
  const year = (century - 1) * 100 + Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  const birthDate = `${pad(year, 4)}-${s.slice(2, 4)}-${s.slice(4, 6)}`;
  if (!isRealDate(year, month, day)) throw iinBadDate(birthDate);
  const expected = checkDigit(s.slice(0, 11));
  if (expected === null) throw iinBadChecksum("not_issuable");
  const given = s.charCodeAt(11) - 48;
  if (given !== expected) throw iinBadChecksum("mismatch");
  return {
    iin: s,
    birthDate,
    sex: digit % 2 === 1 ? "m" : "f",
    century,
    centuryDigit: digit,
    serial: Number(s.slice(7, 11)),
    checkDigit: expected,
  };
}

export function isValidIin(s: string): boolean {
  try {
    parseIin(s);
    return true;
  } catch {
    return false;
  }
}

export interface IinParts {
  /** YYYY-MM-DD, 1800-01-01 … 2099-12-31 */
  birthDate: string;
  sex: Sex;
  /** 0–9999 */
  serial: number;
}

function firstEleven(parts: IinParts): string {
  const m = ISO_DATE.exec(parts.birthDate);
  if (!m) throw iinBadFormat("birth date is not YYYY-MM-DD");
  const [y = "", mo = "", d = ""] = m.slice(1);
  const year = Number(y);
  if (!isRealDate(year, Number(mo), Number(d))) throw iinBadDate(parts.birthDate);
  if (!Number.isInteger(parts.serial) || parts.serial < 0 || parts.serial > 9999) {
    throw iinBadFormat("serial outside 0–9999");
  }
  return `${y.slice(2)}${mo}${d}${iinCenturyDigit(year, parts.sex)}${pad(parts.serial, 4)}`;
}

/**
 * Builds the IIN of a birth date, sex and serial. Throws IIN_NOT_ISSUABLE when
 * the check digit is 10 in both passes: no such IIN is ever issued.
 */
export function makeIin(parts: IinParts): string {
  const first11 = firstEleven(parts);
  const k = checkDigit(first11);
  if (k === null) throw iinNotIssuable(parts.serial);
  return `${first11}${k}`;
}

/**
 * The first issuable IIN at or after `serial` (the generators' way: a serial
 * whose check digit would be 10 twice is skipped). Returns the IIN and the
 * serial used; throws IIN_NOT_ISSUABLE past 9999.
 */
export function nextIin(parts: IinParts): { iin: string; serial: number } {
  for (let serial = parts.serial; serial <= 9999; serial++) {
    const first11 = firstEleven({ ...parts, serial });
    const k = checkDigit(first11);
    if (k !== null) return { iin: `${first11}${k}`, serial };
  }
  throw iinNotIssuable(parts.serial);
}

/** An IIN as shown to someone who may not see it whole: the first four and the last two digits. */
export const maskIin = (iin: string): string => `${iin.slice(0, 4)}******${iin.slice(-2)}`;
