/**
 * The production calendar: which local days are working days, for each
 * working-week regime, over the supported years, with the reason (and legal
 * source) of every non-working or transferred day. Built once into flat typed
 * arrays — `working[i]`, the prefix count `cum[i]` of working days before day i
 * and the list `wlist[k]` of the k-th working day — so that "the N-th working
 * day after D" is two array reads, whatever N.
 */
import { type DayNumber, dayFromCivil, formatDay, isoWeekday, parseDay } from "./civil.ts";
import type { CalendarData, Regime, TransferRow } from "./data.ts";
import { badData, type Messages, outOfRange } from "./errors.ts";
import { HOLIDAY_RULES, KURBAN_AIT_NAME, KURBAN_AIT_SOURCE, LAW_ON_HOLIDAYS } from "./holidays.ts";

export type { Regime } from "./data.ts";

export type DayReasonKind = "holiday" | "substitute" | "transfer-day-off" | "transfer-working";

export interface DayReason {
  kind: DayReasonKind;
  name: Messages;
  /** Legal source, in English. */
  source: string;
  /** Holiday rule id, `kurban-ait`, or the transfer row id. */
  ref: string;
  /** For transfers: false when the act's citation is not fully verified. */
  certain?: boolean;
  /** For estimated data (Kurban Ait of a year not yet fixed). */
  estimated?: boolean;
}

export const SHIFT_SOURCE = `${LAW_ON_HOLIDAYS}, art. 5: when a day off coincides with a holiday, the day off is the next working day after the holiday (not for Kurban Ait and Orthodox Christmas)`;
export const TRANSFER_BASIS = "Labour Code of the RK of 23.11.2015 No. 414-V, art. 85 p. 3";

export function isRestDay(regime: Regime, dn: DayNumber): boolean {
  const wd = isoWeekday(dn);
  return regime === "five-day" ? wd >= 6 : wd === 7;
}

export function describeAct(t: TransferRow): string {
  const a = t.act;
  const who =
    a.issuer === "government"
      ? "Government decree"
      : "Order of the Minister of Labour and Social Protection of the Population";
  const parts = [who];
  if (a.number) parts.push(`No. ${a.number}`);
  else parts.push("(number not verified)");
  if (a.date) parts.push(`of ${a.date}`);
  if (a.title) parts.push(`"${a.title}"`);
  if (a.registry) parts.push(`[Adilet ${a.registry}]`);
  return `${parts.join(" ")}; ${TRANSFER_BASIS}${t.certain ? "" : " — citation not fully verified"}`;
}

export class ProductionCalendar {
  readonly regime: Regime;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Day number of 1 January of `firstYear`. */
  readonly firstDay: DayNumber;
  /** Number of days covered. */
  readonly size: number;
  /** 1 if day `firstDay + i` is a working day. */
  readonly working: Uint8Array;
  /** `cum[i]` = number of working days among days `0 … i-1`; length size + 1. */
  readonly cum: Int32Array;
  /** `wlist[k]` = index of the k-th (0-based) working day. */
  readonly wlist: Int32Array;
  readonly provisionalYears: readonly number[];
  private readonly reasons: Map<DayNumber, DayReason[]>;

