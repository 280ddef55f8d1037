/** The portal's own refusals of a signed request, beside the EDS_* codes of src/pki. */
import { QyzmetError } from "../core/errors.ts";

export function edsNotConfigured(): QyzmetError {
  return new QyzmetError(
    "EDS_NOT_CONFIGURED",
    {
      kk: "ЭЦҚ тексеру бапталмаған: сенімді куәландырушы орталықтар жоқ",
      ru: "Проверка ЭЦП не настроена: нет доверенных удостоверяющих центров",
      en: "EDS verification is not configured: no trusted certification authorities",
    },
    {},
    503,
  );
}

export function edsReplay(details: Record<string, unknown>): QyzmetError {
  return new QyzmetError(
    "EDS_REPLAY",
    {
      kk: "Бұл сұрау нөмірі бұрын басқа деректермен немесе басқа қолтаңбамен қол қойылып жіберілген",
      ru: "Запрос с этим номером уже был подписан и отправлен с другими данными или другой подписью",
      en: "A request with this id was already signed and sent with other data or another signature",
    },
    details,
    409,
  );
}

/** The version in force takes portal applications with an EDS only (its act names no one-time password). */
export function otpNotAllowed(details: Record<string, unknown>): QyzmetError {
  return new QyzmetError(
    "OTP_NOT_ALLOWED",
    {
      kk: "Бұл қызметтің қолданыстағы қағидалары бойынша порталдағы өтінішке тек ЭЦҚ-мен қол қойылады: бір рет пайдаланатын құпия сөз көзделмеген",
      ru: "По действующим правилам этой услуги заявление на портале подписывается только ЭЦП: одноразовый пароль не предусмотрен",
      en: "Under the rules in force for this service a portal application is signed with an EDS only: a one-time password is not provided for",
    },
    details,
    422,
  );
}

/** The code went to the signed-in citizen's phone: it certifies their own application (or the one they file as representative). */
export function otpIinMismatch(details: Record<string, unknown>): QyzmetError {
  return new QyzmetError(
    "OTP_IIN_MISMATCH",
    {
      kk: "Бір реттік құпия сөз жүйеге кірген азаматтың өз өтінішін ғана (немесе ол өкіл ретінде беретін өтінішті) куәландырады",
      ru: "Одноразовый пароль удостоверяет только заявление вошедшего гражданина (или поданное им как представителем)",
      en: "A one-time password certifies only the signed-in citizen's own application (or one they file as the representative)",
    },
    details,
    422,
  );
}
