/**
 * Errors of the identification numbers. The messages never repeat the number
 * itself (an IIN is personal data and error texts end up in logs); `details`
 * says which rule failed.
 */
import { type Messages, QyzmetError } from "../core/errors.ts";

export type IdNumberErrorCode =
  | "IIN_BAD_FORMAT"
  | "IIN_BAD_DATE"
  | "IIN_BAD_CHECKSUM"
  | "IIN_NOT_ISSUABLE"
  | "BIN_BAD_FORMAT"
  | "BIN_BAD_DATE"
  | "BIN_BAD_CHECKSUM"
  | "BIN_NOT_ISSUABLE";

export class IdNumberError extends QyzmetError {
  declare readonly code: IdNumberErrorCode;

  constructor(code: IdNumberErrorCode, messages: Messages, details: Record<string, unknown> = {}) {
    super(code, messages, details, 400);
    this.name = "IdNumberError";
  }
}

export function iinBadFormat(reason: string): IdNumberError {
  return new IdNumberError(
    "IIN_BAD_FORMAT",
    {
      kk: "ЖСН дұрыс емес: ол 12 цифрдан тұрады, 7-цифры — 1-ден 6-ға дейін.",
      ru: "Неверный ИИН: он состоит из 12 цифр, 7-я цифра — от 1 до 6.",
      en: "Malformed IIN: an IIN has 12 digits and its 7th digit is 1 to 6.",
    },
    { reason },
  );
}

export function iinBadDate(birthDate: string): IdNumberError {
  return new IdNumberError(
    "IIN_BAD_DATE",
    {
      kk: "ЖСН-ның алғашқы алты цифры мен 7-цифры жоқ туған күнді береді.",
      ru: "Первые шесть цифр ИИН и его 7-я цифра дают несуществующую дату рождения.",
      en: "The IIN's first six digits and its 7th digit give a date of birth that does not exist.",
    },
    { reason: "no such date", decoded: birthDate },
  );
}

export function iinBadChecksum(reason: "mismatch" | "not_issuable"): IdNumberError {
  return new IdNumberError(
    "IIN_BAD_CHECKSUM",
    {
      kk: "ЖСН-ның бақылау разряды (12-цифры) сәйкес келмейді: нөмір қате терілген.",
      ru: "Контрольный разряд ИИН (12-я цифра) не сходится: номер набран с ошибкой.",
      en: "The IIN's check digit (the 12th) does not match: the number was mistyped.",
    },
    { reason },
  );
}

export function iinNotIssuable(serial: number): IdNumberError {
  return new IdNumberError(
    "IIN_NOT_ISSUABLE",
    {
      kk: "Бұл реттік нөмірмен ЖСН берілмейді: бақылау разряды екі есептеуде де 10 шығады.",
      ru: "ИИН с этим порядковым номером не присваивается: контрольный разряд в обоих расчётах равен 10.",
      en: "No IIN is issued with this serial: the check digit comes out as 10 in both passes.",
    },
    { serial },
  );
}

export function binBadFormat(reason: string): IdNumberError {
  return new IdNumberError(
    "BIN_BAD_FORMAT",
    {
      kk: "БСН дұрыс емес: ол 12 цифрдан тұрады, 5-цифры — 4, 5 немесе 6, 6-цифры — 0-ден 3-ке дейін.",
      ru: "Неверный БИН: он состоит из 12 цифр, 5-я цифра — 4, 5 или 6, 6-я — от 0 до 3.",
      en: "Malformed BIN: a BIN has 12 digits, its 5th digit is 4, 5 or 6 and its 6th is 0 to 3.",
    },
    { reason },
  );
}

export function binBadDate(month: number): IdNumberError {
  return new IdNumberError(
    "BIN_BAD_DATE",
    {
      kk: "БСН-ның 3–4-цифрлары тіркелу айын береді және 01-ден 12-ге дейін болуы керек.",
      ru: "3–4-я цифры БИН — месяц регистрации, от 01 до 12.",
      en: "The BIN's 3rd and 4th digits are the month of registration, 01 to 12.",
    },
    { reason: "no such month", month },
  );
}

export function binBadChecksum(reason: "mismatch" | "not_issuable"): IdNumberError {
  return new IdNumberError(
    "BIN_BAD_CHECKSUM",
    {
      kk: "БСН-ның бақылау разряды (12-цифры) сәйкес келмейді: нөмір қате терілген.",
      ru: "Контрольный разряд БИН (12-я цифра) не сходится: номер набран с ошибкой.",
      en: "The BIN's check digit (the 12th) does not match: the number was mistyped.",
    },
    { reason },
  );
}

export function binNotIssuable(serial: number): IdNumberError {
  return new IdNumberError(
    "BIN_NOT_ISSUABLE",
    {
      kk: "Бұл реттік нөмірмен БСН берілмейді: бақылау разряды екі есептеуде де 10 шығады.",
      ru: "БИН с этим порядковым номером не присваивается: контрольный разряд в обоих расчётах равен 10.",
      en: "No BIN is issued with this serial: the check digit comes out as 10 in both passes.",
    },
    { serial },
  );
}
