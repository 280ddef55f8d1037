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
