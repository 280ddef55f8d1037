/**
 * Civil dates and Kazakhstan's legal local time, by plain arithmetic on epoch
 * values (no date library, no `Date` in the hot paths).
 *
 * - A *day number* (`DayNumber`) counts local civil days since 1970-01-01.
 * - An *instant* (`Instant`) is milliseconds since the Unix epoch, UTC.
 * - Local legal time is Asia/Almaty: UTC+6 until 2024-03-01 00:00 local, UTC+5
 *   from then on (Government decree on the time zone, in force 1 March 2024;
 *   the tz database has it since 2024a, and Node 20 ships it). The table below is
 *   valid from 2005 (when Kazakhstan stopped daylight saving time); the tests
 *   check it against `Intl` for every hour of 2015–2027.
 */
import { badDate } from "./errors.ts";

export type DayNumber = number;
export type Instant = number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The UTC instant at which Asia/Almaty moved from UTC+6 to UTC+5 (2024-03-01 00:00 +06). */
export const ALMATY_UTC5_SINCE: Instant = Date.UTC(2024, 1, 29, 18, 0, 0);
const OFFSET_BEFORE = 6 * HOUR_MS;
const OFFSET_AFTER = 5 * HOUR_MS;

/** Offset of Asia/Almaty local time from UTC at instant `t`, in ms. */
export function almatyOffsetMs(t: Instant): number {
  return t < ALMATY_UTC5_SINCE ? OFFSET_BEFORE : OFFSET_AFTER;
}

/** Local wall-clock milliseconds ("local epoch") for an instant. */
export function toLocalMs(t: Instant): number {
  return t + (t < ALMATY_UTC5_SINCE ? OFFSET_BEFORE : OFFSET_AFTER);
}

/**
 * The instant of a local wall-clock time. The hour 2024-02-29 23:00–24:00 local
 * happened twice (clocks went back); it resolves to the later (UTC+5) reading.
 */
export function fromLocalMs(local: number): Instant {
  const after = local - OFFSET_AFTER;
  return after >= ALMATY_UTC5_SINCE ? after : local - OFFSET_BEFORE;
}

/** Local day number of an instant. */
export function localDay(t: Instant): DayNumber {
  return Math.floor(toLocalMs(t) / DAY_MS);
}

/** The instant of local time `minuteOfDay` (0…1440) on local day `day`. */
export function instantAt(day: DayNumber, minuteOfDay: number): Instant {
  return fromLocalMs(day * DAY_MS + minuteOfDay * MINUTE_MS);
}

// ------------------------------------------------------------ civil calendar
// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).

export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Civil {
  year: number;
  month: number;
  day: number;
}

export function civilFromDay(dn: DayNumber): Civil {
  const z = dn + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. (1970-01-01 was a Thursday.) */
export function isoWeekday(dn: DayNumber): number {
  return ((((dn + 3) % 7) + 7) % 7) + 1;
}

const WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export function weekdayName(dn: DayNumber): string {
  return WEEKDAY_EN[isoWeekday(dn) - 1] ?? "?";
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, "0");

/** `YYYY-MM-DD` of a day number. */
export function formatDay(dn: DayNumber): string {
  const c = civilFromDay(dn);
  return `${pad4(c.year)}-${pad2(c.month)}-${pad2(c.day)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into a day number; throws CALENDAR_BAD_DATE. */
export function parseDay(s: string): DayNumber {
  const m = DATE_RE.exec(s);
  if (!m) throw badDate(s);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) throw badDate(s, "month out of range");
  if (day < 1 || day > daysInMonth(year, month)) throw badDate(s, "day out of range");
  return dayFromCivil(year, month, day);
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/**
 * Parses an ISO 8601 local date-time *without* offset (`2024-05-03T10:00`,
 * `2024-05-03T10:00:15`, or a bare date meaning 00:00) as Asia/Almaty legal time.
 * Offsets and `Z` are refused: the CLI contract is local time. Throws CALENDAR_BAD_DATE.
 */
export function parseLocalDateTime(s: string): Instant {
  if (typeof s !== "string") throw badDate(s);
  const m = LOCAL_RE.exec(s.trim());
  if (!m) {
    if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(s.trim())) throw badDate(s, "give local time without an offset");
    throw badDate(s);
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const milli = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  if (month < 1 || month > 12) throw badDate(s, "month out of range");
  if (day < 1 || day > daysInMonth(year, month)) throw badDate(s, "day out of range");
  if (hour > 23 || minute > 59 || second > 59) throw badDate(s, "time out of range");
  const local =
    dayFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + milli;
  return fromLocalMs(local);
}

/** ISO 8601 local time with offset, e.g. `2024-05-06T18:30:00+05:00` (ms shown only if non-zero). */
export function formatLocal(t: Instant): string {
  if (!Number.isFinite(t)) throw badDate(t);
  const offset = almatyOffsetMs(t);
  const local = t + offset;
  const dn = Math.floor(local / DAY_MS);
  let rest = local - dn * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  rest -= h * HOUR_MS;
  const mi = Math.floor(rest / MINUTE_MS);
  rest -= mi * MINUTE_MS;
  const sec = Math.floor(rest / 1000);
  const ms = rest - sec * 1000;
  const frac = ms === 0 ? "" : `.${String(ms).padStart(3, "0")}`;
  const oh = offset / HOUR_MS;
  return `${formatDay(dn)}T${pad2(h)}:${pad2(mi)}:${pad2(sec)}${frac}+${pad2(oh)}:00`;
}

/** Parses ISO 8601 with an explicit offset or `Z` (for API inputs); throws CALENDAR_BAD_DATE. */
export function parseInstant(s: string): Instant {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m) throw badDate(s, "expected an ISO 8601 instant with offset");
  const dn = parseDay(m[1] ?? "");
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  const milli = m[5] === undefined ? 0 : Number(m[5].padEnd(3, "0"));
  if (hour > 23 || minute > 59 || second > 59) throw badDate(s, "time out of range");
  const off = m[6] ?? "Z";
  let offsetMs = 0;
  if (off !== "Z") {
    const sign = off.startsWith("-") ? -1 : 1;
    offsetMs = sign * (Number(off.slice(1, 3)) * HOUR_MS + Number(off.slice(4, 6)) * MINUTE_MS);
  }
  return dn * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + milli - offsetMs;
}
