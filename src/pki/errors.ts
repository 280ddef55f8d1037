/** Each way an EDS check can fail, with its own code and a message in kk/ru/en. */
import { type Messages, QyzmetError } from "../core/errors.ts";

export type EdsErrorCode =
  | "EDS_SIGNATURE_INVALID"
  | "EDS_UNTRUSTED_CHAIN"
  | "EDS_CERT_NOT_YET_VALID"
  | "EDS_CERT_EXPIRED"
  | "EDS_CERT_REVOKED"
  | "EDS_REVOCATION_UNKNOWN"
  | "EDS_OCSP_FAILED"
  | "EDS_WRONG_KEY_USAGE"
  | "EDS_IIN_MISMATCH"
  | "EDS_BIN_MISMATCH"
  | "EDS_ROLE_NOT_ALLOWED"
  | "EDS_MALFORMED"
  | "EDS_KEY_FILE_PASSWORD"
  | "EDS_KEY_FILE_MALFORMED";

const MESSAGES: Readonly<Record<EdsErrorCode, Messages>> = {
  EDS_SIGNATURE_INVALID: {
    kk: "ЭЦҚ жарамсыз: қол қойылған деректер өзгертілген немесе қолтаңба сәйкес келмейді",
    ru: "ЭЦП недействительна: подписанные данные изменены или подпись не совпадает",
    en: "The EDS signature is invalid: the signed data were changed or the signature does not match",
  },
  EDS_UNTRUSTED_CHAIN: {
    kk: "Сертификат сенімді куәландырушы орталықпен берілмеген",
    ru: "Сертификат выдан не доверенным удостоверяющим центром",
    en: "The certificate does not chain to a trusted certification authority",
  },
  EDS_CERT_NOT_YET_VALID: {
    kk: "Қол қойылған кезде сертификаттың әрекет ету мерзімі әлі басталмаған",
    ru: "На момент подписания срок действия сертификата ещё не начался",
    en: "The certificate was not yet valid at signing time",
  },
  EDS_CERT_EXPIRED: {
    kk: "Қол қойылған кезде сертификаттың әрекет ету мерзімі өтіп кеткен",
    ru: "На момент подписания срок действия сертификата истёк",
    en: "The certificate had expired at signing time",
  },
  EDS_CERT_REVOKED: {
    kk: "Сертификат кері қайтарылған",
    ru: "Сертификат отозван",
    en: "The certificate has been revoked",
  },
  EDS_REVOCATION_UNKNOWN: {
    kk: "Сертификаттың кері қайтарылмағанын тексеру мүмкін емес: куәландырушы орталықтың CRL тізімі жоқ",
    ru: "Невозможно проверить отзыв сертификата: нет списка отозванных сертификатов (CRL) его УЦ",
    en: "Revocation cannot be checked: no CRL from the certificate's issuer",
  },
  EDS_OCSP_FAILED: {
    kk: "Сертификаттың кері қайтарылмағанын тексеру мүмкін емес: куәландырушы орталықтың OCSP қызметі сенімді жауап бермеді",
    ru: "Невозможно проверить отзыв сертификата: OCSP-служба удостоверяющего центра не дала достоверного ответа",
    en: "Revocation cannot be checked: the certification authority's OCSP responder gave no trustworthy answer",
  },
  EDS_WRONG_KEY_USAGE: {
    kk: "Бұл кілт қол қоюға арналмаған (аутентификация кілті)",
    ru: "Этот ключ не предназначен для подписи (ключ аутентификации)",
    en: "This key is not a signing key (wrong key usage)",
  },
  EDS_IIN_MISMATCH: {
    kk: "Сертификаттағы ЖСН өтініш берушінің ЖСН-імен сәйкес келмейді",
    ru: "ИИН в сертификате не совпадает с ИИН заявителя",
    en: "The IIN in the certificate is not the expected person's IIN",
  },
  EDS_BIN_MISMATCH: {
    kk: "Сертификаттағы БСН ұйымның БСН-імен сәйкес келмейді",
    ru: "БИН в сертификате не совпадает с БИН организации",
    en: "The BIN in the certificate is not the expected organisation's BIN",
  },
  EDS_ROLE_NOT_ALLOWED: {
    kk: "Сертификат иесінің ұйым атынан қол қою құқығы жоқ",
    ru: "У владельца сертификата нет права подписи от имени организации",
    en: "The certificate holder's role may not sign this document",
  },
  EDS_MALFORMED: {
    kk: "Қолтаңба дұрыс CMS құрылымы емес",
    ru: "Подпись не является корректной структурой CMS",
    en: "The signature is not a well-formed CMS SignedData",
  },
  EDS_KEY_FILE_PASSWORD: {
    kk: "Кілт файлының құпиясөзі қате",
    ru: "Неверный пароль к файлу ключа",
    en: "Wrong password for the key file",
  },
  EDS_KEY_FILE_MALFORMED: {
    kk: "Кілт файлы бүлінген немесе белгісіз пішімде",
    ru: "Файл ключа повреждён или имеет неизвестный формат",
    en: "The key file is damaged or in an unknown format",
  },
};

/** 400 for bytes that are not what they claim to be, 422 for a well-formed signature that fails a check. */
export function edsError(code: EdsErrorCode, details: Record<string, unknown> = {}): QyzmetError {
  const status =
    code === "EDS_MALFORMED" || code === "EDS_KEY_FILE_MALFORMED" || code === "EDS_KEY_FILE_PASSWORD"
      ? 400
      : 422;
  return new QyzmetError(code, MESSAGES[code], details, status);
}
