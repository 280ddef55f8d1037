/**
 * The statutory holidays of the Law of the Republic of Kazakhstan "On holidays
 * in the Republic of Kazakhstan" of 13 December 2001 No. 267-II, with the years
 * each applies (only 2015 onwards matters here). These rules change only by
 * law, so they live in code; the yearly data (Kurban Ait's date, transfers of
 * days off) lives in `data/` and in an administrator's override file.
 *
 * `shifts`: whether the rule "when a day off coincides with a holiday, the day
 * off is the next working day after the holiday" (Law No. 267-II, art. 5)
 * applies. It does not apply to the religious holidays Kurban Ait and Orthodox
 * Christmas (same article).
 */
import type { Messages } from "./errors.ts";

export type HolidayCategory = "national" | "state" | "religious";

export interface HolidayRule {
  id: string;
  /** Month and day (fixed-date holidays); Kurban Ait is dated by the yearly table. */
  month: number;
  day: number;
  /** First and last year (inclusive) in which the day is a non-working holiday. */
  fromYear: number;
  toYear: number | null;
  category: HolidayCategory;
  shifts: boolean;
  name: Messages;
  /** Legal source of the rule, in English. */
  source: string;
}

export const LAW_ON_HOLIDAYS =
  'Law of the RK "On holidays in the Republic of Kazakhstan" of 13.12.2001 No. 267-II';
const ART5 = `${LAW_ON_HOLIDAYS}, art. 5 (holidays are non-working days)`;
const AMEND_2022 =
  "amended in 2022 (Republic Day made a national holiday, Independence Day reduced to 16 December, First President Day excluded); the amending laws' numbers and dates are not verified here";
const CONSTITUTION_2026 =
  "Constitution of the RK adopted at the republican referendum of 15.03.2026 (the day of its adoption is Constitution Day; art. 94 of the published draft, article number in the final text not verified); Ministry of Labour statement of March 2026: 30 August is not a holiday from 2026, 15 March is celebrated from 2027; the act amending Law No. 267-II is not verified here";

export const KURBAN_AIT_NAME: Messages = {
  kk: "Құрбан айт (бірінші күні)",
  ru: "Курбан айт (первый день)",
  en: "Kurban Ait (first day)",
};
export const KURBAN_AIT_SOURCE = `${ART5}: the first day of Kurban Ait is a non-working day and is not moved when it falls on a day off; its date for each year is in data/kurban-ait.json`;