  constructor(data: CalendarData, regime: Regime) {
    this.regime = regime;
    const years = data.kurbanAit.map((r) => r.year).sort((a, b) => a - b);
    const first = years[0];
    const last = years[years.length - 1];
    if (first === undefined || last === undefined) throw badData("no Kurban Ait dates: no year is covered");
    years.forEach((y, i) => {
      if (y !== first + i)
        throw badData(`Kurban Ait dates must cover consecutive years; ${first + i} is missing`);
    });
    this.firstYear = first;
    this.lastYear = last;
    this.provisionalYears = data.kurbanAit.filter((r) => r.estimated).map((r) => r.year);
    this.firstDay = dayFromCivil(first, 1, 1);
    const end = dayFromCivil(last + 1, 1, 1);
    const n = end - this.firstDay;
    this.size = n;
    this.reasons = new Map();

    const rest = new Uint8Array(n);
    const holiday = new Uint8Array(n);
    const substitute = new Uint8Array(n);
    for (let i = 0; i < n; i++) rest[i] = isRestDay(regime, this.firstDay + i) ? 1 : 0;

    // 1. Statutory holidays and Kurban Ait.
    interface Occurrence {
      i: number;
      shifts: boolean;
      name: Messages;
    }
    const occurrences: Occurrence[] = [];
    for (let y = first; y <= last; y++) {
      for (const rule of HOLIDAY_RULES) {
        if (rule.fromYear > y || (rule.toYear !== null && y > rule.toYear)) continue;
        const i = dayFromCivil(y, rule.month, rule.day) - this.firstDay;
        holiday[i] = 1;
        occurrences.push({ i, shifts: rule.shifts, name: rule.name });
        this.addReason(i, { kind: "holiday", name: rule.name, source: rule.source, ref: rule.id });
      }
    }
    for (const k of data.kurbanAit) {
      const i = parseDay(k.date) - this.firstDay;
      if (i < 0 || i >= n || Number(k.date.slice(0, 4)) !== k.year) {
        throw badData(`Kurban Ait ${k.date} does not lie in year ${k.year}`);
      }
      holiday[i] = 1;
      occurrences.push({ i, shifts: false, name: KURBAN_AIT_NAME });
      this.addReason(i, {
        kind: "holiday",
        name: KURBAN_AIT_NAME,
        source: `${KURBAN_AIT_SOURCE}; date: ${k.source}`,
        ref: "kurban-ait",
        ...(k.estimated ? { estimated: true } : {}),
      });
    }
    occurrences.sort((a, b) => a.i - b.i);

    // 2. A holiday on a weekly rest day gives a day off on the next working day after the holiday(s).
    for (const o of occurrences) {
      if (!o.shifts || !rest[o.i]) continue;
      let j = o.i + 1;
      while (j < n && (rest[j] || holiday[j] || substitute[j])) j++;
      if (j >= n) continue;
      substitute[j] = 1;
      const on = formatDay(this.firstDay + o.i);
      this.addReason(j, {
        kind: "substitute",
        name: {
          kk: `Демалыс күні: ${o.name.kk} (${on}) демалыс күніне сәйкес келді`,
          ru: `Выходной день: ${o.name.ru} (${on}) совпал с выходным`,
          en: `Day off: ${o.name.en} (${on}) fell on a day off`,
        },
        source: SHIFT_SOURCE,
        ref: "weekend-shift",
      });
    }

    const working = new Uint8Array(n);
    for (let i = 0; i < n; i++) working[i] = rest[i] || holiday[i] || substitute[i] ? 0 : 1;

    // 3. Official transfers of days off.
    for (const t of data.transfers) {
      if (!t.regimes.includes(regime)) continue;
      const w = parseDay(t.workingDay) - this.firstDay;
      const d = parseDay(t.dayOff) - this.firstDay;
      if (w < 0 || w >= n || d < 0 || d >= n) {
        throw badData(
          `transfer ${t.id} (${t.workingDay} → ${t.dayOff}) lies outside the covered years ${first}–${last}; add the year's Kurban Ait date first`,
        );
      }
      if (working[w] || holiday[w]) {
        throw badData(`transfer ${t.id}: ${t.workingDay} is not a day off that can be made a working day`);
      }
      if (!working[d])
        throw badData(`transfer ${t.id}: ${t.dayOff} is not a working day that can be made a day off`);
      working[w] = 1;
      working[d] = 0;
      const act = describeAct(t);
      this.addReason(w, {
        kind: "transfer-working",
        name: {
          kk: `Жұмыс күні: демалыс күні ${t.dayOff} күнге ауыстырылды`,
          ru: `Рабочий день: день отдыха перенесён на ${t.dayOff}`,
          en: `Working day: the day off moved to ${t.dayOff}`,
        },
        source: act,
        ref: t.id,
        certain: t.certain,
      });
      this.addReason(d, {
        kind: "transfer-day-off",
        name: {
          kk: `Демалыс күні: ${t.workingDay} күннен ауыстырылды`,
          ru: `Выходной день: перенесён с ${t.workingDay}`,
          en: `Day off: moved from ${t.workingDay}`,
        },
        source: act,
        ref: t.id,
        certain: t.certain,
      });
    }

    // 4. Indexes.
    this.working = working;
    const cum = new Int32Array(n + 1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      cum[i] = count;
      count += working[i]!;
    }
    cum[n] = count;
    this.cum = cum;
    const wlist = new Int32Array(count);
    for (let i = 0, k = 0; i < n; i++) if (working[i]) wlist[k++] = i;
    this.wlist = wlist;
  }

  private addReason(i: number, r: DayReason): void {
    const dn = this.firstDay + i;
    const list = this.reasons.get(dn);
    if (list) list.push(r);
    else this.reasons.set(dn, [r]);
  }

  /** Index of a day number, or throws CALENDAR_OUT_OF_RANGE. */
  indexOf(dn: DayNumber): number {
    const i = dn - this.firstDay;
    if (i < 0 || i >= this.size) throw outOfRange(formatDay(dn), this.firstYear, this.lastYear);
    return i;
  }

  isWorkingDay(dn: DayNumber): boolean {
    return this.working[this.indexOf(dn)] === 1;
  }

  reasonsOf(dn: DayNumber): readonly DayReason[] {
    return this.reasons.get(dn) ?? [];
  }

  isRestDay(dn: DayNumber): boolean {
    return isRestDay(this.regime, dn);
  }
}
