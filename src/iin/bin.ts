/**
 * The business identification number (БИН / БСН) of Kazakhstan: twelve digits
 *
 *   YYMM    year (last two digits) and month of registration
 *   T       type: 4 resident legal entity, 5 non-resident legal entity,
 *           6 individual entrepreneur in joint entrepreneurship (ИП(С))
 *   A       attribute: 0 head office, 1 branch, 2 representative office,
 *           3 peasant (farm) household in joint entrepreneurship
 *   NNNNN   serial number of registration
 *   K       check digit, the same algorithm as the IIN's (check-digit.ts)
 */
import { checkDigit } from "./check-digit.ts";
import { binBadChecksum, binBadDate, binBadFormat, binNotIssuable } from "./errors.ts";

export const BIN_ENTITY_TYPES = {
  4: "resident_legal_entity",
  5: "non_resident_legal_entity",
  6: "joint_entrepreneur",
} as const;
export type BinEntityType = (typeof BIN_ENTITY_TYPES)[keyof typeof BIN_ENTITY_TYPES];

export const BIN_ATTRIBUTES = {
  0: "head_office",
  1: "branch",
  2: "representative_office",
  3: "joint_peasant_farm",
} as const;
export type BinAttribute = (typeof BIN_ATTRIBUTES)[keyof typeof BIN_ATTRIBUTES];

export interface ParsedBin {
  bin: string;
  /** Last two digits of the year of registration (the BIN does not say the century). */
  registrationYy: number;
  /** 1–12 */
  registrationMonth: number;
  entityType: BinEntityType;
  attribute: BinAttribute;
  /** Digits 7–11, 0–99999. */
  serial: number;
  checkDigit: number;
}

const TWELVE_DIGITS = /^\d{12}$/;

function typeOfDigit(d: number): BinEntityType | undefined {
  return d === 4 || d === 5 || d === 6 ? BIN_ENTITY_TYPES[d] : undefined;
}
function attributeOfDigit(d: number): BinAttribute | undefined {
  return d === 0 || d === 1 || d === 2 || d === 3 ? BIN_ATTRIBUTES[d] : undefined;
}
function digitOf<T extends string>(table: Readonly<Record<number, T>>, value: T): number {
  for (const [k, v] of Object.entries(table)) if (v === value) return Number(k);
  return -1;
}

/**
 * Parses and validates a BIN. Throws BIN_BAD_FORMAT (not 12 digits, unknown
 * type or attribute), BIN_BAD_DATE (month not 01–12), BIN_BAD_CHECKSUM.
 */
export function parseBin(s: string): ParsedBin {
  if (typeof s !== "string" || !TWELVE_DIGITS.test(s)) throw binBadFormat("not twelve digits");
  const month = Number(s.slice(2, 4));
  if (month < 1 || month > 12) throw binBadDate(month);
  const entityType = typeOfDigit(s.charCodeAt(4) - 48);
  if (!entityType) throw binBadFormat("5th digit (type) is not 4, 5 or 6");
  const attribute = attributeOfDigit(s.charCodeAt(5) - 48);
  if (!attribute) throw binBadFormat("6th digit (attribute) is not 0–3");
  const expected = checkDigit(s.slice(0, 11));
  if (expected === null) throw binBadChecksum("not_issuable");
  if (s.charCodeAt(11) - 48 !== expected) throw binBadChecksum("mismatch");
  return {
    bin: s,
    registrationYy: Number(s.slice(0, 2)),
    registrationMonth: month,
    entityType,
    attribute,
    serial: Number(s.slice(6, 11)),
    checkDigit: expected,
  };
}

export function isValidBin(s: string): boolean {
  try {
    parseBin(s);
    return true;
  } catch {
    return false;
  }
}

export interface BinParts {
  /** Year of registration; only its last two digits are encoded. */
  year: number;
  /** 1–12 */
  month: number;
  entityType: BinEntityType;
  attribute: BinAttribute;
  /** 0–99999 */
  serial: number;
}

function firstEleven(parts: BinParts): string {
  if (!Number.isInteger(parts.year) || parts.year < 0) throw binBadFormat("bad year");
  if (!Number.isInteger(parts.month) || parts.month < 1 || parts.month > 12) throw binBadDate(parts.month);
  const t = digitOf(BIN_ENTITY_TYPES, parts.entityType);
  const a = digitOf(BIN_ATTRIBUTES, parts.attribute);
  if (t < 0 || a < 0) throw binBadFormat("unknown type or attribute");
  if (!Number.isInteger(parts.serial) || parts.serial < 0 || parts.serial > 99_999) {
    throw binBadFormat("serial outside 0–99999");
  }
  const yy = String(parts.year % 100).padStart(2, "0");
  return `${yy}${String(parts.month).padStart(2, "0")}${t}${a}${String(parts.serial).padStart(5, "0")}`;
}

/** Builds a BIN; throws BIN_NOT_ISSUABLE when the check digit is 10 in both passes. */
export function makeBin(parts: BinParts): string {
  const first11 = firstEleven(parts);
  const k = checkDigit(first11);
  if (k === null) throw binNotIssuable(parts.serial);
  return `${first11}${k}`;
}

/** The first issuable BIN at or after `serial` (skipping serials whose check digit is 10 twice). */
export function nextBin(parts: BinParts): { bin: string; serial: number } {
  for (let serial = parts.serial; serial <= 99_999; serial++) {
    const first11 = firstEleven({ ...parts, serial });
    const k = checkDigit(first11);
    if (k !== null) return { bin: `${first11}${k}`, serial };
  }
  throw binNotIssuable(parts.serial);
}
