/**
 * Typed errors of the calendar module. Every error has a stable `code` (API
 * clients and the CLI branch on it) and a message in Kazakh, Russian and
 * English. `message` (the JS one) is the English text.
 */
import { type Messages, QyzmetError } from "../core/errors.ts";

export type CalendarErrorCode =
  | "CALENDAR_BAD_DATE"
  | "CALENDAR_BAD_UNIT"
  | "CALENDAR_BAD_VALUE"
  | "CALENDAR_BAD_SCHEDULE"
  | "CALENDAR_OUT_OF_RANGE"
  | "CALENDAR_BAD_DATA"
  | "CALENDAR_BAD_CLOCK"
  | "CALENDAR_BAD_ARGS";

export type { Messages };

/** A calendar error is a QyzmetError (the API maps it to problem+json, the CLI exits 2). */
export class CalendarError extends QyzmetError {
  declare readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode, messages: Messages, details: Record<string, unknown> = {}) {
    super(code, messages, details);
    this.name = "CalendarError";
  }
}

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : String(v));

export function badDate(input: unknown, reason?: string): CalendarError {
  const s = show(input);
  const why = reason ? ` (${reason})` : "";
  return new CalendarError(
    "CALENDAR_BAD_DATE",
    {
      kk: `Күн немесе уақыт дұрыс емес: ${s}${why}. Күтілетін пішім: ЖЖЖЖ-АА-КК немесе ЖЖЖЖ-АА-ККTСС:ММ[:СС] (жергілікті уақыт, ығысусыз).`,
      ru: `Неверная дата или время: ${s}${why}. Ожидается ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ[:СС] (местное время, без смещения).`,
      en: `Malformed date or time: ${s}${why}. Expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss] (local time, no offset).`,
    },
    { input, reason },
  );
}

export function badUnit(input: unknown): CalendarError {
  const s = show(input);
  const allowed = "minutes, hours, working_days, calendar_days, months";
  return new CalendarError(
    "CALENDAR_BAD_UNIT",
    {
      kk: `Мерзімнің белгісіз өлшем бірлігі: ${s}. Рұқсат етілгендері: ${allowed}.`,
      ru: `Неизвестная единица срока: ${s}. Допустимые: ${allowed}.`,
      en: `Unknown unit: ${s}. Allowed: ${allowed}.`,
    },
    { input },
  );
}

export function badValue(input: unknown, unit?: string): CalendarError {
  const s = show(input);
  return new CalendarError(
    "CALENDAR_BAD_VALUE",
    {
      kk: `Мерзімнің мәні дұрыс емес: ${s}. Мән оң сан болуы керек (күндер мен айлар үшін — оң бүтін сан).`,
      ru: `Неверное значение срока: ${s}. Значение должно быть положительным числом (для дней и месяцев — целым).`,
      en: `Invalid value: ${s}. The value must be a positive number (a positive integer for days and months).`,
    },
    { input, unit },
  );
}

export function badSchedule(input: unknown): CalendarError {
  const s = show(input);
  const allowed = "provider, state-corporation, portal";
  return new CalendarError(
    "CALENDAR_BAD_SCHEDULE",
    {
      kk: `Белгісіз жұмыс кестесі: ${s}. Рұқсат етілгендері: ${allowed}.`,
      ru: `Неизвестный график работы: ${s}. Допустимые: ${allowed}.`,
      en: `Unknown schedule: ${s}. Allowed: ${allowed}.`,
    },
    { input },
  );
}

export function outOfRange(what: string, firstYear: number, lastYear: number): CalendarError {
  return new CalendarError(
    "CALENDAR_OUT_OF_RANGE",
    {
      kk: `${what} өндірістік күнтізбеден тыс: ${firstYear}–${lastYear} жылдарға ғана қолдау көрсетіледі.`,
      ru: `${what} вне производственного календаря: поддерживаются только ${firstYear}–${lastYear} годы.`,
      en: `${what} is outside the production calendar: only the years ${firstYear}–${lastYear} are supported.`,
    },
    { what, firstYear, lastYear },
  );
}

export function badData(detail: string, where?: string): CalendarError {
  const at = where ? ` [${where}]` : "";
  return new CalendarError(
    "CALENDAR_BAD_DATA",
    {
      kk: `Күнтізбе деректері жарамсыз${at}: ${detail}`,
      ru: `Некорректные данные календаря${at}: ${detail}`,
      en: `Invalid calendar data${at}: ${detail}`,
    },
    { detail, where },
  );
}

export function badClock(detail: string): CalendarError {
  return new CalendarError(
    "CALENDAR_BAD_CLOCK",
    {
      kk: `Мерзімді тоқтата тұру, жалғастыру немесе ұзарту оқиғалары дұрыс емес: ${detail}`,
      ru: `Неверная последовательность приостановления, возобновления или продления срока: ${detail}`,
      en: `Invalid suspension, resumption or extension events: ${detail}`,
    },
    { detail },
  );
}

export function badArgs(detail: string): CalendarError {
  return new CalendarError(
    "CALENDAR_BAD_ARGS",
    {
      kk: `Команда аргументтері дұрыс емес: ${detail}`,
      ru: `Неверные аргументы команды: ${detail}`,
      en: `Invalid command arguments: ${detail}`,
    },
    { detail },
  );
}