export const HOLIDAY_RULES: readonly HolidayRule[] = [
  {
    id: "new-year-1",
    month: 1,
    day: 1,
    fromYear: 1991,
    toYear: null,
    category: "state",
    shifts: true,
    name: { kk: "Жаңа жыл", ru: "Новый год", en: "New Year" },
    source: ART5,
  },
  {
    id: "new-year-2",
    month: 1,
    day: 2,
    fromYear: 1991,
    toYear: null,
    category: "state",
    shifts: true,
    name: { kk: "Жаңа жыл", ru: "Новый год", en: "New Year" },
    source: ART5,
  },
  {
    id: "orthodox-christmas",
    month: 1,
    day: 7,
    fromYear: 2006,
    toYear: null,
    category: "religious",
    shifts: false,
    name: { kk: "Православиелік Рождество", ru: "Православное Рождество", en: "Orthodox Christmas" },
    source: `${ART5}: a religious holiday, non-working, not moved when it falls on a day off`,
  },
  {
    id: "womens-day",
    month: 3,
    day: 8,
    fromYear: 1991,
    toYear: null,
    category: "state",
    shifts: true,
    name: {
      kk: "Халықаралық әйелдер күні",
      ru: "Международный женский день",
      en: "International Women's Day",
    },
    source: ART5,
  },
  {
    id: "constitution-day-15-march",
    month: 3,
    day: 15,
    fromYear: 2027,
    toYear: null,
    category: "state",
    shifts: true,
    name: {
      kk: "Қазақстан Республикасының Конституциясы күні",
      ru: "День Конституции Республики Казахстан",
      en: "Constitution Day",
    },
    source: CONSTITUTION_2026,
  },
  ...[21, 22, 23].map(
    (day): HolidayRule => ({
      id: `nauryz-${day}`,
      month: 3,
      day,
      fromYear: 2010,
      toYear: null,
      category: "state",
      shifts: true,
      name: { kk: "Наурыз мейрамы", ru: "Наурыз мейрамы", en: "Nauryz" },
      source: ART5,
    }),
  ),
  {
    id: "unity-day",
    month: 5,
    day: 1,
    fromYear: 1996,
    toYear: null,
    category: "state",
    shifts: true,
    name: {
      kk: "Қазақстан халқының бірлігі мерекесі",
      ru: "Праздник единства народа Казахстана",
      en: "Kazakhstan People's Unity Day",
    },
    source: ART5,
  },
  {
    id: "defender-day",
    month: 5,
    day: 7,
    fromYear: 2013,
    toYear: null,
    category: "state",
    shifts: true,
    name: { kk: "Отан Қорғаушы күні", ru: "День защитника Отечества", en: "Defender of the Fatherland Day" },
    source: ART5,
  },
  {
    id: "victory-day",
    month: 5,
    day: 9,
    fromYear: 1991,
    toYear: null,
    category: "state",
    shifts: true,
    name: { kk: "Жеңіс күні", ru: "День Победы", en: "Victory Day" },
    source: ART5,
  },
  {
    id: "capital-day",
    month: 7,
    day: 6,
    fromYear: 2009,
    toYear: null,
    category: "state",
    shifts: true,
    name: { kk: "Астана күні", ru: "День Столицы", en: "Capital Day" },
    source: ART5,
  },
  {
    id: "constitution-day-30-august",
    month: 8,
    day: 30,
    fromYear: 1996,
    toYear: 2025,
    category: "state",
    shifts: true,
    name: {
      kk: "Қазақстан Республикасының Конституциясы күні",
      ru: "День Конституции Республики Казахстан",
      en: "Constitution Day",
    },
    source: `${ART5}; not a holiday from 2026: ${CONSTITUTION_2026}`,
  },
  {
    id: "republic-day",
    month: 10,
    day: 25,
    fromYear: 2022,
    toYear: null,
    category: "national",
    shifts: true,
    name: { kk: "Республика күні", ru: "День Республики", en: "Republic Day" },
    source: `${ART5}; a national holiday again from 2022: ${LAW_ON_HOLIDAYS}, ${AMEND_2022}`,
  },
  {
    id: "first-president-day",
    month: 12,
    day: 1,
    fromYear: 2012,
    toYear: 2021,
    category: "state",
    shifts: true,
    name: {
      kk: "Қазақстан Республикасының Тұңғыш Президенті күні",
      ru: "День Первого Президента Республики Казахстан",
      en: "First President Day",
    },
    source: `${ART5}; excluded from 2022: ${AMEND_2022}`,
  },
  {
    id: "independence-day-16",
    month: 12,
    day: 16,
    fromYear: 1991,
    toYear: null,
    category: "national",
    shifts: true,
    name: { kk: "Тәуелсіздік күні", ru: "День Независимости", en: "Independence Day" },
    source: ART5,
  },
  {
    id: "independence-day-17",
    month: 12,
    day: 17,
    fromYear: 1991,
    toYear: 2021,
    category: "national",
    shifts: true,
    name: { kk: "Тәуелсіздік күні", ru: "День Независимости", en: "Independence Day (second day)" },
    source: `${ART5}; 17 December is no longer a holiday from 2022: ${AMEND_2022}`,
  },
];

export function rulesOfYear(year: number): HolidayRule[] {
  return HOLIDAY_RULES.filter((r) => r.fromYear <= year && (r.toYear === null || year <= r.toYear));
}
