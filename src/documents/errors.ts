/** The documents capability's typed errors: one status and kk/ru/en messages per code. */
import { type ErrorStatus, type Messages, QyzmetError } from "../core/errors.ts";

const CATALOGUE = {
  DOCUMENT_KIND_UNSUPPORTED: [
    422,
    {
      kk: "Бұл құжат түрінің үлгісі жоқ",
      ru: "Для этого вида документа нет шаблона",
      en: "There is no template for this kind of document",
    },
  ],
  DOCUMENT_INPUT_INVALID: [
    400,
    {
      kk: "Құжат сұрауының деректері қате",
      ru: "Неверные данные запроса документа",
      en: "The document request is not valid",
    },
  ],
  DOCUMENT_ALREADY_SIGNED: [
    409,
    {
      kk: "Бұл істің нәтижесіне қол қойылып қойған: қол қойылған құжат өзгертілмейді",
      ru: "Результат по этому делу уже подписан: подписанный документ не изменяется",
      en: "The result of this case is already signed: a signed document does not change",
    },
  ],
  DOCUMENT_NOT_FOUND: [404, { kk: "Құжат табылмады", ru: "Документ не найден", en: "Document not found" }],
  DOCUMENT_NOT_PREPARED: [
    409,
    {
      kk: "Құжат қол қоюға дайын емес",
      ru: "Документ не готов к подписанию",
      en: "The document is not awaiting a signature",
    },
  ],
  DOCUMENT_SIGNER_NOT_ALLOWED: [
    403,
    {
      kk: "Нәтижеге қызмет берушінің уәкілетті адамы ғана қол қояды",
      ru: "Результат подписывает только уполномоченное лицо услугодателя",
      en: "Only the provider's authorised person signs the result",
    },
  ],
  RESULT_NOT_SIGNED: [
    409,
    {
      kk: "Нәтиже уәкілетті адамның ЭЦҚ-сымен қол қойылмаған: қол қойылмаған нәтиже берілмейді",
      ru: "Результат не подписан ЭЦП уполномоченного лица: неподписанный результат не выдаётся",
      en: "The result is not signed with the authorised person's EDS: nothing is issued unsigned",
    },
  ],
  RESULT_NOT_DUE: [
    409,
    {
      kk: "Бұл кезеңде нәтиже құжатын дайындауға болмайды",
      ru: "На этом этапе документ-результат подготовить нельзя",
      en: "The result document cannot be prepared at this stage of the case",
    },
  ],
  VERIFY_INPUT_INVALID: [
    400,
    {
      kk: "Тексеруге PDF файлын (және қаласаңыз CMS қолтаңбасын) жіберіңіз",
      ru: "Для проверки отправьте PDF-файл (и при желании подпись CMS)",
      en: "Send a PDF file (and, optionally, its CMS signature) to verify",
    },
  ],
  SIGNING_UNAVAILABLE: [
    503,
    {
      kk: "Қол қою қызметі қолжетімсіз (куәландырушы орталық бапталмаған)",
      ru: "Подписание недоступно (удостоверяющий центр не настроен)",
      en: "Signing is unavailable (no certification authority is configured)",
    },
  ],
} as const satisfies Record<string, readonly [ErrorStatus, Messages]>;

export type DocumentsErrorCode = keyof typeof CATALOGUE;

export function documentsError(code: DocumentsErrorCode, details: Record<string, unknown> = {}): QyzmetError {
  const [status, messages] = CATALOGUE[code];
  return new QyzmetError(code, messages, details, status);
}

export const DOCUMENTS_ERROR_CODES = Object.keys(CATALOGUE) as DocumentsErrorCode[];
